#include "northflankproxy.h"

#include "common/atomicfile.h"
#include "common/job.h"
#include "common/log.h"
#include "common/secret.h"
#include "common/text.h"
#include "sources/httpapi.h"
#include "transport/redaction.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThreadPool>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/types.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace keyport {

int NorthflankCliProxy::startTimeoutMs = 30000;
int NorthflankCliProxy::lingerMs = 5000;

namespace {

constexpr qsizetype kKeptOutput = 16 << 10;
const QLatin1String kHomePrefix("keyport-northflank-");

QString cliProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("northflank"));
}

// Private HOMEs live in the user's runtime directory (tmpfs, 0700, gone at
// logout) and are named by the process that made them, so one left behind
// by a process that died is removed by the next run.
QString homesDir()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

void removeStaleHomes(const QString &dir)
{
#ifndef Q_OS_WIN
    const QStringList names =
        QDir(dir).entryList({ kHomePrefix + QLatin1Char('*') }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(kHomePrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(dir + QLatin1Char('/') + name).removeRecursively();
    }
#else
    Q_UNUSED(dir)
#endif
}

// Makes the private HOME with the login file in it; returns its path.
Result<QString> makeHome(QByteArray token, const QString &host)
{
    const QString dir = homesDir();
    removeStaleHomes(dir);
    QTemporaryDir home(QStringLiteral("%1/%2%3-XXXXXX").arg(dir, kHomePrefix).arg(QCoreApplication::applicationPid()));
    if (!home.isValid())
        return Error(
            ErrorCode::Io,
            NorthflankCliProxy::tr("Keyport could not make a private folder for Northflank's CLI in %1.").arg(dir),
            home.errorString());
    QByteArray file = NorthflankCliProxy::loginFile(token, host);
    wipe(token);
    const QString config = home.path() + QStringLiteral("/.northflank");
    Status written =
        QDir().mkdir(config)
            ? writeFileAtomically(config + QStringLiteral("/config.json"), file, FileMode::Private, Overwrite::Replace)
            : Status(Error(ErrorCode::Io, NorthflankCliProxy::tr("Could not create %1.").arg(config)));
    wipe(file);
    if (!written)
        return written.error();
    home.setAutoRemove(false);
    return home.path();
}

QString withoutColours(const QByteArray &output)
{
    static const QRegularExpression csi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    return QString::fromUtf8(output).remove(csi);
}

// The last few lines the CLI printed, in plain text.
QString lastLines(const QString &text, int count = 4)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (const QString t = printable(line.trimmed(), 300); !t.isEmpty())
            lines << t;
    return lines.mid(qMax<qsizetype>(0, lines.size() - count)).join(QLatin1Char(' '));
}

// What the CLI said last, in plain text and without the token.
QString saidBy(const QByteArray &output, const QByteArray &token)
{
    return lastLines(redactSecrets(withoutColours(output), { token }));
}

} // namespace

NorthflankCliProxy::NorthflankCliProxy(HttpApi *api, QString workspace, QString projectId, QString serviceId,
                                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_workspace(std::move(workspace))
    , m_projectId(std::move(projectId))
    , m_serviceId(std::move(serviceId))
{
    m_timeout.setSingleShot(true);
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, &NorthflankCliProxy::stop);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Error(ErrorCode::Timeout,
                   tr("Northflank's CLI did not start an SSH proxy to %1 within %n second(s). %2", nullptr,
                      startTimeoutMs / 1000)
                       .arg(m_workspace, saidBy(m_output, m_token)),
                   QStringLiteral("northflank ssh service --proxyOnly")));
    });
}

NorthflankCliProxy::~NorthflankCliProxy()
{
    // Going away with the program (an app or a forwarder that ends): the CLI
    // and its token file go too, now.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
#ifndef Q_OS_WIN
        ::kill(pid_t(m_process->processId()), SIGINT);
        if (!m_process->waitForFinished(2000))
#endif
            m_process->kill();
        m_process->waitForFinished(1000);
    }
    if (!m_home.isEmpty())
        QDir(m_home).removeRecursively();
    wipe(m_token);
}

QString NorthflankCliProxy::installText()
{
    return tr("Keyport reaches Northflank services through Northflank's CLI, version 0.10 or later (the first with "
              "`northflank ssh`). Install or update it with `npm install -g @northflank/cli`, make sure `northflank` "
              "is on your PATH, and try again.");
}

QByteArray NorthflankCliProxy::loginFile(const QByteArray &token, const QString &host)
{
    // The shape of the CLI's own file; a recent lastUpdateCheck keeps it from
    // asking npm for updates on every run.
    const QJsonObject context { { QStringLiteral("name"), QStringLiteral("keyport") },
                                { QStringLiteral("token"), QString::fromUtf8(token) },
                                { QStringLiteral("host"), host } };
    return QJsonDocument(QJsonObject { { QStringLiteral("current"), QStringLiteral("keyport") },
                                       { QStringLiteral("contexts"), QJsonArray { context } },
                                       { QStringLiteral("lastUpdateCheck"), QDateTime::currentMSecsSinceEpoch() } })
        .toJson(QJsonDocument::Compact);
}

std::optional<NorthflankCliProxy::Endpoint> NorthflankCliProxy::parseEndpoint(const QByteArray &output)
{
    static const QRegularExpression line(
        QStringLiteral("SSH proxy started on endpoint:\\s*\\[?([0-9A-Za-z.:-]+?)\\]?:([0-9]{1,5})\\b"));
    const QRegularExpressionMatch m = line.match(withoutColours(output));
    if (!m.hasMatch())
        return std::nullopt;
    const uint port = m.captured(2).toUInt();
    if (port == 0 || port > 65535)
        return std::nullopt;
    return Endpoint { m.captured(1), quint16(port) };
}

Error NorthflankCliProxy::failure(const QString &workspace, const QByteArray &output, const QByteArray &token)
{
    const QString said = saidBy(output, token);
    // commander's words for a subcommand or option it does not know.
    static const QRegularExpression tooOld(QStringLiteral("unknown (command|option)[^\\n]*(ssh|proxyOnly)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (tooOld.match(said).hasMatch())
        return Error(ErrorCode::Unsupported,
                     tr("The Northflank CLI on your PATH is too old for SSH. %1").arg(installText()), said);
    if (said.isEmpty())
        return Error(ErrorCode::Network,
                     tr("Northflank's CLI ended without opening an SSH proxy to %1 and said nothing.").arg(workspace));
    return Error(ErrorCode::Network, tr("Northflank's CLI could not open an SSH proxy to %1: %2").arg(workspace, said),
                 QStringLiteral("northflank ssh service --proxyOnly"));
}

void NorthflankCliProxy::acquire()
{
    m_linger.stop();
    if (m_users++ > 0 || m_ending || m_process)
        return;
    m_timeout.start(startTimeoutMs);
    // Looking through PATH is file I/O: off this thread, and once a run.
    startJob(new TaskJob<QString>([] { return Result(cliProgram()); }, this), this, [this](TaskJob<QString> *found) {
        if (m_ending)
            return;
        if (found->value().isEmpty())
            fail(Error(ErrorCode::NotFound, installText()));
        else
            withLogin(found->value());
    });
}

void NorthflankCliProxy::withLogin(const QString &program)
{
    QPointer<NorthflankCliProxy> self(this);
    const QString host = m_api->base().toString(QUrl::StripTrailingSlash);
    m_api->withToken([self, host, program](const Error &e, const QByteArray &token) {
        if (!self || self->m_ending)
            return;
        if (e.isError()) {
            self->fail(e);
            return;
        }
        self->m_token = deepCopy(token); // to keep it out of what the CLI says
        startJob(new TaskJob<QString>([copy = deepCopy(token), host] { return makeHome(copy, host); }, self),
                 self.data(), [self, program](TaskJob<QString> *made) {
                     if (made->failed()) {
                         self->fail(made->error());
                         return;
                     }
                     self->m_home = made->value();
                     if (self->m_ending)
                         self->removeHome();
                     else
                         self->launch(program);
                 });
    });
}

void NorthflankCliProxy::launch(const QString &program)
{
    const QString home = m_home;
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(home);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Never a prompt: with both ids given it asks nothing, and a closed stdin
    // ends any question it would ask instead.
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Killed with us, too (a forwarder that ssh ends with SIGKILL): its Ctrl+C.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGINT); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &NorthflankCliProxy::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(Error(ErrorCode::NotFound, installText(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code) {
        readOutput();
        qCInfo(lcNorthflank) << "the CLI proxy for" << m_workspace << "ended with" << code;
        removeHome();
        if (m_ending)
            deleteLater();
        else if (m_endpoint)
            fail(Error(ErrorCode::Network, tr("Northflank's CLI proxy to %1 ended.").arg(m_workspace),
                       saidBy(m_output, m_token)));
        else
            fail(failure(m_workspace, m_output, m_token));
    });
    qCInfo(lcNorthflank) << "starting the CLI proxy for" << m_workspace;
    m_process->start(program,
                     { QStringLiteral("ssh"), QStringLiteral("service"), QStringLiteral("--projectId"), m_projectId,
                       QStringLiteral("--serviceId"), m_serviceId, QStringLiteral("--proxyOnly") });
}

void NorthflankCliProxy::readOutput()
{
    m_output += m_process->readAll();
    if (m_output.size() > kKeptOutput)
        m_output = m_output.right(kKeptOutput);
    if (m_endpoint || m_ending)
        return;
    m_endpoint = parseEndpoint(m_output);
    if (!m_endpoint)
        return;
    m_timeout.stop();
    qCInfo(lcNorthflank) << "the CLI proxy for" << m_workspace << "listens on" << m_endpoint->host << m_endpoint->port;
    Q_EMIT ready();
}

void NorthflankCliProxy::fail(const Error &e)
{
    if (m_ending)
        return;
    qCWarning(lcNorthflank) << "the CLI proxy for" << m_workspace << "failed:" << e.message;
    m_timeout.stop();
    m_endpoint.reset();
    Q_EMIT failed(e);
    stop();
}

void NorthflankCliProxy::release()
{
    if (m_users > 0 && --m_users == 0)
        m_linger.start(lingerMs);
}

void NorthflankCliProxy::stop()
{
    if (std::exchange(m_ending, true))
        return;
    m_timeout.stop();
    m_linger.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        removeHome();
        deleteLater();
        return;
    }
    // Its Ctrl+C; killed when it does not go within a moment.
#ifndef Q_OS_WIN
    ::kill(pid_t(m_process->processId()), SIGINT);
#else
    m_process->terminate();
#endif
    QTimer::singleShot(3000, m_process, [p = m_process] {
        if (p->state() != QProcess::NotRunning)
            p->kill();
    });
}

void NorthflankCliProxy::removeHome()
{
    if (m_home.isEmpty())
        return;
    // Off this thread (the GUI thread does no file I/O), and at once: the
    // thread pool finishes it also when the event loop has just ended.
    QThreadPool::globalInstance()->start([home = std::exchange(m_home, QString())] { QDir(home).removeRecursively(); });
}

NorthflankStream::NorthflankStream(NorthflankCliProxy *proxy, QObject *parent)
    : ByteStream(parent)
    , m_proxy(proxy)
{
}

NorthflankStream::~NorthflankStream()
{
    if (m_acquired && m_proxy)
        m_proxy->release();
}

void NorthflankStream::open()
{
    if (!m_proxy) {
        end(Error(ErrorCode::Internal, tr("The Northflank proxy went away.")));
        return;
    }
    connect(m_proxy, &NorthflankCliProxy::failed, this, [this](const Error &e) { end(e); });
    connect(m_proxy, &NorthflankCliProxy::ready, this, &NorthflankStream::connectToEndpoint);
    m_acquired = true;
    m_proxy->acquire();
    if (m_proxy->isReady())
        QTimer::singleShot(0, this, &NorthflankStream::connectToEndpoint);
}

void NorthflankStream::connectToEndpoint()
{
    if (m_inner || isClosed() || !m_proxy)
        return;
    m_inner = new SocketStream(new QTcpSocket, m_proxy->host(), m_proxy->port(), this);
    connect(m_inner, &ByteStream::opened, this, &ByteStream::opened);
    connect(m_inner, &ByteStream::received, this, &ByteStream::received);
    connect(m_inner, &ByteStream::drained, this, &ByteStream::drained);
    connect(m_inner, &ByteStream::closed, this, [this](const Error &e) { end(e); });
    m_inner->setReadPaused(m_paused);
    if (!m_pending.isEmpty())
        m_inner->write(std::exchange(m_pending, QByteArray()));
    m_inner->open();
}

void NorthflankStream::write(const QByteArray &data)
{
    if (m_inner)
        m_inner->write(data);
    else
        m_pending += data;
}

qint64 NorthflankStream::pendingWrite() const
{
    return m_inner ? m_inner->pendingWrite() : m_pending.size();
}

void NorthflankStream::setReadPaused(bool paused)
{
    m_paused = paused;
    if (m_inner)
        m_inner->setReadPaused(paused);
}

void NorthflankStream::close()
{
    if (m_inner && !m_inner->isClosed())
        m_inner->close();
    else
        end({});
}

void NorthflankStream::end(const Error &e)
{
    if (isClosed())
        return;
    if (std::exchange(m_acquired, false) && m_proxy)
        m_proxy->release();
    reportClosed(e);
}

} // namespace keyport
