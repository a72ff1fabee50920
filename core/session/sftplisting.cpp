#include "sftplisting.h"

#include "common/log.h"
#include "common/text.h"
#include "session/sftpclient.h"

#include <QHash>
#include <QMimeDatabase>
#include <QSet>

namespace keyport {

using namespace sftp;

namespace {

constexpr int kInFlight = 64;
constexpr int kMaxOwnerLength = 64;

bool isModeString(const QByteArray &s)
{
    // "drwxr-xr-x", maybe with a trailing "+" or "@" (ACLs, extended attributes).
    if (s.size() < 10 || s.size() > 11 || !QByteArrayView("-dlcbpsD").contains(s[0]))
        return false;
    for (int i = 1; i < 10; ++i)
        if (!QByteArrayView("rwxsStTl-").contains(s[i]))
            return false;
    return true;
}

QString typeOf(const RemoteEntry &e, QHash<QString, QString> &bySuffix)
{
    auto plain = [&bySuffix](const Attributes &a, const QByteArray &name) -> QString {
        if (a.isDirectory())
            return SftpListJob::tr("Folder");
        switch (a.permissions & 0170000) {
        case 0140000:
            return SftpListJob::tr("Socket");
        case 0010000:
            return SftpListJob::tr("Named pipe");
        case 0020000:
        case 0060000:
            return SftpListJob::tr("Device");
        default:
            break;
        }
        // By name only: the file's contents are on the workspace.
        const QString n = QString::fromUtf8(name);
        const qsizetype dot = n.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 ? n.mid(dot + 1).toLower() : QString();
        if (suffix.isEmpty() || suffix.size() > 16)
            return SftpListJob::tr("File");
        auto it = bySuffix.constFind(suffix);
        if (it == bySuffix.constEnd()) {
            static const QMimeDatabase db;
            const QMimeType mime = db.mimeTypeForFile(QStringLiteral("x.") + suffix, QMimeDatabase::MatchExtension);
            it = bySuffix.insert(suffix, mime.isDefault() || mime.comment().isEmpty() ? SftpListJob::tr("File")
                                                                                      : mime.comment());
        }
        return *it;
    };
    if (!e.link)
        return plain(e.attrs, e.name);
    if (!e.target)
        return SftpListJob::tr("Broken link");
    return e.target->isDirectory() ? SftpListJob::tr("Link to folder")
                                   : SftpListJob::tr("Link to %1").arg(plain(*e.target, e.linkTarget));
}

} // namespace

LongNameOwner ownerFromLongName(const QByteArray &longName)
{
    // "-rw-r--r--    1 alice    staff        1234 Jan  1 12:00 name": the
    // third and fourth fields, only when the first two are a mode and a
    // link count. The rest (the name) may hold anything.
    const QList<QByteArray> fields = longName.simplified().split(' ');
    if (fields.size() < 5 || !isModeString(fields[0]))
        return {};
    bool isCount = false;
    fields[1].toUInt(&isCount);
    if (!isCount)
        return {};
    return { printable(QString::fromUtf8(fields[2]), kMaxOwnerLength),
             printable(QString::fromUtf8(fields[3]), kMaxOwnerLength) };
}

SftpListJob::SftpListJob(SftpClient *client, QByteArray path, Options options, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_options(options)
    , m_requests(kInFlight, [this] {
        pump();
        maybeDone();
    })
{
    m_listing.path = std::move(path);
}

void SftpListJob::run()
{
    if (!m_client || !m_client->isReady())
        return finish(Error(ErrorCode::Network, SftpClient::tr("The SFTP session has ended.")));
    QPointer<SftpListJob> self(this);
    m_client->listDirectory(m_listing.path, [self](const Result<QList<Entry>> &entries) {
        if (!self || self->isFinished())
            return;
        if (!entries)
            return self->finish(entries.error());
        self->listed(*entries);
    });
}

void SftpListJob::listed(const QList<Entry> &entries)
{
    m_listing.entries.reserve(entries.size());
    for (const Entry &e : entries) {
        if (e.name.startsWith('.') && !m_options.hidden) {
            ++m_listing.hiddenCount;
            continue;
        }
        RemoteEntry r;
        r.name = e.name;
        r.attrs = e.attrs; // READDIR's attributes are lstat's: a link is a link here
        r.link = e.attrs.isSymlink();
        m_listing.entries.append(r);
        m_longNames.append(e.longName);
    }
    resolveOwners();
    resolveLinks();
    m_queuedAll = true;
    maybeDone();
}

void SftpListJob::resolveOwners()
{
    QList<quint32> uids, gids;
    {
        QSet<quint32> u, g;
        for (const RemoteEntry &e : std::as_const(m_listing.entries))
            if (e.attrs.has(Attributes::UidGid)) {
                u.insert(e.attrs.uid);
                g.insert(e.attrs.gid);
            }
        uids = u.values();
        gids = g.values();
    }
    auto fromLongNames = [this](const QHash<quint32, QString> &users, const QHash<quint32, QString> &groups) {
        for (qsizetype i = 0; i < m_listing.entries.size(); ++i) {
            RemoteEntry &e = m_listing.entries[i];
            if (!e.attrs.has(Attributes::UidGid))
                continue;
            e.owner = users.value(e.attrs.uid);
            e.group = groups.value(e.attrs.gid);
            if (e.owner.isEmpty() || e.group.isEmpty()) {
                const LongNameOwner o = ownerFromLongName(m_longNames.value(i));
                if (e.owner.isEmpty())
                    e.owner = o.user.isEmpty() ? QString::number(e.attrs.uid) : o.user;
                if (e.group.isEmpty())
                    e.group = o.group.isEmpty() ? QString::number(e.attrs.gid) : o.group;
            }
        }
    };
    if (uids.isEmpty())
        return;
    if (!m_client->hasExtension(QByteArrayLiteral("users-groups-by-id@openssh.com"))
        || uids.size() > SftpClient::kMaxIdsAsked || gids.size() > SftpClient::kMaxIdsAsked) {
        fromLongNames({}, {});
        return;
    }
    QPointer<SftpListJob> self(this);
    enqueue([self, uids, gids, fromLongNames](std::function<void()> done) {
        self->m_client->usersGroupsById(
            uids, gids, [self, uids, gids, fromLongNames, done](const Result<SftpClient::IdNames> &names) {
                if (!self || self->isFinished())
                    return;
                QHash<quint32, QString> users, groups;
                if (names) {
                    for (qsizetype i = 0; i < uids.size(); ++i)
                        if (!names->users[i].isEmpty())
                            users.insert(uids[i], printable(QString::fromUtf8(names->users[i]), kMaxOwnerLength));
                    for (qsizetype i = 0; i < gids.size(); ++i)
                        if (!names->groups[i].isEmpty())
                            groups.insert(gids[i], printable(QString::fromUtf8(names->groups[i]), kMaxOwnerLength));
                } else {
                    qCDebug(lcSftp) << "users-groups-by-id:" << names.error().oneLine();
                }
                fromLongNames(users, groups);
                done();
            });
    });
}

void SftpListJob::resolveLinks()
{
    QPointer<SftpListJob> self(this);
    for (qsizetype i = 0; i < m_listing.entries.size(); ++i) {
        if (!m_listing.entries[i].link)
            continue;
        const QByteArray path = joinPath(m_listing.path, m_listing.entries[i].name);
        enqueue([self, i, path](std::function<void()> done) {
            self->m_client->readLink(path, [self, i, done](const Result<QByteArray> &target) {
                if (!self || self->isFinished())
                    return;
                if (!target && target.error().code == ErrorCode::Network)
                    return self->finish(target.error());
                if (target)
                    self->m_listing.entries[i].linkTarget = *target;
                done();
            });
        });
        enqueue([self, i, path](std::function<void()> done) {
            // What it points to (STAT follows): a dangling link has no attributes.
            self->m_client->stat(path, true, [self, i, done](const Result<Attributes> &attrs) {
                if (!self || self->isFinished())
                    return;
                if (!attrs && attrs.error().code == ErrorCode::Network)
                    return self->finish(attrs.error());
                if (attrs) {
                    RemoteEntry &e = self->m_listing.entries[i];
                    e.target = *attrs;
                    if (self->m_options.followLinks)
                        e.attrs = *attrs;
                }
                done();
            });
        });
    }
}

void SftpListJob::enqueue(RequestWindow::Request request)
{
    m_requests.add(std::move(request));
    pump();
}

void SftpListJob::pump()
{
    if (!isFinished() && !m_client)
        return finish(Error(ErrorCode::Network, SftpClient::tr("The SFTP session has ended.")));
    m_requests.send([this] { return !isFinished() && m_client; });
}

void SftpListJob::maybeDone()
{
    if (isFinished() || !m_queuedAll || !m_requests.isIdle())
        return;
    QHash<QString, QString> types;
    for (RemoteEntry &e : m_listing.entries)
        e.type = typeOf(e, types);
    qCDebug(lcSftp) << "listed" << printablePath(m_listing.path) << m_listing.entries.size() << "entries,"
                    << m_listing.hiddenCount << "hidden";
    finish();
}

} // namespace keyport
