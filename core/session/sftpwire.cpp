#include "sftpwire.h"

#include "common/text.h"
#include "identity/sshwire.h"

#include <QCoreApplication>

namespace keyport::sftp {

KEYPORT_NAMESPACE_TR("keyport::sftp")

namespace {

Error malformed(const QString &what)
{
    return Error(ErrorCode::BadFormat, tr("The workspace's SFTP server sent a message Keyport cannot read."), what);
}

bool readAttrs(SshReader &r, Attributes &a)
{
    if (!r.u32(a.flags))
        return false;
    if (a.has(Attributes::Size) && !r.u64(a.size))
        return false;
    if (a.has(Attributes::UidGid) && !(r.u32(a.uid) && r.u32(a.gid)))
        return false;
    if (a.has(Attributes::Permissions) && !r.u32(a.permissions))
        return false;
    if (a.has(Attributes::AcModTime) && !(r.u32(a.atime) && r.u32(a.mtime)))
        return false;
    if (a.has(Attributes::Extended)) {
        quint32 count = 0;
        if (!r.u32(count))
            return false;
        // Each pair takes at least eight bytes: a larger count ends at the
        // first pair that is not there.
        for (quint32 i = 0; i < count; ++i) {
            QByteArray type, data;
            if (!r.string(type) || !r.string(data))
                return false;
        }
    }
    return true;
}

} // namespace

Attributes Attributes::withSize(uint64_t size)
{
    Attributes a;
    a.flags = Size;
    a.size = size;
    return a;
}

Attributes Attributes::withTimes(quint32 atime, quint32 mtime)
{
    Attributes a;
    a.flags = AcModTime;
    a.atime = atime;
    a.mtime = mtime;
    return a;
}

Attributes Attributes::withPermissions(quint32 mode)
{
    Attributes a;
    a.flags = Permissions;
    a.permissions = mode & 07777;
    return a;
}

Request::Request(Type type, quint32 id)
{
    m_body.reserve(64);
    m_body.append(4, '\0'); // the length, once known
    m_body.append(char(type));
    SshWriter w;
    w.u32(id);
    m_body.append(w.data());
}

Request &Request::u32(quint32 v)
{
    SshWriter w;
    w.u32(v);
    m_body.append(w.data());
    return *this;
}

Request &Request::u64(quint64 v)
{
    SshWriter w;
    w.u64(v);
    m_body.append(w.data());
    return *this;
}

Request &Request::string(const QByteArray &s)
{
    u32(quint32(s.size()));
    m_body.append(s);
    return *this;
}

Request &Request::attrs(const Attributes &a)
{
    u32(a.flags & ~Attributes::Extended);
    if (a.has(Attributes::Size))
        u64(a.size);
    if (a.has(Attributes::UidGid))
        u32(a.uid).u32(a.gid);
    if (a.has(Attributes::Permissions))
        u32(a.permissions);
    if (a.has(Attributes::AcModTime))
        u32(a.atime).u32(a.mtime);
    return *this;
}

char *Request::appendString(qsizetype n)
{
    u32(quint32(n));
    m_lastString = m_body.size() - 4;
    const qsizetype at = m_body.size();
    m_body.resize(at + n);
    return m_body.data() + at;
}

void Request::shrinkLastString(qsizetype unused)
{
    Q_ASSERT(m_lastString >= 0 && unused <= m_body.size() - m_lastString - 4);
    m_body.chop(unused);
    const quint32 n = quint32(m_body.size() - m_lastString - 4);
    uchar *p = reinterpret_cast<uchar *>(m_body.data() + m_lastString);
    p[0] = uchar(n >> 24), p[1] = uchar(n >> 16), p[2] = uchar(n >> 8), p[3] = uchar(n);
}

QByteArray Request::finish() const
{
    const quint32 n = quint32(m_body.size() - 4);
    uchar *p = reinterpret_cast<uchar *>(m_body.data());
    p[0] = uchar(n >> 24), p[1] = uchar(n >> 16), p[2] = uchar(n >> 8), p[3] = uchar(n);
    return m_body; // shared, not copied
}

QByteArray initMessage()
{
    SshWriter w;
    w.u32(5);
    w.u8(quint8(Type::Init));
    w.u32(3);
    return w.data();
}

Request extended(quint32 id, const QByteArray &name)
{
    Request r(Type::Extended, id);
    r.string(name);
    return r;
}

Result<Reply> parseReply(const QByteArray &message)
{
    SshReader r(message);
    quint8 type = 0;
    Reply reply;
    if (!r.u8(type) || !r.u32(reply.id))
        return malformed(QStringLiteral("truncated header"));
    reply.type = Type(type);
    switch (reply.type) {
    case Type::Status: {
        quint32 code = 0;
        if (!r.u32(code))
            return malformed(QStringLiteral("truncated status"));
        reply.status = StatusCode(code);
        // OpenSSH always sends message and language; very old servers sent neither.
        QByteArray text, lang;
        if (r.remaining() > 0 && r.string(text))
            r.string(lang);
        reply.message = printable(QString::fromUtf8(text), 300);
        return reply;
    }
    case Type::Handle:
        if (!r.string(reply.bytes) || reply.bytes.size() > 256)
            return malformed(QStringLiteral("bad handle"));
        return reply;
    case Type::Data:
        if (!r.string(reply.bytes))
            return malformed(QStringLiteral("truncated data"));
        return reply;
    case Type::Name: {
        quint32 count = 0;
        if (!r.u32(count))
            return malformed(QStringLiteral("truncated name count"));
        // An entry takes at least 12 bytes: a count beyond that is a lie,
        // and must not size an allocation.
        if (qint64(count) * 12 > r.remaining())
            return malformed(QStringLiteral("name count %1 larger than the message").arg(count));
        reply.entries.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            Entry e;
            if (!r.string(e.name) || !r.string(e.longName) || !readAttrs(r, e.attrs))
                return malformed(QStringLiteral("truncated name entry %1").arg(i));
            reply.entries.append(std::move(e));
        }
        return reply;
    }
    case Type::Attrs:
        if (!readAttrs(r, reply.attrs))
            return malformed(QStringLiteral("truncated attributes"));
        return reply;
    case Type::ExtendedReply:
        reply.bytes = r.rest();
        return reply;
    default:
        return malformed(QStringLiteral("unexpected message type %1").arg(type));
    }
}

Result<Version> parseVersion(const QByteArray &message)
{
    SshReader r(message);
    quint8 type = 0;
    Version v;
    if (!r.u8(type) || type != quint8(Type::Version) || !r.u32(v.version))
        return malformed(QStringLiteral("no VERSION"));
    while (!r.atEnd()) {
        QByteArray name, data;
        if (!r.string(name) || !r.string(data))
            return malformed(QStringLiteral("truncated extension"));
        v.extensions.insert(name, data);
    }
    return v;
}

Result<Limits> parseLimits(const QByteArray &payload)
{
    SshReader r(payload);
    Limits l;
    if (!r.u64(l.maxMessage) || !r.u64(l.maxRead) || !r.u64(l.maxWrite) || !r.u64(l.maxHandles))
        return malformed(QStringLiteral("truncated limits"));
    return l;
}

QString printablePath(const QByteArray &path)
{
    return printable(QString::fromUtf8(path), 300);
}

QByteArray joinPath(const QByteArray &dir, const QByteArray &name)
{
    return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

QByteArray parentPath(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArrayLiteral("/") : path.left(slash);
}

QString statusName(StatusCode code)
{
    switch (code) {
    case StatusCode::Ok:
        return tr("done");
    case StatusCode::Eof:
        return tr("end of file");
    case StatusCode::NoSuchFile:
        return tr("no such file or folder");
    case StatusCode::PermissionDenied:
        return tr("permission denied");
    case StatusCode::Failure:
        return tr("failed (the disk may be full, or the name taken)");
    case StatusCode::BadMessage:
        return tr("the server refused the request (a name too long?)");
    case StatusCode::NoConnection:
    case StatusCode::ConnectionLost:
        return tr("the connection was lost");
    case StatusCode::OpUnsupported:
        return tr("the server does not support this");
    }
    return tr("error %1").arg(quint32(code));
}

} // namespace keyport::sftp
