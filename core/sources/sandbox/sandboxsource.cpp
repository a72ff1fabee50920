#include "sandboxsource.h"

#include "sandbox.h"

#include "common/paths.h"
#include "workspace/sourcekind.h"

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
    w.user = s.user.isEmpty() ? paths::userName() : s.user;
    w.identityFile = s.keyPath;
    w.transport.kind = TransportSpec::Kind::Tcp;
    w.transport.host = QStringLiteral("127.0.0.1");
    w.transport.port = s.port;
    return w;
}
} // namespace

// Checking the sandbox connects to it (up to seconds): on the thread pool.
ListJob *SandboxSource::list()
{
    return new TaskJob<QList<Workspace>>(
        [] { return Result<QList<Workspace>>(QList<Workspace> { sandboxWorkspace(Sandbox::status()) }); }, this);
}

StatusJob *SandboxSource::start(const Workspace &)
{
    return new TaskJob<void>(
        []() -> Status {
            auto s = Sandbox::start();
            return s ? Status() : Status(s.error());
        },
        this);
}

StatusJob *SandboxSource::stop(const Workspace &)
{
    return new TaskJob<void>([] { return Sandbox::stop(); }, this);
}

} // namespace keyport

KEYPORT_SOURCE_KIND(sandbox, { .id = QStringLiteral("sandbox"),
                               .create = [](const keyport::SourceConfig &,
                                            QObject *parent) { return new keyport::SandboxSource(parent); },
                               .builtInName = QStringLiteral("local"),
                               .order = 1 })
