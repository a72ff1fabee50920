#pragma once

#include <QCoreApplication>

#include "knownhosts.h"

#include "model/validation.h"
#include "model/workspace.h"

#include "common/result.h"

#include <QList>
#include <optional>

namespace keyport {

// One file Keyport would write or delete.
struct ConfigChange {
    QString path;
    std::optional<QByteArray> before; // nullopt: does not exist
    std::optional<QByteArray> after; // nullopt: delete
    bool changes() const { return before != after; }
};

struct ConfigPlan {
    QList<ConfigChange> changes;
    QStringList warnings; // workspaces left out, and why
    bool isNoop() const;
};

// ~/.ssh/keyport/config (one Host block per workspace) and the one Include
// line at the top of ~/.ssh/config that makes ssh, scp, rsync and the editors
// read it. Every other byte of ~/.ssh/config is left alone.
class ManagedSshConfig {
    // tr() in this class translates in context "keyport::ManagedSshConfig", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::ManagedSshConfig)

public:
    // cliPath: the absolute keyport-cli used in ProxyCommand lines.
    explicit ManagedSshConfig(QString cliPath, QString sshDir = {});

    QString managedPath() const;
    QString userConfigPath() const;
    QString knownHostsPath() const;
    QString includeLine() const;

    // The Host block of one workspace; errors name the offending field, or
    // the pin file when it cannot be read (the block depends on the pin).
    Result<QString> renderBlock(const Workspace &w) const;
    // includeInUserConfig false: only ~/.ssh/keyport/config is planned.
    // Fails, planning nothing, when the pins cannot be read: a block written
    // without them would say `StrictHostKeyChecking ask` for a pinned host.
    Result<ConfigPlan> planWrite(const QList<Workspace> &workspaces, bool includeInUserConfig = true) const;
    // Whether ~/.ssh/config already includes the managed file.
    bool isIncluded() const;
    Result<ConfigPlan> planRemove() const;
    // Writes atomically, backing up ~/.ssh/config first (config.keyport-backup).
    Status apply(const ConfigPlan &plan) const;
    static QString diff(const ConfigPlan &plan);

private:
    Result<QString> renderBlock(const Workspace &w, const PinnedKeys &pins) const;
    Result<PinnedKeys> loadPins() const;
    Result<QString> userConfigTarget() const; // follows a symlinked ~/.ssh/config
    QString m_cliPath;
    QString m_sshDir;
};

} // namespace keyport
