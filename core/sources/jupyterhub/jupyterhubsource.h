#pragma once

#include "sources/httpapi.h"
#include "workspace/source.h"

#include <optional>

namespace keyport {

// A JupyterHub: the user's default and named servers (stopped ones too),
// start/stop following the progress stream, SSH through jupyter-sshd-proxy at
// /user/<name>[/<server>]/sshd/, keys through the Jupyter contents API.
class JupyterHubSource : public Source {
    Q_OBJECT
public:
    JupyterHubSource(SourceConfig config, QObject *parent);
    QString name() const override { return m_config.name; }
    QString kind() const override { return QStringLiteral("jupyterhub"); }
    QString describe() const override { return tr("JupyterHub %1 (user %2)").arg(m_config.url, m_config.hubUser); }

    Capabilities capabilities() const override
    {
        return Capability::StartStop | Capability::RegisterKeys | Capability::Tunnel;
    }

    ListJob *list() override;
    StatusJob *start(const Workspace &w) override;
    StatusJob *stop(const Workspace &w) override;
    StatusJob *registerKey(const PublicKey &key, const QString &comment) override;
    RegisteredKeysJob *registeredKeys() override;
    StatusJob *unregisterKey(const QString &fingerprint) override;
    ByteStream *openStream(const Workspace &w, QObject *parent) override;
    void presetToken(const QByteArray &token) override { m_api->setToken(token); }

    // The commands that authorise a key by hand, in a hub terminal.
    static QString manualCommands(const PublicKey &key);

    // The replies of the hub's API, parsed without side effects (and fuzzed):
    // hostile input gives an Error or safe values.

    // GET /hub/api/user: the user's servers as workspaces of `config`'s source;
    // an error when the token belongs to another user than config.hubUser.
    static Result<QList<Workspace>> parseUser(const QByteArray &body, const SourceConfig &config);
    // GET /hub/api/user: true when `server` ("" for the default) is stopped or no longer pending.
    static Result<bool> parseStopped(const QByteArray &body, const QString &server);
    // GET <server>/api/contents/<file>?format=text: the file's text.
    static Result<QString> parseContents(const QByteArray &body);
    // An error answer's message, printable and redacted ("" when there is none).
    static QString parseErrorMessage(const QByteArray &body);

    // One line of a server's spawn progress stream (text/event-stream, each
    // event a line `data: {json}`).
    struct ProgressEvent {
        enum class Kind {
            None, // not an event: a blank line, a keep-alive comment, another field
            Progress,
            Ready, // the last event: the server runs
            Failed, // the last event: the spawn failed, message says why
        };
        Kind kind = Kind::None;
        int percent = -1; // 0..100; -1 when the hub did not say
        QString message; // printable, secrets redacted
    };
    // An error for a data line that is not a JSON object.
    static Result<ProgressEvent> parseProgressEvent(const QByteArray &line);

private:
    QString serverName(const Workspace &w) const; // "" for the default server
    QString serverPath(const QString &server) const; // /user/<u>[/<s>]/
    QString apiPath(const QString &server) const; // /hub/api/users/<u>/server(s/<s>)
    void listInto(ListJob *job);
    // ~/.ssh/authorized_keys, through the contents API of a running server.
    struct AuthorizedKeys {
        QString path; // <server>/api/contents/.ssh/authorized_keys
        std::optional<QString> text; // nullopt: there is no such file
    };
    using AuthorizedKeysJob = ValueJob<AuthorizedKeys>;
    // Reads the file; `noServer` and `hidden` are the errors when no server
    // runs and when the server refuses hidden files.
    AuthorizedKeysJob *readAuthorizedKeys(const QString &noServer, const QString &hidden);
    StatusJob *writeAuthorizedKeys(const QString &path, const QString &text);
    QString noServerToRead() const; // the error when no server runs to read the file in
    void waitUntilStopped(StatusJob *job, const QString &server, int attempts);
    void followProgress(StatusJob *job, const QString &server, const Workspace &w);
    SourceConfig m_config;
    HttpApi *m_api;
};

} // namespace keyport
