#pragma once

#include <QList>
#include <QString>

namespace keyport::knotconfig {

// One [client.connection.<alias>] table of knot's own client config.
struct Connection {
    QString alias;
    QString server;
    QByteArray token;
};

// $XDG_CONFIG_HOME/knot/knot.toml (where knot's CLI keeps its connections).
QString defaultPath();
// Reads the part of knot's TOML Keyport imports; `error` is set when the file cannot be read.
QList<Connection> read(const QString &path, QString *error);

} // namespace keyport::knotconfig
