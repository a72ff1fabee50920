#include "sshidentity.h"

#include "common/jsonfile.h"
#include "common/paths.h"
#include "common/text.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace keyport {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (const QString s = item.toString(); !s.isEmpty())
            out << s;
    return out;
}

QString path()
{
    return QDir(paths::configDir()).filePath(QStringLiteral("identities.json"));
}

} // namespace

QJsonObject SshIdentity::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("key"), keyPath },
                    { QStringLiteral("projects"), strings(projects) },
                    { QStringLiteral("tags"), strings(tags) },
                    { QStringLiteral("match_all_tags"), matchAllTags } };
    if (!source.isEmpty())
        o[QStringLiteral("source")] = source;
    if (!description.isEmpty())
        o[QStringLiteral("description")] = description;
    return o;
}

SshIdentity SshIdentity::fromJson(const QJsonObject &o)
{
    SshIdentity i;
    i.name = o.value(QStringLiteral("name")).toString();
    i.source = o.value(QStringLiteral("source")).toString();
    i.keyPath = o.value(QStringLiteral("key")).toString();
    i.projects = stringsOf(o.value(QStringLiteral("projects")));
    i.projectsEnabled = !i.projects.isEmpty();
    i.tags = stringsOf(o.value(QStringLiteral("tags")));
    i.tagsEnabled = !i.tags.isEmpty();
    i.matchAllTags = o.value(QStringLiteral("match_all_tags")).toBool();
    i.description = o.value(QStringLiteral("description")).toString();
    return i;
}

QString SshIdentity::describeRestrictions() const
{
    QStringList parts;
    if (projectsEnabled)
        parts << tr("projects %1").arg(projects.join(QStringLiteral(", ")));
    if (tagsEnabled)
        parts << (matchAllTags ? tr("all of the tags %1") : tr("any of the tags %1"))
                     .arg(tags.join(QStringLiteral(", ")));
    return parts.isEmpty() ? tr("every workspace") : parts.join(QStringLiteral("; "));
}

QString SshIdentity::describeKeys(const QString &shownKey) const
{
    if (isLocal())
        return shownKey;
    const int count = int(publicKeys.size());
    if (keyPath.isEmpty())
        return tr("%n key(s), none of yours", nullptr, count);
    if (count <= 1)
        return tr("%1 (yours)").arg(shownKey);
    return tr("%1 (yours) and %n other key(s)", nullptr, count - 1).arg(shownKey);
}

QString SshIdentity::projectOf(const Workspace &w)
{
    return w.transport.projectId.isEmpty() ? w.project : w.transport.projectId;
}

Status SshIdentity::admits(const Workspace &w) const
{
    if (projectsEnabled) {
        const QString project = projectOf(w);
        // A local identity may name the project as it is shown, too.
        if (!projects.contains(project) && !(isLocal() && projects.contains(w.project)))
            return Error(ErrorCode::PermissionDenied,
                         tr("%1 is in project %2, which is not one of the projects identity \"%3\" is restricted to "
                            "(%4).")
                             .arg(w.id(), project.isEmpty() ? tr("(none)") : project, name,
                                  projects.join(QStringLiteral(", "))));
    }
    if (tagsEnabled) {
        QStringList missing, present;
        for (const QString &t : tags)
            (w.tags.contains(t) ? present : missing) << t;
        const QString has = w.tags.isEmpty() ? tr("no tags") : tr("the tags %1").arg(w.tags.join(QStringLiteral(", ")));
        if (matchAllTags && !missing.isEmpty())
            return Error(
                ErrorCode::PermissionDenied,
                tr("%1 has %2, but identity \"%3\" needs all of %4 (missing: %5).")
                    .arg(w.id(), has, name, tags.join(QStringLiteral(", ")), missing.join(QStringLiteral(", "))));
        if (!matchAllTags && present.isEmpty())
            return Error(ErrorCode::PermissionDenied, tr("%1 has %2, but identity \"%3\" needs one of %4.")
                                                          .arg(w.id(), has, name, tags.join(QStringLiteral(", "))));
    }
    return {};
}

Result<QList<SshIdentity>> sshidentities::loadLocal()
{
    auto file = readJsonFile(path());
    if (!file)
        return file.error();
    QList<SshIdentity> out;
    for (const QJsonValue &v : file->value(QStringLiteral("identities")).toArray())
        if (SshIdentity i = SshIdentity::fromJson(v.toObject()); !i.name.isEmpty())
            out << i;
    return out;
}

Status sshidentities::saveLocal(const QList<SshIdentity> &identities)
{
    QJsonArray list;
    for (const SshIdentity &i : identities)
        list.append(i.toJson());
    return writeJsonFile(path(), QJsonObject { { QStringLiteral("identities"), list } });
}

const SshIdentity *sshidentities::choose(const QList<SshIdentity> &local, const Workspace &w)
{
    if (!w.existingAlias.isEmpty())
        return nullptr;
    for (const SshIdentity &i : local)
        if ((i.source.isEmpty() || i.source == w.source) && i.admits(w).ok())
            return &i;
    return nullptr;
}

QString sshidentities::keyBlob(const QString &publicKeyLine)
{
    const QStringList parts = publicKeyLine.simplified().split(QLatin1Char(' '));
    if (parts.size() < 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return {};
    return parts[0] + QLatin1Char(' ') + parts[1];
}

sshidentities::PlatformChoice sshidentities::choosePlatform(const QList<SshIdentity> &platform,
                                                            const QHash<QString, QString> &ownKeys, const Workspace &w)
{
    if (!w.existingAlias.isEmpty())
        return {};
    for (const SshIdentity &i : platform) {
        if (!i.admits(w).ok())
            continue;
        for (const QString &line : i.publicKeys)
            if (const QString path = ownKeys.value(keyBlob(line)); !path.isEmpty())
                return { &i, path };
    }
    return {};
}

Status sshidentities::validateName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9]+((-| )[a-zA-Z0-9]+)*$"));
    if (name.size() < 3 || name.size() > 100 || !re.match(name).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     SshIdentity::tr("\"%1\" cannot be an identity's name: 3 to 100 letters and digits, words joined "
                                     "by single hyphens or spaces.")
                         .arg(printable(name, 60)));
    return {};
}

Status sshidentities::validateItem(const QString &what, const QString &item, ItemRule rule)
{
    if (rule == ItemRule::Local) {
        if (item.isEmpty() || hasControlCharacters(item) || item.size() > 100)
            return Error(
                ErrorCode::InvalidArgument,
                SshIdentity::tr("\"%1\" cannot be a %2 in an identity's restrictions.").arg(printable(item, 60), what));
        return {};
    }
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$"));
    if (item.size() < 3 || item.size() > 100 || !re.match(item).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     SshIdentity::tr("\"%1\" cannot be a %2 in an identity's restrictions: 3 to 100 letters and "
                                     "digits, words joined by single hyphens.")
                         .arg(printable(item, 60), what));
    return {};
}

} // namespace keyport
