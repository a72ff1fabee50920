#include "sshsession.h"

#include "common/log.h"
#include "common/secret.h"
#include "identity/keyfile.h"

#include <libssh/libssh.h>

#include <openssl/crypto.h>

namespace keyport {

struct SshSession::Private {
    ssh_session session = nullptr;
    SshEndpoint endpoint;

    Error sshError(const QString &what) const
    {
        return Error(ErrorCode::Network, what, QString::fromUtf8(ssh_get_error(session)));
    }
};

SshSession::SshSession()
    : d(new Private)
{
    d->session = ssh_new();
}

SshSession::~SshSession()
{
    if (d->session) {
        ssh_disconnect(d->session);
        ssh_free(d->session);
    }
}

Status SshSession::connect(const SshEndpoint &endpoint, int timeoutSeconds)
{
    d->endpoint = endpoint;
    const QByteArray host = endpoint.host.toUtf8(), user = endpoint.user.toUtf8();
    unsigned int port = endpoint.port;
    long timeout = timeoutSeconds;
    ssh_options_set(d->session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(d->session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(d->session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(d->session, SSH_OPTIONS_TIMEOUT, &timeout);
    const QByteArray proxy = endpoint.proxyCommand.toUtf8();
    if (!proxy.isEmpty())
        ssh_options_set(d->session, SSH_OPTIONS_PROXYCOMMAND, proxy.constData());
    // Keyport decides about host keys itself; never read ~/.ssh/config here.
    int no = 0;
    ssh_options_set(d->session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    if (ssh_connect(d->session) != SSH_OK)
        return d->sshError(tr("Cannot connect to %1 port %2.").arg(endpoint.host).arg(endpoint.port));
    return {};
}

Result<PublicKey> SshSession::hostKey() const
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(d->session, &key) != SSH_OK)
        return d->sshError(tr("The server sent no host key."));
    char *b64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &b64);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return d->sshError(tr("Cannot read the server's host key."));
    const QByteArray bytes = QByteArray::fromBase64(QByteArray(b64));
    ssh_string_free_char(b64);
    return PublicKey::fromBlob(bytes);
}

Status SshSession::authenticateWithKey(const PrivateKey &key)
{
    // Hand libssh our own OpenSSH serialisation (unencrypted, in memory only).
    auto pem = encodeOpenSshKey(key, {}, {});
    if (!pem)
        return pem.error();
    ssh_key sshKey = nullptr;
    const int rc = ssh_pki_import_privkey_base64(pem->constData(), nullptr, nullptr, nullptr, &sshKey);
    wipe(*pem);
    if (rc != SSH_OK)
        return Error(ErrorCode::Internal, tr("libssh could not load the key."));
    const int auth = ssh_userauth_publickey(d->session, nullptr, sshKey);
    ssh_key_free(sshKey);
    if (auth != SSH_AUTH_SUCCESS)
        return Error(ErrorCode::PermissionDenied,
                     tr("%1@%2 did not accept the key %3.")
                         .arg(d->endpoint.user, d->endpoint.host, key.publicKey().fingerprint()),
                     QString::fromUtf8(ssh_get_error(d->session)));
    return {};
}

Status SshSession::authenticateWithAgent()
{
    if (ssh_userauth_agent(d->session, nullptr) != SSH_AUTH_SUCCESS)
        return Error(ErrorCode::PermissionDenied,
                     tr("%1@%2 accepted none of the ssh-agent's keys.").arg(d->endpoint.user, d->endpoint.host),
                     QString::fromUtf8(ssh_get_error(d->session)));
    return {};
}

Result<QByteArray> SshSession::exec(const QString &command)
{
    ssh_channel channel = ssh_channel_new(d->session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        if (channel)
            ssh_channel_free(channel);
        return d->sshError(tr("Cannot open a session channel."));
    }
    QByteArray out;
    if (ssh_channel_request_exec(channel, command.toUtf8().constData()) == SSH_OK) {
        char buf[4096];
        int n;
        while ((n = ssh_channel_read(channel, buf, sizeof buf, 0)) > 0)
            out.append(buf, n);
    }
    ssh_channel_send_eof(channel);
    const int status = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (status != 0)
        return Error(ErrorCode::Network, tr("The remote command failed with exit status %1.").arg(status));
    return out;
}

} // namespace keyport
