#include "cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace keyport::cli {

void Cli::out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void Cli::note(const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int Cli::usage(const QString &message, const QString &synopsis)
{
    note(QStringLiteral("keyport-cli: %1").arg(message));
    if (!synopsis.isEmpty())
        note(QStringLiteral("usage: %1").arg(synopsis));
    return kExitUsage;
}

int Cli::fail(const Error &error)
{
    // One line: the reason a person can act on, then technical detail.
    QString line = error.oneLine();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    note(QStringLiteral("keyport-cli: %1").arg(line));
    return kExitFailure;
}

void Cli::finish(int code)
{
    QCoreApplication::exit(code);
}

} // namespace keyport::cli
