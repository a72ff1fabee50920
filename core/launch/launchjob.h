#pragma once

#include "common/job.h"
#include "common/settings.h"
#include "identity/unlockkeyjob.h"
#include "model/workspace.h"
#include "proxy/proxymanager.h"

#include <QHostAddress>

#include <optional>

namespace keyport {

class SourceRegistry;

// The questions the launch pipeline asks a person. The CLI answers them at
// the terminal (or from --yes / --replace), the app with its dialogs. Every
// answer comes back through the callback, later or at once; answering false
// (or never answering before the job is cancelled) stops the launch.
class LaunchQuestions {
public:
    using Answer = std::function<void(bool yes)>;
    virtual ~LaunchQuestions() = default;
    // The workspace is stopped: start it first?
    virtual void startWorkspace(const Workspace &w, Answer answer) = 0;
    // The server offers `offered`: trust it and pin it? With `replacing`, a
    // pinned key would be replaced (asked only when the person asked to
    // replace a changed key; a changed key is refused otherwise).
    virtual void trustHostKey(const Workspace &w, const PublicKey &offered, const std::optional<PublicKey> &replacing,
                              Answer answer) = 0;
    // Editors find workspaces through ~/.ssh/config: add Keyport's Include
    // line at its top? `diff` shows exactly what changes.
    virtual void includeInSshConfig(const Workspace &w, const QString &includeLine, const QString &diff,
                                    Answer answer) = 0;
    // For a key whose passphrase is not in the keychain.
    virtual PassphrasePrompt passphrasePrompt() = 0;
};

// What a launch is for, and what it does once everything is ready.
struct LaunchRequest {
    enum class Action {
        Prepare, // only make sure the workspace can be reached (the Files view)
        Trust, // pin the host key (keyport-cli trust)
        Shell, // hand back the ssh argv (keyport-cli connect execs it)
        Terminal, // open the user's terminal with ssh
        Editor, // open VS Code / Cursor on the workspace
        Proxy, // start a local SSH proxy port
    };
    Action action = Action::Prepare;
    QString workspaceId;
    QString cliPath; // the keyport-cli that ProxyCommand lines run
    // The user's settings as the front end holds them; unset: read from disk.
    std::optional<AppSettings> settings;
    // List the workspace's source first (false: the cache is enough).
    bool refresh = true;
    // Trust: a changed host key may be replaced (after the question).
    bool replaceChangedHostKey = false;
    // Shell: overrides and the remote command.
    QString user;
    bool forwardAgent = false;
    QStringList command;
    // Editor
    QString editor; // code, cursor, codium; empty: the user's default
    QString path;
    // Proxy
    ProxyManager *proxies = nullptr;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
};

// The one way into a workspace, for every front end: the Connect button, a
// keyport:// link, `keyport-cli connect|open|trust|proxy`, the Files view.
// In order:
//  1. resolve the workspace (listing its source when asked);
//  2. start it when it is stopped (asked);
//  3. a certificate from the source, for sources that issue them
//     (CertificateJob: the key made and registered first when needed);
//  4. load its key into the agent, with the lifetime and confirm-on-use of
//     the user's settings (an encrypted key not yet in the agent);
//  5. write the managed ssh config (and the Include line, asked once, when
//     an editor needs it);
//  6. open the tunnel once, so a refusal reads in the source's words;
//  7. check the host key: pinned and equal goes on; unknown is asked; a
//     changed one is refused and explained (hostKeyChanged()), or replaced
//     only when the request says so and the person confirms;
//  8. the action: a terminal, an editor, a proxy, or the ssh argv.
// Hosts of the user's own ssh config skip 4-7: ssh checks them itself.
class LaunchJob : public Job {
    Q_OBJECT
public:
    LaunchJob(SourceRegistry *registry, LaunchRequest request, LaunchQuestions *questions, QObject *parent = nullptr);

    const LaunchRequest &request() const { return m_request; }
    // Whether `w` can be reached for `action`, so front ends can say why not
    // before anything is asked: a workspace that cannot be an ssh alias, or
    // an entry host that picks it by the command (a shell and commands only:
    // no editor, no SFTP, no proxy port) fails here, not later.
    static Status canServe(const Workspace &w, LaunchRequest::Action action);
    // Known once resolved (also when a later step failed).
    const Workspace &workspace() const { return m_workspace; }
    // Things a person should know that did not stop the launch (a key that
    // could not be added to the agent, the Include line added, ...).
    const QStringList &notes() const { return m_notes; }
    // The key the server offered, once asked.
    const std::optional<PublicKey> &offeredKey() const { return m_offered; }
    const std::optional<PublicKey> &pinnedKey() const { return m_pinned; }
    // The launch failed because the host key differs from the pinned one.
    bool hostKeyChanged() const { return m_changed; }
    // The host key was pinned by this launch.
    bool pinnedNow() const { return m_pinnedNow; }
    // Shell: ssh's argv.
    const QStringList &sshArgv() const { return m_argv; }
    // Proxy: the running proxy.
    const std::optional<ProxyManager::Running> &proxy() const { return m_proxy; }

protected:
    void run() override;

private:
    void resolve();
    void ensureRunning();
    void ensureCertificate();
    void loadKey();
    void writeConfig();
    void applyConfig(bool include);
    void preflight();
    void checkHostKey();
    void pin();
    void rewriteConfigThenAct();
    void act();
    Error reachError(const QString &what, const Error &e) const;

    SourceRegistry *m_registry;
    LaunchRequest m_request;
    LaunchQuestions *m_questions;
    AppSettings m_settings;
    Workspace m_workspace;
    QStringList m_notes;
    std::optional<PublicKey> m_offered;
    std::optional<PublicKey> m_pinned;
    bool m_changed = false;
    bool m_pinnedNow = false;
    QString m_editorProgram;
    QStringList m_argv;
    std::optional<ProxyManager::Running> m_proxy;
};

} // namespace keyport
