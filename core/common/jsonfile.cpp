#include "jsonfile.h"

#include "atomicfile.h"
#include "log.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace keyport {

namespace {

// Line and column (1-based) of a byte offset, for "where it stopped parsing".
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < qMin(offset, data.size()); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

Error unreadable(const QString &path, const QString &why)
{
    Error e(ErrorCode::BadFormat,
            tr("%1 cannot be read: %2. Keyport has not changed it: fix it, or move it aside to start that file "
               "afresh.")
                .arg(path, why));
    e.path = path;
    return e;
}

} // namespace

Result<QJsonObject> readJsonFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return QJsonObject();
    if (!info.isFile())
        return unreadable(path, tr("it is not a regular file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e(ErrorCode::PermissionDenied,
                tr("%1 cannot be opened; Keyport has not changed it. Check its permissions.").arg(path),
                f.errorString());
        e.path = path;
        return e;
    }
    return parseJsonObject(f.readAll(), path);
}

Result<QJsonObject> parseJsonObject(const QByteArray &data, const QString &path)
{
    if (data.trimmed().isEmpty())
        return QJsonObject(); // an empty file holds nothing to lose
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parse.offset);
        qCWarning(lcCommon) << "cannot parse" << path << parse.errorString() << "at line" << line;
        return unreadable(path, tr("%1 at line %2, column %3").arg(parse.errorString()).arg(line).arg(column));
    }
    if (!doc.isObject())
        return unreadable(path, tr("it holds JSON, but not an object"));
    return doc.object();
}

Status writeJsonFile(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QJsonDocument(object).toJson(), FileMode::Private, Overwrite::Replace);
}

Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.broken-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.broken-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return Error(ErrorCode::Io, tr("Cannot move %1 aside to %2.").arg(path, target));
    qCInfo(lcCommon) << "moved" << path << "aside to" << target;
    return target;
}

} // namespace keyport
