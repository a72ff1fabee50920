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
    bool inConnection = false; // the keys that follow belong to out.last()
    const QString prefix = QStringLiteral("client.connection.");
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            // A table header; one without its "]", or naming no connection,
            // ends the previous table all the same (TOML's rules).
            const qsizetype close = line.indexOf(']');
            const QString table = close > 0 ? QString::fromUtf8(line.mid(1, close - 1)).trimmed() : QString();
            const QString alias =
                table.startsWith(prefix) ? table.mid(prefix.size()).remove(QLatin1Char('"')) : QString();
            inConnection = !alias.trimmed().isEmpty();
            if (inConnection)
                out.append({ alias, {}, {} });
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (!inConnection || eq < 0)
            continue;
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
