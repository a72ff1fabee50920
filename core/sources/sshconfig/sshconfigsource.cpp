#include "sshconfigsource.h"

#include "common/paths.h"
#include "sshconfig/managedconfig.h"
#include "sshconfig/sshconfigreader.h"
#include "workspace/sourcekind.h"
#include "workspace/workspacesettings.h"

#include <QDir>

namespace keyport {

Result<QList<Workspace>> SshConfigSource::read(QStringList *warnings)
{
    auto added = workspacesettings::hosts();
    if (!added)
        return added.error();
    SshConfigReader reader;
    reader.setIgnoredFiles({ ManagedSshConfig({}).managedPath() });
    reader.read(QDir(paths::sshDir()).filePath(QStringLiteral("config")));
    if (warnings)
        *warnings = reader.warnings();
    QList<Workspace> out;
    for (const SshConfigHost &h : reader.hosts()) {
        Workspace w;
        w.source = QStringLiteral("ssh");
        w.name = h.alias;
        w.existingAlias = h.alias;
        w.user = h.user;
        w.tags = { QStringLiteral("ssh-config") };
        if (!h.identityFiles.isEmpty()) {
            QString id = h.identityFiles.first();
            if (id.startsWith(QLatin1String("~/")))
                id = paths::home() + id.mid(1);
            w.identityFile = id;
        }
        const QString host = h.hostName.isEmpty() ? h.alias : h.hostName;
        const quint16 port = quint16(h.port ? h.port : 22);
        if (!h.proxyCommand.isEmpty() && h.proxyCommand != QLatin1String("none")) {
            w.transport.kind = TransportSpec::Kind::Command;
            w.transport.command = QString(h.proxyCommand)
                                      .replace(QLatin1String("%h"), host)
                                      .replace(QLatin1String("%p"), QString::number(port));
        } else if (!h.proxyJump.isEmpty() && h.proxyJump != QLatin1String("none")) {
            w.transport.kind = TransportSpec::Kind::Jump;
            w.transport.jump = h.proxyJump;
        }
        w.transport.host = host;
        w.transport.port = port;
        out << w;
    }
    // Hosts added in Keyport get a managed block of their own (ssh.<name>).
    for (const UserHost &h : *added) {
        Workspace w;
        w.source = QStringLiteral("ssh");
        w.name = h.name;
        w.project = h.project;
        w.tags = h.tags;
        w.user = h.user;
        w.identityFile = h.identityFile;
        w.transport.host = h.host;
        w.transport.port = h.port;
        out << w;
    }
    return out;
}

ListJob *SshConfigSource::list()
{
    return new TaskJob<QList<Workspace>>([] { return read(); }, this);
}

} // namespace keyport

KEYPORT_SOURCE_KIND(ssh, { .id = QStringLiteral("ssh"),
                           .create = [](const keyport::SourceConfig &,
                                        QObject *parent) { return new keyport::SshConfigSource(parent); },
                           .builtInName = QStringLiteral("ssh"),
                           .order = 0 })
