#pragma once

#include "common/job.h"
#include "sshconfig/managedconfig.h"

#include <QMap>

namespace keyport {

class SourceRegistry;

// Brings Keyport's part of the OpenSSH config up to date: ~/.ssh/keyport/config
// with a Host block per workspace and, when asked, the one Include line at
// the top of ~/.ssh/config (or, to remove, takes both away again). Files are
// read and written off the caller's thread. `keyport-cli ssh-config`, the
// Settings page and the launch pipeline all come here.
class SshConfigJob : public Job {
    Q_OBJECT
public:
    struct Options {
        QString cliPath; // the keyport-cli ProxyCommand lines run
        bool remove = false; // take the Include line and the managed file away
        bool include = false; // also add the Include line (editors need it)
        // List every source first; one that cannot be reached keeps its
        // last known workspaces (a server being down must not delete anyone's
        // ssh config entries). Else the cache is used.
        bool refresh = false;
        bool dryRun = false; // plan only; see plan() and diff()
    };
    SshConfigJob(SourceRegistry *registry, Options options, QObject *parent = nullptr);

    const ConfigPlan &plan() const { return m_plan; }
    QString diff() const { return ManagedSshConfig::diff(m_plan); }
    // Workspaces left out of the config, and why.
    const QStringList &warnings() const { return m_plan.warnings; }
    // Sources that could not be listed (refresh), by name.
    const QMap<QString, Error> &sourceErrors() const { return m_sourceErrors; }
    // ~/.ssh/config included Keyport's config before this job.
    bool wasIncluded() const { return m_wasIncluded; }
    QString managedPath() const;
    QString userConfigPath() const;
    QString includeLine() const;

protected:
    void run() override;

private:
    void planAndApply();
    SourceRegistry *m_registry;
    Options m_options;
    ConfigPlan m_plan;
    QMap<QString, Error> m_sourceErrors;
    bool m_wasIncluded = false;
};

} // namespace keyport
