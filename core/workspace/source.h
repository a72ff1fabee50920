#pragma once

#include "workspace.h"

#include "common/job.h"
#include "identity/publickey.h"

#include <QList>

namespace keyport {

class ByteStream;

// The outcome of listing one source.
class ListJob : public Job {
    Q_OBJECT
public:
    using Job::Job;
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    void done(QList<Workspace> workspaces)
    {
        m_workspaces = std::move(workspaces);
        finish();
    }
    void fail(const Error &e) { finish(e); }

protected:
    void run() override {}

private:
    QList<Workspace> m_workspaces;
};

// A job whose work is done by someone else calling done()/fail().
class PromiseJob : public Job {
    Q_OBJECT
public:
    using Job::Job;
    void done(const Error &e = {}) { finish(e); }

protected:
    void run() override {}
};

// Where workspaces come from: lists them, may start/stop them and register a
// public key, and opens byte streams to their sshd.
class Source : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString name() const = 0; // unique, no dots: it prefixes workspace ids
    virtual QString kind() const = 0; // "ssh", "sandbox", "knot", "jupyterhub"
    virtual QString describe() const = 0;

    // Starts listing; the job finishes exactly once.
    virtual ListJob *list() = 0;
    virtual Job *start(const Workspace &w);
    virtual Job *stop(const Workspace &w);
    virtual Job *registerKey(const PublicKey &key, const QString &comment);
    // A stream to the workspace's sshd; it reports opened() or closed(error).
    virtual ByteStream *openStream(const Workspace &w, QObject *parent);

    // For a source being added: use this token before it is in the keychain.
    virtual void presetToken(const QByteArray &) {}

protected:
    Job *unsupported(const QString &what);
};

} // namespace keyport
