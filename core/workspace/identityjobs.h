#pragma once

#include "common/job.h"
#include "identity/keystore.h"
#include "model/sshidentity.h"

#include <optional>

namespace keyport {

class SourceRegistry;

namespace sshidentities {
// The user's own keys (~/.ssh) as identities compare them: keyBlob() of the
// public key -> the private key's path. Blocking: in a TaskJob.
QHash<QString, QString> ownKeys();
} // namespace sshidentities

// `identities list` and the Identities page: Keyport's own identities and
// the SSH identities of every source that keeps them (or of one source).
// A source that cannot be read is a note when all are listed, the error
// when it was the one asked for. A platform's identity that holds one of
// the user's keys names it (keyPath).
class ListIdentitiesJob : public ValueJob<QList<SshIdentity>> {
    Q_OBJECT
public:
    ListIdentitiesJob(SourceRegistry *registry, QString source = {}, QObject *parent = nullptr);
    const QStringList &notes() const { return m_notes; }

protected:
    void run() override;

private:
    void next(qsizetype index);
    void nameOwnKeys();
    SourceRegistry *m_registry;
    QString m_source;
    QList<SshIdentity> m_found;
    QStringList m_notes;
};

// `identities add NAME --key KEY ...`: on a source that keeps SSH
// identities, created there with the key's public half; for any other (or
// none), Keyport's own, which picks the key its workspaces offer. The key
// becomes the source's key when it has none yet, as a registered key does.
class AddIdentityJob : public ValueJob<SshIdentity> {
    Q_OBJECT
public:
    // `identity`: name, source, restrictions; `key`: a key's name in ~/.ssh or a path.
    AddIdentityJob(SourceRegistry *registry, SshIdentity identity, QString key, QObject *parent = nullptr);
    bool becameSourceKey() const { return m_becameSourceKey; }

protected:
    void run() override;

private:
    void added(const SshIdentity &stored);
    SourceRegistry *m_registry;
    SshIdentity m_identity;
    QString m_key;
    bool m_becameSourceKey = false;
};

// `identities remove NAME [--source S]`.
class RemoveIdentityJob : public StatusJob {
    Q_OBJECT
public:
    RemoveIdentityJob(SourceRegistry *registry, QString name, QString source = {}, QObject *parent = nullptr);

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_name, m_source;
};

} // namespace keyport

namespace keyport {

// "Why can't I log in?": the seed's checklist, walked for one workspace.
struct LoginCheck {
    enum class Result { Ok, Problem, Unknown };
    Result result = Result::Ok;
    QString text; // what was found, in words
    QString action; // for a problem: what to do about it
};
struct LoginExplanation {
    QString workspace;
    QList<LoginCheck> checks;
    // The one thing to do next: the first problem's action (empty: none found).
    QString next;
};

// Whether an error is a server refusing the login ("Permission denied
// (publickey)", "Too many authentication failures"): then explaining helps.
bool isLoginRefused(const Error &e);

// `identities explain WORKSPACE`, and what the app shows when a login
// fails: which key the workspace offers and why; whether the source knows
// that key (registered, or in one of its SSH identities) and whether the
// identity's project and tag rules admit the workspace, naming the rule that
// fails; whether SSH is enabled on the service; whether the key is in the
// agent; whether its certificate has expired.
class ExplainLoginJob : public ValueJob<LoginExplanation> {
    Q_OBJECT
public:
    ExplainLoginJob(SourceRegistry *registry, QString workspaceId, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void explain(const Workspace &w);
    void checkSource(const Workspace &w);
    void checkAgentAndCertificate(const Workspace &w);
    void add(LoginCheck::Result result, const QString &text, const QString &action = {});
    SourceRegistry *m_registry;
    QString m_id;
    LoginExplanation m_out;
    std::optional<KeyInfo> m_offered; // the key the workspace offers, with a public key
    QString keyName() const { return m_offered ? m_offered->name : QString(); }
    const PublicKey *offeredKey() const { return m_offered ? &*m_offered->publicKey : nullptr; }
};

} // namespace keyport
