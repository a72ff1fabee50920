#pragma once

#include "common/job.h"
#include "identity/publickey.h"
#include "model/sourceconfig.h"
#include "model/sshidentity.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace keyport {

class ByteStream;

// Listing one source: its workspaces.
using ListJob = ValueJob<QList<Workspace>>;

// A public key a source knows for the user.
struct RegisteredKey {
    QString name; // the source's name for it (a comment, a label)
    QString fingerprint; // SHA256:..., as ssh-keygen -l prints it
    QDateTime created; // invalid: the source does not say
    std::optional<PublicKey> key; // nullopt: a line the source holds that is not a key Keyport reads
};
using RegisteredKeysJob = ValueJob<QList<RegisteredKey>>;

// Where workspaces come from: lists them, may start/stop them, register a
// public key, issue certificates, and opens byte streams to their sshd.
// Every job it hands out is unstarted (see Job).
class Source : public QObject {
    Q_OBJECT
public:
    // What a source can do beyond listing: front ends and the launch pipeline
    // ask this instead of testing kinds.
    enum class Capability {
        StartStop = 0x1, // start() and stop()
        RegisterKeys = 0x2, // registerKey()
        Tunnel = 0x4, // openStream() needs the source (a token, a service): ssh goes through keyport-cli forward
        IssueCertificates = 0x8, // issueCertificate()
        // Its workspaces carry the entry host's key (Workspace::vouchedHostKey):
        // pinned without asking, and without one nothing is asked either.
        VouchesHostKeys = 0x10,
        // The platform keeps SSH identities (keys with project and tag
        // restrictions): identities(), addIdentity(), removeIdentity().
        Identities = 0x20,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;
    virtual QString name() const = 0; // unique, no dots: it prefixes workspace ids
    virtual QString kind() const = 0; // "ssh", "sandbox", "knot", "jupyterhub"
    virtual QString describe() const = 0;
    virtual Capabilities capabilities() const { return {}; }
    bool can(Capability c) const { return capabilities().testFlag(c); }

    virtual ListJob *list() = 0;
    virtual StatusJob *start(const Workspace &w);
    virtual StatusJob *stop(const Workspace &w);
    virtual StatusJob *registerKey(const PublicKey &key, const QString &comment);
    // The keys the source knows (with Capability::RegisterKeys), and
    // removing one by its fingerprint, keeping every other.
    virtual RegisteredKeysJob *registeredKeys();
    virtual StatusJob *unregisterKey(const QString &fingerprint);
    // A certificate for `key` to log in to `w`, signed by the source: one
    // OpenSSH -cert.pub line. Only with Capability::IssueCertificates.
    virtual ValueJob<QByteArray> *issueCertificate(const Workspace &w, const PublicKey &key);
    // The platform's SSH identities, keys included (Capability::Identities);
    // adding one (its name, keys and restrictions) gives it back as stored;
    // removing one by its name or id.
    virtual ValueJob<QList<SshIdentity>> *identities();
    // The same, as recent as the platform's limits allow: what a listing
    // uses to choose each workspace's key (identities() itself, unless the
    // source keeps a recent answer).
    virtual ValueJob<QList<SshIdentity>> *recentIdentities() { return identities(); }
    virtual ValueJob<SshIdentity> *addIdentity(const SshIdentity &identity);
    virtual StatusJob *removeIdentity(const QString &nameOrId);
    // A stream to the workspace's sshd; it reports opened() or closed(error).
    virtual ByteStream *openStream(const Workspace &w, QObject *parent);

    // Why the host key of `w` may have changed for a harmless reason on this
    // platform (empty: none known). Said with the refusal, never instead of it.
    virtual QString hostKeyChangeHint(const Workspace &) const { return {}; }

    // For a source being added: use this token before it is in the keychain.
    virtual void presetToken(const QByteArray &) {}

protected:
    Error unsupported(const QString &what) const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Source::Capabilities)

} // namespace keyport
