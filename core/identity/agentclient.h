#pragma once

#include <QCoreApplication>

#include "certificate.h"
#include "privatekey.h"

#include <QList>

#include <optional>

namespace keyport {

struct AgentIdentity {
    PublicKey key; // for a certificate: the key it certifies
    QString comment;
    std::optional<Certificate> certificate; // set when the agent holds a certificate
};

struct AgentConstraints {
    std::optional<quint32> lifetimeSeconds;
    bool confirm = false;
    bool any() const { return lifetimeSeconds.has_value() || confirm; }
};

// A client of the ssh-agent protocol (draft-miller-ssh-agent). Each call opens
// its own connection and blocks for at most the timeout: run it on a worker
// thread (TaskJob) from a GUI.
class AgentClient {
    // tr() in this class translates in context "keyport::AgentClient", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::AgentClient)

public:
    // Empty socket: SSH_AUTH_SOCK, or OpenSSH's named pipe on Windows.
    explicit AgentClient(QString socket = {}, int timeoutMs = 5000);

    static QString defaultSocket();
    QString socket() const { return m_socket; }

    Result<QList<AgentIdentity>> list() const;
    Status add(const PrivateKey &key, const QString &comment, const AgentConstraints &constraints = {}) const;
    // The key with its certificate, as ssh-add adds a key's -cert.pub.
    Status addCertificate(const PrivateKey &key, const Certificate &certificate, const QString &comment,
                          const AgentConstraints &constraints = {}) const;
    // The key and any certificate of it.
    Status remove(const PublicKey &key) const;
    Status removeAll() const;
    Status lock(const QByteArray &password) const;
    Status unlock(const QByteArray &password) const;

    // The agent's replies (type byte first), parsed without I/O (and fuzzed).
    static Result<QList<AgentIdentity>> parseIdentities(const QByteArray &reply);
    static Status parseStatus(const QByteArray &reply, const Error &onFailure);

private:
    // Sends one message, returns the reply body (type byte first).
    Result<QByteArray> request(const QByteArray &message) const;
    Status expectSuccess(const QByteArray &message, const Error &onFailure) const;
    Status addFields(QByteArray fields, const QString &what, const QString &comment,
                     const AgentConstraints &constraints) const;

    QString m_socket;
    int m_timeoutMs;
};

} // namespace keyport
