#pragma once

#include <QCoreApplication>

#include "common/job.h"
#include "common/result.h"

#include <functional>

namespace keyport {

// The local sandbox: an OpenSSH sshd that Keyport runs on 127.0.0.1 with its
// own host key, authorizing the user's chosen key, so every feature can be
// tried on one machine. Blocking calls; the sshd outlives the caller.
class Sandbox {
    // tr() in this class translates in context "keyport::Sandbox", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::Sandbox)

public:
    struct State {
        quint16 port = 0;
        qint64 pid = 0;
        QString keyPath; // the private key it authorizes
        QString user;
        bool running = false;
    };

    static QString dir();
    // What to do when no key is there to authorize.
    enum class NoKey {
        Refuse, // fail with an error isNoKey() knows: the front end asks first
        MakeOwn, // make one for the sandbox alone, in its folder (never ~/.ssh)
    };
    // Starts (or returns the running one). keyName empty: id_ed25519,
    // id_ecdsa, id_rsa (or the id_ed25519_keyport of earlier versions) from
    // ~/.ssh, else the sandbox's own key once it has one, else `noKey`.
    static Result<State> start(const QString &keyName = {}, NoKey noKey = NoKey::Refuse);
    // The sandbox's own key, made only when asked: outside ~/.ssh, so it
    // never turns up among the user's keys or in another tool.
    static QString ownKeyPath();
    // start() refused because there is no key and none was to be made.
    static bool isNoKey(const Error &e);
    static Status stop();
    static State status();
};

// Starting the sandbox as a person does it, for both front ends: when there
// is no key to authorize, `askToMakeKey` asks (the CLI at the terminal, the
// app with a dialog) whether the sandbox may make its own; no makes nothing.
// File and process work runs off the caller's thread.
class StartSandboxJob : public ValueJob<Sandbox::State> {
    Q_OBJECT
public:
    using Answer = std::function<void(bool yes)>;
    using Ask = std::function<void(Answer)>;
    StartSandboxJob(QString keyName, Ask askToMakeKey, QObject *parent = nullptr);
    // The sandbox made its own key on the way.
    bool madeOwnKey() const { return m_madeOwnKey; }

protected:
    void run() override;

private:
    void attempt(Sandbox::NoKey noKey);
    QString m_keyName;
    Ask m_ask;
    bool m_madeOwnKey = false;
};

} // namespace keyport
