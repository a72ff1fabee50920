#include "cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSocketNotifier>

#include <cstdio>

#ifndef Q_OS_WIN
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

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

#ifndef Q_OS_WIN
namespace {
int g_signalPipe[2] = { -1, -1 };
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace
#endif

void Cli::finishOnSignals()
{
#ifndef Q_OS_WIN
    // The handler only writes to a pipe; the loop reads it.
    if (g_signalPipe[0] >= 0 || ::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char signal = 0;
        if (::read(g_signalPipe[0], &signal, 1) == 1)
            finish(128 + signal);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int s : { SIGHUP, SIGTERM, SIGINT })
        ::sigaction(s, &action, nullptr);
#endif
}

} // namespace keyport::cli
