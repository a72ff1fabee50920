#include "sandboxsource.h"

#include "sandbox.h"

namespace keyport {

namespace {
Workspace sandboxWorkspace(const Sandbox::State &s)
{
    Workspace w;
    w.source = QStringLiteral("local");
    w.name = QStringLiteral("sandbox");
    w.project = QStringLiteral("keyport");
    w.tags = { QStringLiteral("local") };
    w.state = s.running ? WorkspaceState::Running : WorkspaceState::Stopped;
    w.user = s.user.isEmpty() ? Sandbox::currentUser() : s.user;
    w.identityFile = s.keyPath;
    w.transport.kind = TransportSpec::Kind::Tcp;
    w.transport.host = QStringLiteral("127.0.0.1");
    w.transport.port = s.port;
    return w;
}
} // namespace

ListJob *SandboxSource::list()
{
    auto *job = new ListJob(this);
    auto *task = runTask<Sandbox::State>([] { return Result<Sandbox::State>(Sandbox::status()); }, job);
    connect(task, &Job::finished, job, [job, task] { job->done({ sandboxWorkspace(task->result().value()) }); });
    return job;
}

Job *SandboxSource::start(const Workspace &)
{
    return runTask<Sandbox::State>([] { return Sandbox::start(); }, this);
}

Job *SandboxSource::stop(const Workspace &)
{
    return runTask<bool>(
        []() -> Result<bool> {
            auto s = Sandbox::stop();
            if (!s)
                return s.error();
            return true;
        },
        this);
}

} // namespace keyport
