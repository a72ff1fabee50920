#include "knotconfig.h"

#include "common/paths.h"
#include "common/result.h"

#include <QDir>
#include <QFile>

namespace keyport::knotconfig {

KEYPORT_NAMESPACE_TR("keyport::knotconfig")

QString defaultPath()
{
    const QString xdg =
        qEnvironmentVariable("XDG_CONFIG_HOME", QDir(paths::home()).filePath(QStringLiteral(".config")));
    return QDir(xdg).filePath(QStringLiteral("knot/knot.toml"));
}

QList<Connection> read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1.").arg(path);
        return {};
    }
    QList<Connection> out;
    QString table;
    const QString prefix = QStringLiteral("client.connection.");
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            table = QString::fromUtf8(line.mid(1, line.indexOf(']') - 1)).trimmed();
            if (table.startsWith(prefix))
                out.append({ table.mid(prefix.size()).remove(QLatin1Char('"')), {}, {} });
            continue;
        }
        if (!table.startsWith(prefix) || out.isEmpty())
            continue;
        const qsizetype eq = line.indexOf('=');
        const QByteArray key = line.left(eq).trimmed();
        QByteArray value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')))
            value = value.mid(1, value.lastIndexOf(value[0]) - 1);
        if (key == "server")
            out.last().server = QString::fromUtf8(value);
        else if (key == "token")
            out.last().token = value;
    }
    return out;
}

} // namespace keyport::knotconfig
