#include "agentclient.h"

#include "sshwire.h"

#include "common/log.h"
#include "common/secret.h"

#include <QDeadlineTimer>
#include <QLocalSocket>

#include <openssl/crypto.h>

namespace keyport {

namespace {

enum : uint8_t {
    SSH_AGENT_FAILURE = 5,
    SSH_AGENT_SUCCESS = 6,
    SSH_AGENTC_REQUEST_IDENTITIES = 11,
    SSH_AGENT_IDENTITIES_ANSWER = 12,
    SSH_AGENTC_ADD_IDENTITY = 17,
    SSH_AGENTC_REMOVE_IDENTITY = 18,
    SSH_AGENTC_REMOVE_ALL_IDENTITIES = 19,
    SSH_AGENTC_LOCK = 22,
    SSH_AGENTC_UNLOCK = 23,
    SSH_AGENTC_ADD_ID_CONSTRAINED = 25,
    SSH_AGENT_CONSTRAIN_LIFETIME = 1,
    SSH_AGENT_CONSTRAIN_CONFIRM = 2,
};

constexpr uint32_t kMaxReply = 256 * 1024;

QByteArray frame(const QByteArray &body)
{
    SshWriter w;
    w.string(body);
    return w.data();
}

} // namespace

AgentClient::AgentClient(QString socket, int timeoutMs)
    : m_socket(socket.isEmpty() ? defaultSocket() : std::move(socket))
    , m_timeoutMs(timeoutMs)
{
}

QString AgentClient::defaultSocket()
{
    const QString env = qEnvironmentVariable("SSH_AUTH_SOCK");
#ifdef Q_OS_WIN
    if (env.isEmpty())
        return QStringLiteral("\\\\.\\pipe\\openssh-ssh-agent");
#endif
    return env;
}

Result<QByteArray> AgentClient::request(const QByteArray &message) const
{
    if (m_socket.isEmpty())
        return Error(ErrorCode::Agent,
                     tr("No ssh-agent: SSH_AUTH_SOCK is not set. Start one with `eval \"$(ssh-agent -s)\"` "
                        "or use a desktop session that provides one."));
    const QDeadlineTimer deadline(m_timeoutMs);
    auto timedOut = [this] {
        return Error(ErrorCode::Timeout, tr("The ssh-agent at %1 did not answer within %2 s; it may be hung. "
                                            "Restart it (for example `eval \"$(ssh-agent -s)\"`) and try again.")
                                             .arg(m_socket)
                                             .arg(m_timeoutMs / 1000.0));
    };

    QLocalSocket sock;
    sock.connectToServer(m_socket);
    if (!sock.waitForConnected(int(deadline.remainingTime()))) {
        if (sock.error() == QLocalSocket::SocketTimeoutError)
            return timedOut();
        return Error(ErrorCode::Agent,
                     tr("Cannot reach the ssh-agent at %1: it is not running or the socket is stale. "
                        "Start a new agent and update SSH_AUTH_SOCK.")
                         .arg(m_socket),
                     sock.errorString());
    }
    sock.write(frame(message));
    while (sock.bytesToWrite() > 0) {
        if (!sock.waitForBytesWritten(int(deadline.remainingTime())))
            return deadline.hasExpired()
                       ? timedOut()
                       : Error(ErrorCode::Agent, tr("Lost the connection to the ssh-agent."), sock.errorString());
    }
    auto readExactly = [&](qsizetype n, QByteArray &out) -> Status {
        while (sock.bytesAvailable() < n) {
            if (deadline.hasExpired() || !sock.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                if (deadline.hasExpired() || sock.error() == QLocalSocket::SocketTimeoutError)
                    return timedOut();
                return Error(ErrorCode::Agent, tr("The ssh-agent closed the connection without answering."),
                             sock.errorString());
            }
        }
        out = sock.read(n);
        return {};
    };
    QByteArray lenBytes, body;
    if (auto ok = readExactly(4, lenBytes); !ok)
        return ok.error();
    SshReader lr(lenBytes);
    uint32_t len = 0;
    lr.u32(len);
    if (len == 0 || len > kMaxReply)
        return Error(ErrorCode::Agent, tr("The ssh-agent sent an invalid reply."),
                     QStringLiteral("length %1").arg(len));
    if (auto ok = readExactly(qsizetype(len), body); !ok)
        return ok.error();
    return body;
}

Status AgentClient::expectSuccess(const QByteArray &message, const Error &onFailure) const
{
    auto reply = request(message);
    if (!reply)
        return reply.error();
    return parseStatus(*reply, onFailure);
}

Status AgentClient::parseStatus(const QByteArray &reply, const Error &onFailure)
{
    if (reply.isEmpty())
        return Error(ErrorCode::Agent, tr("The ssh-agent sent an invalid reply."), QStringLiteral("empty reply"));
    const uint8_t type = uint8_t(reply.at(0));
    if (type == SSH_AGENT_SUCCESS)
        return {};
    if (type == SSH_AGENT_FAILURE)
        return onFailure;
    return Error(ErrorCode::Agent, tr("The ssh-agent sent an unexpected reply."), QStringLiteral("type %1").arg(type));
}

Result<QList<AgentIdentity>> AgentClient::list() const
{
    auto reply = request(QByteArray(1, char(SSH_AGENTC_REQUEST_IDENTITIES)));
    if (!reply)
        return reply.error();
    return parseIdentities(*reply);
}

Result<QList<AgentIdentity>> AgentClient::parseIdentities(const QByteArray &reply)
{
    SshReader r(reply);
    uint8_t type = 0;
    uint32_t count = 0;
    if (!r.u8(type) || type != SSH_AGENT_IDENTITIES_ANSWER || !r.u32(count))
        return Error(ErrorCode::Agent, tr("The ssh-agent refused to list its keys."));
    QList<AgentIdentity> ids;
    // count comes from the peer: the loop ends at the first entry that is not
    // there, so a huge count costs nothing.
    for (uint32_t i = 0; i < count; ++i) {
        QByteArray blob, comment;
        if (!r.string(blob) || !r.string(comment))
            return Error(ErrorCode::Agent, tr("The ssh-agent sent a truncated key list."));
        auto key = PublicKey::fromBlob(blob);
        if (!key) {
            SshReader certReader(blob);
            QByteArray name;
            auto cert = certReader.string(name) ? Certificate::fromOpenSshLine(name + ' ' + blob.toBase64())
                                                : Result<Certificate>(Error(ErrorCode::BadFormat, QString()));
            if (cert) {
                ids << AgentIdentity { cert->key, QString::fromUtf8(comment), *cert };
                continue;
            }
            qCDebug(lcAgent) << "agent holds a key we do not parse:" << key.error().detail;
            continue;
        }
        ids << AgentIdentity { *key, QString::fromUtf8(comment), std::nullopt };
    }
    return ids;
}

Status AgentClient::add(const PrivateKey &key, const QString &comment, const AgentConstraints &constraints) const
{
    return addFields(key.openSshFields(), key.publicKey().fingerprint(), comment, constraints);
}

Status AgentClient::addCertificate(const PrivateKey &key, const Certificate &certificate, const QString &comment,
                                   const AgentConstraints &constraints) const
{
    if (certificate.key != key.publicKey())
        return Error(ErrorCode::InvalidArgument, tr("The certificate is for another key."));
    const QByteArray fields = key.agentCertificateFields(certificate.certType, certificate.blob);
    if (fields.isEmpty())
        return Error(ErrorCode::Unsupported, tr("Keyport cannot add certificates of this key type to the agent."));
    return addFields(fields, tr("certificate %1 of %2").arg(certificate.serial).arg(key.publicKey().fingerprint()),
                     comment, constraints);
}

Status AgentClient::addFields(QByteArray fields, const QString &what, const QString &comment,
                              const AgentConstraints &constraints) const
{
    SshWriter w;
    w.u8(constraints.any() ? SSH_AGENTC_ADD_ID_CONSTRAINED : SSH_AGENTC_ADD_IDENTITY);
    w.raw(fields);
    w.string(comment.toUtf8());
    if (constraints.lifetimeSeconds) {
        w.u8(SSH_AGENT_CONSTRAIN_LIFETIME);
        w.u32(*constraints.lifetimeSeconds);
    }
    if (constraints.confirm)
        w.u8(SSH_AGENT_CONSTRAIN_CONFIRM);
    QStringList asked;
    if (constraints.lifetimeSeconds)
        asked << tr("a lifetime of %1 s").arg(*constraints.lifetimeSeconds);
    if (constraints.confirm)
        asked << tr("confirmation on each use");
    const Error refused =
        constraints.any()
            ? Error(ErrorCode::Agent,
                    tr("The ssh-agent refused the key with %1. Some agents (gnome-keyring, older Pageant) do not "
                       "support constraints: use OpenSSH's ssh-agent, or add the key without them.")
                        .arg(asked.join(tr(" and "))))
            : Error(ErrorCode::Agent, tr("The ssh-agent refused the key (is the agent locked?)."));
    auto status = expectSuccess(w.data(), refused);
    wipe(w.data());
    wipe(fields);
    if (status)
        qCInfo(lcAgent) << "added" << what << "lifetime" << constraints.lifetimeSeconds.value_or(0) << "confirm"
                        << constraints.confirm;
    return status;
}

Status AgentClient::remove(const PublicKey &key) const
{
    const Error notThere(ErrorCode::NotFound, tr("That key is not in the ssh-agent."));
    const auto removeBlob = [this, &notThere](const QByteArray &blob) {
        SshWriter w;
        w.u8(SSH_AGENTC_REMOVE_IDENTITY);
        w.string(blob);
        return expectSuccess(w.data(), notThere);
    };
    // The key's certificates go with it (as ssh-add -d does): a certificate
    // left behind would still log in with the key.
    bool removedCertificate = false;
    if (auto ids = list())
        for (const AgentIdentity &id : std::as_const(*ids))
            if (id.certificate && id.key == key && removeBlob(id.certificate->blob))
                removedCertificate = true;
    const Status plain = removeBlob(key.blob());
    return removedCertificate ? Status() : plain;
}

Status AgentClient::removeAll() const
{
    return expectSuccess(QByteArray(1, char(SSH_AGENTC_REMOVE_ALL_IDENTITIES)),
                         Error(ErrorCode::Agent, tr("The ssh-agent refused to remove its keys (is it locked?).")));
}

Status AgentClient::lock(const QByteArray &password) const
{
    if (password.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The lock password must not be empty."));
    SshWriter w;
    w.u8(SSH_AGENTC_LOCK);
    w.string(password);
    auto s =
        expectSuccess(w.data(), Error(ErrorCode::Agent, tr("The ssh-agent refused to lock (is it already locked?).")));
    wipe(w.data());
    return s;
}

Status AgentClient::unlock(const QByteArray &password) const
{
    SshWriter w;
    w.u8(SSH_AGENTC_UNLOCK);
    w.string(password);
    auto s =
        expectSuccess(w.data(), Error(ErrorCode::WrongPassphrase,
                                      tr("The ssh-agent refused to unlock: wrong password, or it is not locked.")));
    wipe(w.data());
    return s;
}

} // namespace keyport
