#include "certificatejob.h"

#include "common/atomicfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "identity/agentclient.h"
#include "workspace/registry.h"

#include <QFileInfo>

namespace keyport {

AddToAgentJob::Options pipelineAgentOptions(const AppSettings &settings)
{
    AddToAgentJob::Options options;
    if (settings.agentLifetimeSeconds() > 0)
        options.constraints.lifetimeSeconds = settings.agentLifetimeSeconds();
    options.constraints.confirm = settings.agentConfirm;
    options.unlessLoaded = true;
    options.onlyEncrypted = true;
    return options;
}

CertificateJob::CertificateJob(SourceRegistry *registry, Workspace workspace, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_workspace(std::move(workspace))
{
}

void CertificateJob::run()
{
    Source *source = m_registry->find(m_workspace.source);
    if (!source || !source->can(Source::Capability::IssueCertificates) || m_workspace.identityFile.isEmpty()) {
        finish(Error(ErrorCode::Unsupported,
                     tr("%1 does not log in with certificates from its source.").arg(m_workspace.id())));
        return;
    }
    const QString path = m_workspace.identityFile;
    const QString comment = QStringLiteral("keyport-%1@%2").arg(m_workspace.source, QSysInfo::machineHostName());
    auto *made = new TaskJob<bool>(
        [path, comment]() -> Result<bool> {
            if (QFileInfo::exists(path))
                return false;
            GenerateOptions options;
            options.comment = comment;
            auto key = KeyStore(QFileInfo(path).absolutePath()).generate(path, options);
            if (!key && key.error().code == ErrorCode::AlreadyExists)
                return false; // another ssh made it a moment ago
            if (!key)
                return key.error();
            return true;
        },
        this);
    follow(made, [this](TaskJob<bool> *generated) {
        if (generated->failed()) {
            finish(Error(generated->error().code,
                         tr("%1 needs its own key %2, which cannot be made: %3")
                             .arg(m_workspace.id(), m_workspace.identityFile, generated->error().message)));
            return;
        }
        if (generated->value()) {
            qCInfo(lcLaunch) << "made the key" << m_workspace.identityFile << "for" << m_workspace.source;
            m_notes << tr("Made the key %1 for %2.").arg(m_workspace.identityFile, m_workspace.source);
        }
        inspect();
    });
}

void CertificateJob::inspect()
{
    const QString path = m_workspace.identityFile;
    follow(new TaskJob<KeyInfo>([path] { return KeyStore().inspect(path); }, this), [this](TaskJob<KeyInfo> *key) {
        if (key->failed() || !key->value().publicKey) {
            finish(Error(ErrorCode::NotFound, tr("%1 needs a certificate for its key %2, but the key cannot be read.")
                                                  .arg(m_workspace.id(), m_workspace.identityFile)));
            return;
        }
        m_key = key->value();
        if (m_key.certificate) {
            const auto left = m_key.certificate->secondsLeft(QDateTime::currentDateTimeUtc());
            if (m_key.certificate->key == *m_key.publicKey && (!left || *left >= kMarginSeconds)) {
                loadIntoAgent();
                return;
            }
        }
        ensureRegistered();
    });
}

void CertificateJob::finishSourceGone()
{
    finish(Error(ErrorCode::NotFound, tr("The source %1 is gone.").arg(m_workspace.source)));
}

void CertificateJob::ensureRegistered()
{
    Source *source = m_registry->find(m_workspace.source);
    if (!source) {
        finishSourceGone();
        return;
    }
    if (!source->can(Source::Capability::RegisterKeys)) {
        issue();
        return;
    }
    Q_EMIT progress(tr("Checking that %1 knows the key…").arg(m_workspace.source));
    follow(source->registeredKeys(), [this, source](RegisteredKeysJob *known) {
        if (known->failed()) {
            finish(known->error());
            return;
        }
        const PublicKey key = *m_key.publicKey;
        for (const RegisteredKey &k : known->value())
            if (k.key && *k.key == key) {
                issue();
                return;
            }
        Q_EMIT progress(tr("Registering the key with %1…").arg(m_workspace.source));
        const QString comment = m_key.comment.isEmpty() ? m_key.name : m_key.comment;
        follow(source->registerKey(key, comment), [this](StatusJob *registered) {
            if (registered->failed()) {
                finish(registered->error());
                return;
            }
            qCInfo(lcLaunch) << "registered" << m_key.publicKey->fingerprint() << "with" << m_workspace.source;
            m_notes << tr("Registered the key %1 with %2.").arg(m_key.name, m_workspace.source);
            issue();
        });
    });
}

void CertificateJob::issue()
{
    Source *source = m_registry->find(m_workspace.source);
    if (!source) {
        finishSourceGone();
        return;
    }
    Q_EMIT progress(tr("Getting a certificate from %1…").arg(source->describe()));
    follow(source->issueCertificate(m_workspace, *m_key.publicKey), [this](ValueJob<QByteArray> *issued) {
        if (issued->failed()) {
            finish(Error(issued->error().code,
                         tr("%1 did not issue a certificate: %2").arg(m_workspace.source, issued->error().message),
                         issued->error().detail));
            return;
        }
        const QByteArray line = issued->value().trimmed() + '\n';
        const QString target = m_key.certificatePath();
        auto *write = new TaskJob<Certificate>(
            [line, target]() -> Result<Certificate> {
                auto cert = Certificate::fromOpenSshLine(line);
                if (!cert)
                    return cert.error();
                if (auto ok = writeFileAtomically(target, line, FileMode::Private, Overwrite::Replace); !ok)
                    return ok.error();
                return *cert;
            },
            this);
        follow(write, [this](TaskJob<Certificate> *written) {
            if (written->failed()) {
                finish(written->error());
                return;
            }
            m_key.certificate = written->value();
            m_key.certificateProblem.clear();
            m_issued = true;
            qCInfo(lcLaunch) << "certificate for" << m_workspace.id() << "serial" << m_key.certificate->serial
                             << "valid until" << m_key.certificate->validBefore.toString(Qt::ISODate);
            loadIntoAgent();
        });
    });
}

void CertificateJob::loadIntoAgent()
{
    if (!m_agentOptions || !m_key.encrypted || AgentClient::defaultSocket().isEmpty()) {
        finish();
        return;
    }
    follow(new AddToAgentJob(m_key, *m_agentOptions, nullptr, this), [this](AddToAgentJob *added) {
        // Not fatal: ssh then asks for the passphrase itself.
        if (added->failed())
            m_notes << tr("The key %1 was not added to the agent with its certificate (%2).")
                           .arg(m_key.name, added->error().message);
        finish();
    });
}

} // namespace keyport
