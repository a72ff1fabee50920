#pragma once

#include <QCoreApplication>

#include "identity/publickey.h"

#include <QHash>

#include <optional>

namespace keyport {

// The pins of one known_hosts file, read once (the managed config renders
// thousands of blocks from a single read).
class PinnedKeys {
public:
    std::optional<PublicKey> find(const QString &alias) const;
    qsizetype size() const { return m_keys.size(); }

private:
    friend class KnownHosts;
    QHash<QString, PublicKey> m_keys; // the first line for an alias wins
};

// Keyport's pinned host keys: ~/.ssh/keyport/known_hosts, one line per
// workspace alias, read by OpenSSH through UserKnownHostsFile + HostKeyAlias.
//
// A damaged file never lowers trust: a line that is neither blank, a comment
// nor a known_hosts entry, bytes that are not UTF-8, a NUL, a file that
// cannot be read or is not a regular file all make load(), lookup() and
// check() fail with an error naming the file (and the line), instead of
// reading as "nothing pinned yet"; and pin() and unpin() refuse to rewrite
// such a file, which would drop the damaged lines and any pin in them.
class KnownHosts {
    // tr() in this class translates in context "keyport::KnownHosts", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::KnownHosts)

public:
    explicit KnownHosts(QString path = {});
    static QString defaultPath();
    QString path() const { return m_path; }

    // Every pin; a file that does not exist holds none. Errors are BadFormat
    // (a damaged line, not a regular file, too large) or PermissionDenied.
    Result<PinnedKeys> load() const;
    // The pin for `alias` (nullopt: none yet), or why the file cannot say.
    Result<std::optional<PublicKey>> lookup(const QString &alias) const;
    // For showing a pin only: nullopt also when the file cannot be read.
    // Decide trust with check(), which says why it cannot.
    std::optional<PublicKey> pinned(const QString &alias) const;
    // Adds or replaces the pin for `alias`; other lines stay as they are.
    Status pin(const QString &alias, const PublicKey &key) const;
    Status unpin(const QString &alias) const;

    // Compares an offered key with the pin: NotFound when nothing is pinned,
    // an error naming expected, offered and the file when they differ, and
    // the error of load() when the pins cannot be read (never NotFound).
    Status check(const QString &alias, const PublicKey &offered) const;

private:
    struct Line {
        QByteArray raw; // as in the file, without its '\n'
        QList<QByteArray> pinned; // the aliases this line pins (none for comments, @revoked, @cert-authority)
        PublicKey key;
    };
    Result<QList<Line>> readLines() const;
    QString m_path;
};

} // namespace keyport
