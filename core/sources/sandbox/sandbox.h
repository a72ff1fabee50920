#pragma once

#include <QCoreApplication>

#include "common/result.h"

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
    // Starts (or returns the running one). keyName empty: id_ed25519, id_ecdsa,
    // id_rsa, or a new unencrypted id_ed25519_keyport.
    static Result<State> start(const QString &keyName = {});
    static Status stop();
    static State status();
};

} // namespace keyport
