#pragma once

#include "registry.h"

#include "identity/keystore.h"

namespace keyport {

// Finds a workspace by id ("<source>.<name>"): from the cache when that is
// enough, else (or with `refresh`) by listing its source.
class FindWorkspaceJob : public ValueJob<Workspace> {
    Q_OBJECT
public:
    FindWorkspaceJob(SourceRegistry *registry, QString id, bool refresh, QObject *parent = nullptr);

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_id;
    bool m_refresh;
};

// Starts or stops a workspace through its source, then lists the source
// again (its address may only be known now); the value is the fresh workspace.
class PowerJob : public ValueJob<Workspace> {
    Q_OBJECT
public:
    enum class Action { Start, Stop };
    PowerJob(SourceRegistry *registry, Workspace workspace, Action action, QObject *parent = nullptr);

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    Workspace m_workspace;
    Action m_action;
};

// Registers a public key with a source; the key becomes the source's
// identity (its workspaces log in with it) unless one is set already.
class RegisterKeyJob : public StatusJob {
    Q_OBJECT
public:
    RegisterKeyJob(SourceRegistry *registry, QString source, KeyInfo key, QObject *parent = nullptr);
    // The key is now the source's identity.
    bool becameIdentity() const { return m_becameIdentity; }

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_source;
    KeyInfo m_key;
    bool m_becameIdentity = false;
};

// A key a source knows, and the local key that matches it (by key blob).
struct KnownKey {
    RegisteredKey registered;
    QString localName; // empty: no key in ~/.ssh matches
    QString localPath;
};

// The keys a source has registered for the user, each matched with the
// local keys: `keys registered` and the Keys page.
class ListRegisteredKeysJob : public ValueJob<QList<KnownKey>> {
    Q_OBJECT
public:
    ListRegisteredKeysJob(SourceRegistry *registry, QString source, QObject *parent = nullptr);

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_source;
};

// Removes a key from a source by its fingerprint, keeping the others.
class UnregisterKeyJob : public StatusJob {
    Q_OBJECT
public:
    UnregisterKeyJob(SourceRegistry *registry, QString source, QString fingerprint, QObject *parent = nullptr);

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_source;
    QString m_fingerprint;
};

// Removes a configured source: its config, its cached workspaces and its
// token in the keychain. The source is gone once its config is; a token that
// cannot be removed is reported in tokenNote().
class RemoveSourceJob : public StatusJob {
    Q_OBJECT
public:
    RemoveSourceJob(SourceRegistry *registry, QString name, QObject *parent = nullptr);
    const QString &tokenNote() const { return m_tokenNote; }

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_name;
    QString m_tokenNote;
};

} // namespace keyport
