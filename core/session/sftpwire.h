#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace keyport::sftp {

// SFTP version 3 (draft-ietf-secsh-filexfer-02) as OpenSSH's sftp-server
// speaks it, with the extensions Keyport uses. Pure encoding and parsing,
// no I/O: the client (sftpclient.h) sends and matches, the fuzzer feeds
// parseReply() whatever a server might send.

enum class Type : quint8 {
    Init = 1,
    Version = 2,
    Open = 3,
    Close = 4,
    Read = 5,
    Write = 6,
    Lstat = 7,
    Fstat = 8,
    Setstat = 9,
    Fsetstat = 10,
    Opendir = 11,
    Readdir = 12,
    Remove = 13,
    Mkdir = 14,
    Rmdir = 15,
    Realpath = 16,
    Stat = 17,
    Rename = 18,
    Readlink = 19,
    Symlink = 20,
    Status = 101,
    Handle = 102,
    Data = 103,
    Name = 104,
    Attrs = 105,
    Extended = 200,
    ExtendedReply = 201,
};

enum class StatusCode : quint32 {
    Ok = 0,
    Eof = 1,
    NoSuchFile = 2,
    PermissionDenied = 3,
    Failure = 4, // sftp-server maps ENOSPC, EDQUOT and EEXIST here too
    BadMessage = 5,
    NoConnection = 6,
    ConnectionLost = 7,
    OpUnsupported = 8,
};

enum OpenFlag : quint32 {
    OpenRead = 0x01,
    OpenWrite = 0x02,
    OpenAppend = 0x04, // sftp-server then ignores write offsets: never used
    OpenCreate = 0x08,
    OpenTruncate = 0x10,
    OpenExclusive = 0x20,
};

// sftp-server ends the session on any message longer than this.
constexpr quint32 kMaxMessage = 256 * 1024;
// What its limits@openssh.com reports for reads and writes (and the most a
// READ returns): a WRITE of this much fits kMaxMessage with its header.
constexpr quint32 kMaxData = 261120;
// Replies larger than this are a broken or hostile server.
constexpr quint32 kMaxReply = kMaxMessage + 1024;

struct Attributes {
    enum Flag : quint32 { Size = 0x1, UidGid = 0x2, Permissions = 0x4, AcModTime = 0x8, Extended = 0x80000000u };
    quint32 flags = 0;
    uint64_t size = 0;
    quint32 uid = 0, gid = 0;
    quint32 permissions = 0; // with the S_IFMT type bits
    quint32 atime = 0, mtime = 0; // seconds since the epoch

    bool has(Flag f) const { return flags & f; }
    bool isDirectory() const { return has(Permissions) && (permissions & 0170000) == 0040000; }
    bool isRegular() const { return has(Permissions) && (permissions & 0170000) == 0100000; }
    bool isSymlink() const { return has(Permissions) && (permissions & 0170000) == 0120000; }

    static Attributes withSize(uint64_t size);
    static Attributes withTimes(quint32 atime, quint32 mtime);
    static Attributes withPermissions(quint32 mode);
};

struct Entry {
    QByteArray name; // bytes as the server sent them: see names.h for what may be written locally
    QByteArray longName; // `ls -l` text, for display only
    Attributes attrs;
};

struct Reply {
    Type type = Type::Status;
    quint32 id = 0;
    // Status
    StatusCode status = StatusCode::Ok;
    QString message;
    // Handle, Data (the bytes), ExtendedReply (the payload after the id)
    QByteArray bytes;
    // Name
    QList<Entry> entries;
    // Attrs
    Attributes attrs;
};

struct Version {
    quint32 version = 0;
    QHash<QByteArray, QByteArray> extensions; // name -> version string
};

// One request: length, type, id, then what the encoder appends.
class Request {
public:
    Request(Type type, quint32 id);
    Request &u32(quint32 v);
    Request &u64(quint64 v);
    Request &string(const QByteArray &s);
    Request &attrs(const Attributes &a);
    // A string of n bytes the caller writes at the pointer returned (a WRITE's
    // data read straight from the file: no copy).
    char *appendString(qsizetype n);
    // Drops the end of a string appended with appendString() that was not filled.
    void shrinkLastString(qsizetype unused);
    // The whole message, length prefix included (shares the buffer: no copy).
    QByteArray finish() const;
    qsizetype size() const { return m_body.size(); }

private:
    mutable QByteArray m_body; // the length prefix first, filled in by finish()
    qsizetype m_lastString = -1; // where appendString()'s length field is
};

QByteArray initMessage();
// An EXTENDED request for `name`: append its arguments.
Request extended(quint32 id, const QByteArray &name);

// A reply message without its length prefix (type byte first). Errors are
// BadFormat with what was wrong; nothing a server sends can make it read
// past the message or allocate more than the message holds.
Result<Reply> parseReply(const QByteArray &message);
Result<Version> parseVersion(const QByteArray &message);
// limits@openssh.com's reply payload: max message, read and write lengths, open handles.
struct Limits {
    uint64_t maxMessage = kMaxMessage, maxRead = kMaxData, maxWrite = kMaxData, maxHandles = 0;
};
Result<Limits> parseLimits(const QByteArray &payload);

QString statusName(StatusCode code);
// A remote path for a message or a log: printable, however hostile its bytes.
QString printablePath(const QByteArray &path);
// Remote paths are POSIX paths: `name` inside `dir`, and the folder a path is in.
QByteArray joinPath(const QByteArray &dir, const QByteArray &name);
QByteArray parentPath(const QByteArray &path);

} // namespace keyport::sftp
