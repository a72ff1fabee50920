#pragma once

#include "publickey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace keyport {

// An OpenSSH certificate (PROTOCOL.certkeys), as found in <key>-cert.pub.
struct Certificate {
    enum class Kind { User = 1, Host = 2 };

    QByteArray certType; // e.g. ssh-ed25519-cert-v01@openssh.com
    PublicKey key; // the certified public key
    uint64_t serial = 0;
    Kind kind = Kind::User;
    QString keyId;
    QStringList principals; // empty: valid for any principal
    QDateTime validAfter; // invalid QDateTime = "forever" bound
    QDateTime validBefore;
    QStringList criticalOptions;
    QStringList extensions;
    QString caFingerprint;
    QByteArray blob; // the whole certificate, as the agent protocol sends it

    static Result<Certificate> fromOpenSshLine(const QByteArray &line);
    bool isValidAt(const QDateTime &when) const;
    // Seconds until validBefore (negative when expired); nullopt when unbounded.
    std::optional<qint64> secondsLeft(const QDateTime &now) const;
    // What a person reads about its validity at `now`: "4m 12s left",
    // "expired 3m 0s ago", "not yet valid", "valid forever". One wording for
    // the CLI, the details and the Keys page.
    QString statusText(const QDateTime &now) const;
    // Whom and when it is for: "for alice · serial 17 · valid 14:00–14:05".
    QString aboutText() const;

    // Its member functions translate under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(keyport::Certificate)
public:
};

} // namespace keyport
