#pragma once

#include <QCoreApplication>

#include "identity/publickey.h"

#include <optional>

namespace keyport {

// Keyport's pinned host keys: ~/.ssh/keyport/known_hosts, one line per
// workspace alias, read by OpenSSH through UserKnownHostsFile + HostKeyAlias.
class KnownHosts {
    // tr() in this class translates in context "keyport::KnownHosts", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::KnownHosts)

public:
    explicit KnownHosts(QString path = {});
    static QString defaultPath();
    QString path() const { return m_path; }

    std::optional<PublicKey> pinned(const QString &alias) const;
    // Adds or replaces the pin for `alias`; other lines stay as they are.
    Status pin(const QString &alias, const PublicKey &key) const;
    Status unpin(const QString &alias) const;

    // Compares an offered key with the pin: NotFound when nothing is pinned,
    // an error naming expected, offered and the file when they differ.
    Status check(const QString &alias, const PublicKey &offered) const;

private:
    QString m_path;
};

} // namespace keyport
