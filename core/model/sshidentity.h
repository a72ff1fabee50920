#pragma once

#include "common/result.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace keyport {

// Which key goes where: a named key with restrictions. On a platform that
// keeps them (Northflank's SSH identities) it is the platform's, keys and
// all; for every other source it is Keyport's own, and picks the one key a
// workspace offers (IdentitiesOnly), so an agent full of keys never meets
// "Too many authentication failures".
struct SshIdentity {
    QString name;
    QString id; // the platform's id; empty for a local one
    QString source; // the source it belongs to; local: empty for every source
    QString keyPath; // local: the private key; a platform's: the user's own key in it, when one is
    QStringList publicKeys; // OpenSSH lines (a platform's; a local one's .pub once read)
    bool keysKnown = true; // false: a platform list that leaves the keys out
    bool projectsEnabled = false;
    QStringList projects; // ids (Northflank) or names
    bool tagsEnabled = false;
    QStringList tags;
    bool matchAllTags = false; // "and"; otherwise any tag ("or")
    QString description;

    bool isLocal() const { return id.isEmpty(); }
    // Keyport's file (local identities).
    QJsonObject toJson() const;
    static SshIdentity fromJson(const QJsonObject &o);
    // "projects shop, ml-lab; all of the tags gpu, ml", or "every workspace".
    QString describeRestrictions() const;
    // Its keys as a list shows them, `shownKey` being keyPath as the user
    // knows it: the local one's key; a platform's "id_ed25519 (yours)",
    // "... and 2 other keys", or "3 keys, none of yours" (keyPath empty).
    QString describeKeys(const QString &shownKey) const;

    // Whether `w` passes both restrictions (the ones enabled); the error
    // names the rule that fails, in words.
    Status admits(const Workspace &w) const;
    // What the project rule compares: the platform's project id where there
    // is one (Northflank), else the project's name.
    static QString projectOf(const Workspace &w);

    Q_DECLARE_TR_FUNCTIONS(keyport::SshIdentity)
public:
};

namespace sshidentities {
// Keyport's own identities (identities.json in the config folder). Blocking.
Result<QList<SshIdentity>> loadLocal();
Status saveLocal(const QList<SshIdentity> &identities);
// The local identity that picks the key of `w`: the first whose source is
// w's (or any) and whose restrictions admit it. Hosts of the user's own ssh
// config are theirs to configure: none.
const SshIdentity *choose(const QList<SshIdentity> &local, const Workspace &w);
// A public key as an identity compares it: "type base64", the comment left
// out (empty for a line that is not one).
QString keyBlob(const QString &publicKeyLine);
// The platform's identity that picks the key of `w`: the first that admits
// it and holds one of the user's own keys (`ownKeys`: keyBlob() -> the
// private key's path). The key's path, or nothing.
struct PlatformChoice {
    const SshIdentity *identity = nullptr;
    QString keyPath;
};
PlatformChoice choosePlatform(const QList<SshIdentity> &platform, const QHash<QString, QString> &ownKeys,
                              const Workspace &w);
// A name for an identity: 3 to 100 letters and digits, words joined by
// single hyphens or spaces (Northflank's rule, kept for every source).
Status validateName(const QString &name);
// A project or tag item (`what` names which): a platform's identity takes
// Northflank's pattern, 3 to 100 characters; Keyport's own any plain name.
enum class ItemRule { Platform, Local };
Status validateItem(const QString &what, const QString &item, ItemRule rule);
} // namespace sshidentities

} // namespace keyport
