#include "sftpclient.h"

#include "common/log.h"
#include "common/text.h"
#include "identity/sshwire.h"
#include "transport/stream.h"

namespace keyport {

using namespace sftp;

namespace {

QByteArray packedIds(const QList<quint32> &ids)
{
    SshWriter w;
    for (quint32 id : ids)
        w.u32(id);
    return w.data();
}

} // namespace

SftpClient::SftpClient(ByteStream *stream, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
{
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::opened, this, [this] { m_stream->write(initMessage()); });
    connect(m_stream, &ByteStream::received, this, &SftpClient::onReceived);
    connect(m_stream, &ByteStream::drained, this, &SftpClient::drained);
    connect(m_stream, &ByteStream::closed, this, &SftpClient::onClosed);
}

SftpClient::~SftpClient()
{
    // Callbacks may point into objects going away with us: drop them unrun.
    m_pending.clear();
    m_failed = true;
    if (!m_stream->isClosed())
        m_stream->close();
}

SftpClient *SftpClient::overProcess(const QStringList &argv, QObject *parent)
{
    return new SftpClient(new ProcessStream(argv.first(), argv.mid(1), nullptr, true), parent);
}

QByteArray SftpClient::absolute(const QString &path) const
{
    const QByteArray p = path.toUtf8();
    if (p.startsWith('/'))
        return p;
    return p.isEmpty() || p == "." ? m_home : joinPath(m_home, p);
}

void SftpClient::start()
{
    m_stream->open();
}

void SftpClient::close()
{
    m_stream->close();
}

quint32 SftpClient::maxData() const
{
    // Never more than OpenSSH takes, whatever a server claims.
    quint64 n = qMin(m_limits.maxRead, m_limits.maxWrite);
    return quint32(qBound<quint64>(1024, n, kMaxData));
}

qint64 SftpClient::pendingWrite() const
{
    return m_stream->pendingWrite();
}

void SftpClient::send(quint32 id, const Request &request, Callback callback)
{
    if (m_failed) {
        callback(Error(ErrorCode::Network, tr("The SFTP session has ended.")));
        return;
    }
    // A message sftp-server would end the session for: a bug of ours.
    Q_ASSERT(quint64(request.size()) <= quint64(m_limits.maxMessage));
    m_pending.insert(id, std::move(callback));
    m_stream->write(request.finish());
}

void SftpClient::onReceived(const QByteArray &data)
{
    // Mostly nothing is left over from the last read: share it, not copy it
    // (a GiB downloaded is a GiB less memmove).
    if (m_in.isEmpty())
        m_in = data;
    else
        m_in += data;
    qsizetype at = 0;
    while (!m_failed && m_in.size() - at >= 4) {
        const auto *p = reinterpret_cast<const uchar *>(m_in.constData() + at);
        const quint32 len = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
        if (len == 0 || len > kMaxReply) {
            fail(Error(ErrorCode::BadFormat, tr("The workspace's SFTP server sent a message Keyport cannot read."),
                       QStringLiteral("length %1").arg(len)));
            return;
        }
        if (m_in.size() - at - 4 < qsizetype(len))
            break;
        const QByteArray message = m_in.mid(at + 4, len);
        at += 4 + qsizetype(len);
        handleMessage(message);
    }
    if (!m_failed)
        m_in.remove(0, at);
}

void SftpClient::handleMessage(const QByteArray &message)
{
    if (!m_gotVersion) {
        auto version = parseVersion(message);
        if (!version || version->version != 3) {
            fail(Error(ErrorCode::Unsupported,
                       tr("The workspace's SFTP server does not speak SFTP version 3 (OpenSSH's)."),
                       version ? QStringLiteral("version %1").arg(version->version) : version.error().detail));
            return;
        }
        m_gotVersion = true;
        m_version = *version;
        qCDebug(lcSftp) << "server extensions" << m_version.extensions.keys();
        readLimitsAndHome();
        return;
    }
    auto reply = parseReply(message);
    if (!reply) {
        fail(reply.error());
        return;
    }
    auto it = m_pending.find(reply->id);
    if (it == m_pending.end()) {
        fail(Error(ErrorCode::BadFormat, tr("The workspace's SFTP server sent a message Keyport cannot read."),
                   QStringLiteral("reply to unknown request %1").arg(reply->id)));
        return;
    }
    Callback callback = std::move(*it);
    m_pending.erase(it);
    callback(*reply);
}

void SftpClient::readLimitsAndHome()
{
    auto home = [this] {
        realpath(QByteArrayLiteral("."), [this](const Result<QByteArray> &path) {
            if (!path) {
                fail(path.error());
                return;
            }
            m_home = *path;
            m_ready = true;
            qCInfo(lcSftp) << "session ready, home" << printablePath(m_home) << "max data" << maxData();
            Q_EMIT ready();
        });
    };
    if (!hasExtension(QByteArrayLiteral("limits@openssh.com"))) {
        // Not OpenSSH: stay with what every server takes (sftp's own default).
        m_limits.maxRead = m_limits.maxWrite = 32768;
        home();
        return;
    }
    const quint32 id = nextId();
    send(id, extended(id, QByteArrayLiteral("limits@openssh.com")), [this, home](const Result<Reply> &reply) {
        if (reply && reply->type == Type::ExtendedReply)
            if (auto limits = parseLimits(reply->bytes)) {
                m_limits = *limits;
                m_limits.maxMessage = qMin<quint64>(m_limits.maxMessage, kMaxMessage);
            }
        home();
    });
}

void SftpClient::onClosed(const Error &error)
{
    if (!error.isError()) {
        fail(Error(ErrorCode::Network, tr("The SFTP session ended: the connection to the workspace closed.")));
        return;
    }
    if (error.code != ErrorCode::Network) {
        fail(error);
        return;
    }
    // ssh's last words (on stderr, kept by ProcessStream) say more than its
    // exit status.
    const QStringList lines = error.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString why = lines.isEmpty() ? error.message : lines.last().trimmed();
    if (m_ready) {
        fail(Error(ErrorCode::Network, tr("The connection to the workspace was lost (%1).").arg(why), error.detail));
        return;
    }
    const QString all = lines.join(QLatin1Char(' '));
    if (all.contains(QLatin1String("Host key verification failed")))
        why = tr("its host key is not the pinned one, or not pinned yet. Connect once to see and trust it.");
    else if (all.contains(QLatin1String("subsystem request failed")))
        why = tr("its SSH server offers no SFTP (no `Subsystem sftp`).");
    fail(Error(ErrorCode::Network, why, error.detail));
}

void SftpClient::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCInfo(lcSftp) << "session failed:" << error.oneLine();
    const auto pending = std::exchange(m_pending, {});
    for (const Callback &callback : pending)
        callback(error);
    if (!m_stream->isClosed())
        m_stream->close();
    Q_EMIT failed(error);
}

Status SftpClient::statusOf(const Reply &reply, const QString &what, const QByteArray &path)
{
    if (reply.type != Type::Status)
        return unexpected(reply, what);
    if (reply.status == StatusCode::Ok)
        return {};
    ErrorCode code = ErrorCode::Io;
    if (reply.status == StatusCode::NoSuchFile)
        code = ErrorCode::NotFound;
    else if (reply.status == StatusCode::PermissionDenied)
        code = ErrorCode::PermissionDenied;
    else if (reply.status == StatusCode::OpUnsupported)
        code = ErrorCode::Unsupported;
    else if (reply.status == StatusCode::NoConnection || reply.status == StatusCode::ConnectionLost)
        code = ErrorCode::Network;
    return Error(code, tr("%1 %2 on the workspace: %3.").arg(what, printablePath(path), statusName(reply.status)),
                 reply.message);
}

Error SftpClient::errorOf(const Reply &reply, const QString &what, const QByteArray &path)
{
    if (auto s = statusOf(reply, what, path); !s)
        return s.error();
    return unexpected(reply, what);
}

Error SftpClient::unexpected(const Reply &reply, const QString &what)
{
    return Error(ErrorCode::BadFormat,
                 tr("%1: the workspace's SFTP server gave an answer that does not fit.").arg(what),
                 QStringLiteral("message type %1").arg(int(reply.type)));
}

void SftpClient::realpath(const QByteArray &path, std::function<void(const Result<QByteArray> &)> done)
{
    const quint32 id = nextId();
    send(id, Request(Type::Realpath, id).string(path), [done, path](const Result<Reply> &reply) {
        if (!reply)
            return done(reply.error());
        if (reply->type == Type::Name && reply->entries.size() == 1)
            return done(reply->entries.first().name);
        done(errorOf(*reply, tr("Cannot resolve"), path));
    });
}

void SftpClient::stat(const QByteArray &path, bool followLinks, std::function<void(const Result<Attributes> &)> done)
{
    const quint32 id = nextId();
    send(id, Request(followLinks ? Type::Stat : Type::Lstat, id).string(path),
         [done, path](const Result<Reply> &reply) {
             if (!reply)
                 return done(reply.error());
             if (reply->type == Type::Attrs)
                 return done(reply->attrs);
             done(errorOf(*reply, tr("Cannot look at"), path));
         });
}

void SftpClient::listDirectory(const QByteArray &path, std::function<void(const Result<QList<Entry>> &)> done)
{
    const quint32 id = nextId();
    send(id, Request(Type::Opendir, id).string(path), [this, done, path](const Result<Reply> &opened) {
        if (!opened)
            return done(opened.error());
        if (opened->type != Type::Handle) {
            return done(errorOf(*opened, tr("Cannot list"), path));
        }
        const QByteArray handle = opened->bytes;
        auto entries = std::make_shared<QList<Entry>>();
        auto closeThen = [this, handle](std::function<void()> then) {
            const quint32 closeId = nextId();
            send(closeId, Request(Type::Close, closeId).string(handle), [then](const Result<Reply> &) { then(); });
        };
        // READDIR until EOF; sftp-server sends at most 100 entries a time.
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, next, handle, entries, done, path, closeThen] {
            const quint32 readId = nextId();
            send(readId, Request(Type::Readdir, readId).string(handle),
                 [next, entries, done, path, closeThen](const Result<Reply> &reply) {
                     if (!reply) {
                         *next = nullptr;
                         return done(reply.error());
                     }
                     if (reply->type == Type::Name) {
                         for (const Entry &e : reply->entries)
                             if (e.name != "." && e.name != "..")
                                 entries->append(e);
                         (*next)();
                         return;
                     }
                     auto finishWith = [next, done, entries](const Result<QList<Entry>> &r) {
                         *next = nullptr; // breaks the cycle
                         done(r);
                     };
                     if (reply->type == Type::Status && reply->status == StatusCode::Eof)
                         return closeThen([finishWith, entries] { finishWith(*entries); });
                     const Error e = errorOf(*reply, tr("Cannot list"), path);
                     closeThen([finishWith, e] { finishWith(e); });
                 });
        };
        (*next)();
    });
}

void SftpClient::readLink(const QByteArray &path, std::function<void(const Result<QByteArray> &)> done)
{
    const quint32 id = nextId();
    send(id, Request(Type::Readlink, id).string(path), [done, path](const Result<Reply> &reply) {
        if (!reply)
            return done(reply.error());
        if (reply->type == Type::Name && reply->entries.size() == 1)
            return done(reply->entries.first().name);
        done(errorOf(*reply, tr("Cannot read the link"), path));
    });
}

void SftpClient::makeDirectory(const QByteArray &path, std::function<void(const Status &)> done)
{
    const quint32 id = nextId();
    send(id, Request(Type::Mkdir, id).string(path).attrs({}), [done, path](const Result<Reply> &reply) {
        done(reply ? statusOf(*reply, tr("Cannot create the folder"), path) : Status(reply.error()));
    });
}

void SftpClient::remove(const QByteArray &path, bool directory, std::function<void(const Status &)> done)
{
    const quint32 id = nextId();
    send(id, Request(directory ? Type::Rmdir : Type::Remove, id).string(path),
         [done, path](const Result<Reply> &reply) {
             done(reply ? statusOf(*reply, tr("Cannot delete"), path) : Status(reply.error()));
         });
}

void SftpClient::rename(const QByteArray &from, const QByteArray &to, bool replace,
                        std::function<void(const Status &)> done)
{
    const quint32 id = nextId();
    const bool posix = replace && hasExtension(QByteArrayLiteral("posix-rename@openssh.com"));
    // Plain RENAME never replaces (sftp-server links, then unlinks): the
    // no-clobber choice. Without posix-rename, replacing is remove + rename.
    if (replace && !posix) {
        remove(to, false, [this, from, to, done](const Status &) { rename(from, to, false, done); });
        return;
    }
    const Request request = posix ? extended(id, QByteArrayLiteral("posix-rename@openssh.com")).string(from).string(to)
                                  : Request(Type::Rename, id).string(from).string(to);
    send(id, request, [done, to](const Result<Reply> &reply) {
        done(reply ? statusOf(*reply, tr("Cannot rename to"), to) : Status(reply.error()));
    });
}

void SftpClient::setAttributes(const QByteArray &path, const Attributes &attrs,
                               std::function<void(const Status &)> done)
{
    const quint32 id = nextId();
    send(id, Request(Type::Setstat, id).string(path).attrs(attrs), [done, path](const Result<Reply> &reply) {
        done(reply ? statusOf(*reply, tr("Cannot set the attributes of"), path) : Status(reply.error()));
    });
}

void SftpClient::usersGroupsById(const QList<quint32> &uids, const QList<quint32> &gids,
                                 std::function<void(const Result<IdNames> &)> done)
{
    static const QByteArray name = QByteArrayLiteral("users-groups-by-id@openssh.com");
    if (!hasExtension(name))
        return done(Error(ErrorCode::Unsupported, tr("The workspace's SFTP server does not look up user names.")));
    if (uids.size() > kMaxIdsAsked || gids.size() > kMaxIdsAsked)
        return done(Error(ErrorCode::InvalidArgument, tr("Too many user ids to look up at once.")));
    const quint32 id = nextId();
    const qsizetype users = uids.size(), groups = gids.size();
    send(id, extended(id, name).string(packedIds(uids)).string(packedIds(gids)),
         [done, users, groups](const Result<Reply> &reply) {
             if (!reply)
                 return done(reply.error());
             if (reply->type != Type::ExtendedReply)
                 return done(errorOf(*reply, tr("Cannot look up user names"), {}));
             done(parseIdNames(reply->bytes, users, groups));
         });
}

Result<SftpClient::IdNames> SftpClient::parseIdNames(const QByteArray &payload, qsizetype users, qsizetype groups)
{
    const Error malformed(ErrorCode::BadFormat, tr("The workspace's SFTP server sent user names Keyport cannot read."));
    SshReader outer(payload);
    QByteArray packed[2];
    if (!outer.string(packed[0]) || !outer.string(packed[1]))
        return malformed;
    IdNames names;
    QList<QByteArray> *lists[2] = { &names.users, &names.groups };
    const qsizetype counts[2] = { users, groups };
    for (int i = 0; i < 2; ++i) {
        SshReader r(packed[i]);
        // Counted against what was asked: a server cannot make the list grow.
        for (qsizetype n = 0; n < counts[i]; ++n) {
            QByteArray s;
            if (!r.string(s))
                return malformed;
            lists[i]->append(s);
        }
        if (!r.atEnd())
            return malformed;
    }
    return names;
}

} // namespace keyport
