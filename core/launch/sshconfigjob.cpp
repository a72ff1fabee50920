#include "sshconfigjob.h"

#include "common/log.h"
#include "workspace/registry.h"

namespace keyport {

SshConfigJob::SshConfigJob(SourceRegistry *registry, Options options, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_options(std::move(options))
{
}

QString SshConfigJob::managedPath() const
{
    return ManagedSshConfig(m_options.cliPath).managedPath();
}

QString SshConfigJob::userConfigPath() const
{
    return ManagedSshConfig(m_options.cliPath).userConfigPath();
}

QString SshConfigJob::includeLine() const
{
    return ManagedSshConfig(m_options.cliPath).includeLine();
}

void SshConfigJob::run()
{
    if (!m_options.refresh || m_options.remove) {
        planAndApply();
        return;
    }
    // Listing updates the cache for the sources that answered and leaves the
    // others' last known workspaces in it: the config is written from it.
    follow(m_registry->listAll(), [this](ListAllJob *listing) {
        if (listing->failed()) {
            finish(listing->error());
            return;
        }
        m_sourceErrors = listing->errors();
        planAndApply();
    });
}

void SshConfigJob::planAndApply()
{
    const Options o = m_options;
    struct Outcome {
        ConfigPlan plan;
        bool included = false;
    };
    auto *work = new TaskJob<Outcome>(
        [o]() -> Result<Outcome> {
            const ManagedSshConfig config(o.cliPath);
            const bool included = config.isIncluded();
            auto plan = o.remove ? config.planRemove() : config.planWrite(SourceRegistry::cached(), o.include);
            if (!plan)
                return plan.error();
            if (!o.dryRun)
                if (auto ok = config.apply(*plan); !ok)
                    return ok.error();
            return Outcome { *plan, included };
        },
        this);
    follow(work, [this](TaskJob<Outcome> *done) {
        if (done->failed()) {
            finish(done->error());
            return;
        }
        m_plan = done->value().plan;
        m_wasIncluded = done->value().included;
        for (const QString &w : m_plan.warnings)
            qCInfo(lcCommon) << "left out of the ssh config:" << w;
        finish();
    });
}

} // namespace keyport
