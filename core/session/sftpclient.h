#pragma once

#include "common/result.h"
#include "session/sftpwire.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace keyport {

class ByteStream;

// An SFTP v3 client over any byte stream: OpenSSH's `ssh -s ... sftp` in a
// child process for workspaces (so the key, agent, certificate, pinned host
// key and tunnel are exactly Connect's), or sftp-server itself over pipes.
//
// Requests are pipelined: send() returns at once and the callback runs when
// the reply with the same id arrives, or with an error when the stream ends
// first. Replies may come in any order. The client never sends a message
// larger than the server takes (256 KiB for OpenSSH) and refuses replies
// that are malformed or larger than kMaxReply. Event-driven and
// non-blocking: it lives on one thread, with the jobs that use it.
class SftpClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<sftp::Reply> &)>;

    // Takes ownership of the stream (not opened yet).
    explicit SftpClient(ByteStream *stream, QObject *parent = nullptr);
    // A session over `argv` (ssh ... -s sftp): its stderr is kept, so that a
    // session that cannot start says why in ssh's words.
    static SftpClient *overProcess(const QStringList &argv, QObject *parent = nullptr);
    ~SftpClient() override;

    // Opens the stream, says INIT, reads the server's VERSION and limits and
    // the remote home folder; then ready(), or failed() with why.
    void start();
    bool isReady() const { return m_ready; }
    // Ends the session (closes the stream; pending callbacks get an error).
    void close();

    // The remote home folder (REALPATH of "."), known once ready.
    QByteArray home() const { return m_home; }
    // A path as scp and sftp take it: absolute, or relative to the home folder.
    QByteArray absolute(const QString &path) const;
    const sftp::Limits &limits() const { return m_limits; }
    bool hasExtension(const QByteArray &name) const { return m_version.extensions.contains(name); }
    // The most data a READ or WRITE carries.
    quint32 maxData() const;

    quint32 nextId() { return m_nextId++; }
    // Sends a request built with an id from nextId().
    void send(quint32 id, const sftp::Request &request, Callback callback);
    int pendingRequests() const { return int(m_pending.size()); }
    // Bytes the stream has not written yet: callers keep it bounded.
    qint64 pendingWrite() const;

    // Common requests. Errors name the path and say what the server said.
    void realpath(const QByteArray &path, std::function<void(const Result<QByteArray> &)> done);
    void stat(const QByteArray &path, bool followLinks, std::function<void(const Result<sftp::Attributes> &)> done);
    void listDirectory(const QByteArray &path, std::function<void(const Result<QList<sftp::Entry>> &)> done);
    void readLink(const QByteArray &path, std::function<void(const Result<QByteArray> &)> done);
    void makeDirectory(const QByteArray &path, std::function<void(const Status &)> done);
    void remove(const QByteArray &path, bool directory, std::function<void(const Status &)> done);
    // Replaces `to` when it exists and `replace` is set (posix-rename@openssh.com,
    // atomic); else fails when it exists (plain RENAME).
    void rename(const QByteArray &from, const QByteArray &to, bool replace, std::function<void(const Status &)> done);
    void setAttributes(const QByteArray &path, const sftp::Attributes &attrs, std::function<void(const Status &)> done);

    // User and group names for ids, as the server's system knows them
    // (users-groups-by-id@openssh.com, OpenSSH 9.1 and later): in the order
    // asked, an empty name for an id it does not know. Unsupported when the
    // server does not offer the extension (see hasExtension()).
    struct IdNames {
        QList<QByteArray> users, groups;
    };
    static constexpr qsizetype kMaxIdsAsked = 1024; // each list: the request stays far below kMaxMessage
    void usersGroupsById(const QList<quint32> &uids, const QList<quint32> &gids,
                         std::function<void(const Result<IdNames> &)> done);
    // The reply's payload (after the id): two strings, each a packed list of
    // strings. Counts other than the ones asked for are malformed.
    static Result<IdNames> parseIdNames(const QByteArray &payload, qsizetype users, qsizetype groups);

    // A STATUS reply as a Status: Ok is success, anything else an error
    // saying what failed on `path` in words a person can act on.
    static Status statusOf(const sftp::Reply &reply, const QString &what, const QByteArray &path);
    static Error unexpected(const sftp::Reply &reply, const QString &what);
    // A reply that is not the one asked for: the server's error when it is a
    // failed STATUS, else unexpected().
    static Error errorOf(const sftp::Reply &reply, const QString &what, const QByteArray &path);

Q_SIGNALS:
    void ready();
    // The session could not start, or ended while in use. Once.
    void failed(const keyport::Error &error);
    // The stream has room for more writes again.
    void drained();

private:
    void onReceived(const QByteArray &data);
    void onClosed(const Error &error);
    void handleMessage(const QByteArray &message);
    void fail(const Error &error);
    void readLimitsAndHome();

    ByteStream *m_stream;
    QByteArray m_in;
    QHash<quint32, Callback> m_pending;
    quint32 m_nextId = 1;
    sftp::Version m_version;
    sftp::Limits m_limits;
    QByteArray m_home;
    bool m_gotVersion = false;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace keyport
