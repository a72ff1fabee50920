#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "identity/privatekey.h"

#include <memory>

namespace keyport {

struct SshEndpoint {
    QString host;
    quint16 port = 22;
    QString user;
    // When set, libssh runs this command (through /bin/sh) as its transport.
    QString proxyCommand;
};

// A blocking libssh client session: connect, authenticate, run a command.
// Use from a worker thread. Host-key policy is the caller's: hostKey() gives
// the server's key after connect().
class SshSession {
    // tr() in this class translates in context "keyport::SshSession", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::SshSession)

public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    Status connect(const SshEndpoint &endpoint, int timeoutSeconds = 10);
    Result<PublicKey> hostKey() const;
    Status authenticateWithKey(const PrivateKey &key);
    Status authenticateWithAgent();
    // Runs a command, returns its stdout (stderr is dropped), fails on a non-zero exit.
    Result<QByteArray> exec(const QString &command);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keyport
