#include "fixtures.h"

#include "launch/sshcommand.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#include <utime.h>
#endif

namespace keyport::test {

bool inCi()
{
    const QByteArray ci = qgetenv("CI");
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

QString findTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
    return found;
}

QString ProcessResult::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &input,
                         const QProcessEnvironment &env, int timeoutMs, bool closeStdin)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    if (closeStdin)
        p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + p.readAllStandardError();
        r.crashed = true;
        return r;
    }
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString cliPath()
{
    return QStringLiteral(KEYPORT_CLI_PATH);
}

ProcessResult runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    return runProcess(cliPath(), args, input, env);
}

ProcessResult runSsh(const QString &config, const QStringList &args, const QByteArray &input)
{
    return runProcess(
        findTool(QStringLiteral("ssh")),
        QStringList { QStringLiteral("-F"), config, QStringLiteral("-o"), QStringLiteral("BatchMode=yes") } + args,
        input);
}

QByteArray readUntil(QProcess &process, const QByteArray &marker, int timeoutMs)
{
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    // A process that has not reached Running yet would end the loop at once.
    process.waitForStarted(timeoutMs);
    while (!out.contains(marker) && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    return out + process.readAllStandardOutput();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList l;
    for (const char *s : list)
        l << QString::fromUtf8(s);
    return l;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QJsonObject peerGet(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *r = nam.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(5000);
    r->deleteLater();
    return QJsonDocument::fromJson(r->readAll()).object();
}

bool peerPost(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = nam.post(request, QByteArray());
    QSignalSpy done(r, &QNetworkReply::finished);
    const bool answered = done.wait(30000);
    r->deleteLater();
    return answered;
}

bool makeKeyWithSshKeygen(const QString &path)
{
    return runProcess(QStringLiteral("ssh-keygen"),
                      { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                        QString(), QStringLiteral("-f"), path })
               .exitCode
           == 0;
}

QByteArray signWithSshKeygen(const QString &caKey, const QString &publicKeyPath, const QString &principals,
                             const QStringList &extra)
{
    QStringList args { QStringLiteral("-q"), QStringLiteral("-s"), caKey };
    if (!extra.contains(QStringLiteral("-I")))
        args << QStringLiteral("-I") << QStringLiteral("test");
    args << QStringLiteral("-n") << principals << extra << publicKeyPath;
    if (runProcess(QStringLiteral("ssh-keygen"), args).exitCode != 0)
        return {};
    QString certPath = publicKeyPath;
    certPath.chop(4); // ".pub"
    return readFile(certPath + QStringLiteral("-cert.pub")).trimmed();
}

quint16 startKnotPeer(QProcess &peer, const QString &program, const QStringList &args)
{
    peer.start(program, args);
    if (!peer.waitForStarted(5000) || !peer.waitForReadyRead(10000))
        return 0;
    const QByteArray line = peer.readLine().trimmed();
    return line.startsWith("LISTENING ") ? quint16(line.mid(10).toUInt()) : 0;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

bool setMtime(const QString &path, qint64 seconds)
{
    struct utimbuf t {
        seconds, seconds
    };
    return ::utime(QFile::encodeName(path).constData(), &t) == 0;
}

qint64 mtimeOf(const QString &path)
{
    return QFileInfo(path).lastModified().toSecsSinceEpoch();
}

bool writeSmallTree(const QString &root, int count, qint64 mtime)
{
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/d%2/f%3 name.txt").arg(root).arg(i % 20).arg(i);
        if (!writeFile(path, QByteArray::number(i).repeated(i % 50 + 1)) || !setMtime(path, mtime))
            return false;
    }
    return true;
}

namespace {

// The files under `root`, relative to it, sorted; a file is itself ("").
QStringList filesUnder(const QString &root)
{
    if (QFileInfo(root).isFile())
        return { QString() };
    QStringList files;
    for (QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories); it.hasNext();)
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

// Empty when `copy` holds what `original` holds, file for file: bytes and
// modification time, nothing more (a part file left would be more).
QString sameFiles(const QString &original, const QString &copy)
{
    const QStringList want = filesUnder(original);
    const QStringList got = QFileInfo::exists(copy) ? filesUnder(copy) : QStringList();
    if (got != want)
        return QStringLiteral("%1 holds %2 files, %3 holds %4 (first: %5)")
            .arg(original)
            .arg(want.size())
            .arg(copy)
            .arg(got.size())
            .arg(got.value(0));
    if (QFileInfo::exists(copy + QStringLiteral(".keyport-part")))
        return QStringLiteral("a part file is left next to ") + copy;
    for (const QString &name : want) {
        const QString a = name.isEmpty() ? original : QDir(original).filePath(name);
        const QString b = name.isEmpty() ? copy : QDir(copy).filePath(name);
        const QByteArray hash = sha256Of(a);
        if (hash.isEmpty() || sha256Of(b) != hash)
            return QStringLiteral("%1 differs from %2").arg(b, a);
        // A copy made now has a new time anyway: only an old one shows it was kept.
        if (mtimeOf(a) > QDateTime::currentSecsSinceEpoch() - 86400)
            return QStringLiteral("give %1 an old modification time first").arg(a);
        if (mtimeOf(b) != mtimeOf(a))
            return QStringLiteral("%1 has modification time %2, its source %3").arg(b).arg(mtimeOf(b)).arg(mtimeOf(a));
    }
    return {};
}

} // namespace

QString cpRoundTrip(const QString &workspace, const QString &source, const QString &remoteDir, const QString &localDir)
{
    const QString name = QFileInfo(source).fileName();
    const QStringList cp = QFileInfo(source).isDir() ? args({ "cp", "-r" }) : args({ "cp" });
    const auto up = runCli(cp + QStringList { source, workspace + QLatin1Char(':') + remoteDir });
    if (up.exitCode != 0)
        return QStringLiteral("up: ") + up.describe();
    const QString remoteCopy = QDir(remoteDir).filePath(name);
    if (const QString why = sameFiles(source, remoteCopy); !why.isEmpty())
        return QStringLiteral("up: ") + why;
    const auto down = runCli(cp + QStringList { workspace + QLatin1Char(':') + remoteCopy, localDir });
    if (down.exitCode != 0)
        return QStringLiteral("down: ") + down.describe();
    if (const QString why = sameFiles(source, QDir(localDir).filePath(name)); !why.isEmpty())
        return QStringLiteral("down: ") + why;
    return {};
}

QString cpDroppedThenResumed(const DroppedCopy &copy)
{
    const QString source = copy.upload ? copy.localFile : copy.remoteFile;
    const QString target = copy.upload ? copy.remoteFile : copy.localFile;
    const QString part = target + QStringLiteral(".keyport-part");
    const qint64 size = QFileInfo(source).size();
    const QString remote = copy.workspace + QLatin1Char(':') + copy.remoteFile;
    const QStringList fromTo =
        copy.upload ? QStringList { copy.localFile, remote } : QStringList { remote, copy.localFile };
    QProcess cp;
    cp.start(cliPath(), QStringList { QStringLiteral("cp") } + fromTo);
    if (!cp.waitForStarted())
        return cp.errorString();
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(part).size() < copy.dropAfter && timer.elapsed() < 60000 && cp.state() == QProcess::Running)
        QTest::qWait(5);
    if (QFileInfo(part).size() < copy.dropAfter) {
        stopProcess(&cp);
        return QStringLiteral("the copy did not get going: ") + QString::fromUtf8(cp.readAllStandardError());
    }
    copy.dropFarEnd();
    if (cp.state() != QProcess::NotRunning && !cp.waitForFinished(60000)) {
        cp.kill();
        cp.waitForFinished();
        return QStringLiteral("the copy went on after its connection died");
    }
    const QByteArray err = cp.readAllStandardError();
    if (cp.exitStatus() != QProcess::NormalExit || cp.exitCode() != 1)
        return QStringLiteral("exit %1 (want 1): %2").arg(cp.exitCode()).arg(QString::fromUtf8(err));
    if (err.count('\n') != 1 || !err.endsWith('\n') || !err.contains("lost") || !err.contains(".keyport-part")
        || !err.contains("resume"))
        return QStringLiteral("not one line saying what was lost, where it is and how to resume: ")
               + QString::fromUtf8(err);
    qInfo("the copy whose connection died said: %s", err.trimmed().constData());
    if (QFileInfo::exists(target))
        return QStringLiteral("a target exists after a failed copy: ") + target;
    // An upload's part file is sshd's: its session may still write what had
    // reached it after the client gave up. Judge it once it stops growing.
    const qint64 atExit = QFileInfo(part).size();
    qint64 kept = atExit;
    QElapsedTimer still;
    still.start();
    while (still.elapsed() < 1000) {
        if (timer.elapsed() > 120000)
            return QStringLiteral("the part file kept growing after the copy ended");
        QThread::msleep(100);
        if (const qint64 now = QFileInfo(part).size(); now != kept) {
            kept = now;
            still.restart();
        }
    }
    if (kept != atExit)
        qInfo("the part file grew from %lld to %lld bytes after the copy ended", atExit, kept);
    if (kept <= 0 || kept >= size)
        return QStringLiteral("the part file holds %1 of %2 bytes").arg(kept).arg(size);
    // What arrived is exactly the start of the source.
    QFile a(source), b(part);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the source or the part file");
    QCryptographicHash start(QCryptographicHash::Sha256);
    for (qint64 left = kept; left > 0;) {
        const QByteArray block = a.read(qMin<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return QStringLiteral("the source is shorter than its part file");
        start.addData(block);
        left -= block.size();
    }
    QCryptographicHash held(QCryptographicHash::Sha256);
    held.addData(&b);
    if (held.result() != start.result())
        return QStringLiteral("the part file (%1 bytes) is not a prefix of the source").arg(kept);

    if (copy.restore)
        copy.restore();
    const auto resumed = runCli(QStringList { QStringLiteral("cp"), QStringLiteral("--resume") } + fromTo);
    if (resumed.exitCode != 0)
        return QStringLiteral("--resume: ") + resumed.describe();
    if (sha256Of(target) != sha256Of(source))
        return QStringLiteral("--resume made a target that differs from the source");
    if (QFileInfo::exists(part))
        return QStringLiteral("--resume left the part file");
    return {};
}

TempHome::TempHome()
{
    const QString home = m_dir.path();
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
    const QString runtime = home + QStringLiteral("/.run");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    QStandardPaths::setTestModeEnabled(true);
}

QString TempHome::sshDir() const
{
    return m_dir.filePath(QStringLiteral(".ssh"));
}

void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(5000))
        process->kill();
    process->waitForFinished(2000);
}

quint16 freeLoopbackPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

SshServer::~SshServer()
{
    stop();
}

QString SshServer::user() const
{
#ifndef Q_OS_WIN
    if (const passwd *pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

QString SshServer::start()
{
    const QString sshd = findTool(QStringLiteral("sshd"));
    const QString keygen = findTool(QStringLiteral("ssh-keygen"));
    if (sshd.isEmpty() || keygen.isEmpty())
        return QStringLiteral("sshd or ssh-keygen is not installed");
#ifndef Q_OS_WIN
    // As root, sshd insists on its privilege separation directory.
    if (getuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")))
        QDir().mkpath(QStringLiteral("/run/sshd"));
#endif
    const QString hostKey = m_dir.filePath(QStringLiteral("ssh_host_ed25519_key"));
    auto gen = runProcess(keygen, { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey });
    if (gen.exitCode != 0)
        return QStringLiteral("ssh-keygen failed: ") + gen.describe();
    if (m_authorizedKeys.isEmpty()) {
        m_authorizedKeys = m_dir.filePath(QStringLiteral("authorized_keys"));
        clearAuthorized();
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
        QFile f(config);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                               "PidFile %4\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                               "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
                               "PermitRootLogin prohibit-password\nSubsystem sftp internal-sftp\n"
                               "LogLevel VERBOSE\nMaxStartups 100\n")
                    .arg(m_port)
                    .arg(hostKey, m_authorizedKeys, m_dir.filePath(QStringLiteral("sshd.pid")))
                    .toUtf8()
                + m_extraConfig.toUtf8());
        f.close();
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        m_proc->start(sshd, { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config });
        if (!m_proc->waitForStarted(5000))
            return QStringLiteral("cannot start sshd: ") + m_proc->errorString();
        // Ready when it answers with its banner.
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_proc->state() == QProcess::Running) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(200) && s.waitForReadyRead(2000) && s.readAll().startsWith("SSH-2.0"))
                return {};
            QThread::msleep(50);
        }
        const QByteArray out = m_proc->readAll();
        stop();
        if (!out.contains("Address already in use"))
            return QStringLiteral("sshd did not come up: ") + QString::fromUtf8(out);
    }
    return QStringLiteral("sshd could not find a free port");
}

void SshServer::stop()
{
    stopProcess(m_proc.get());
}

void SshServer::authorize(const QByteArray &publicKeyLine)
{
    QFile f(m_authorizedKeys.isEmpty() ? m_dir.filePath(QStringLiteral("authorized_keys")) : m_authorizedKeys);
    f.open(QIODevice::Append);
    f.write(publicKeyLine.trimmed() + '\n');
}

void SshServer::clearAuthorized()
{
    QFile f(m_authorizedKeys.isEmpty() ? m_dir.filePath(QStringLiteral("authorized_keys")) : m_authorizedKeys);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

QByteArray SshServer::log() const
{
    return m_proc ? m_proc->readAll() : QByteArray();
}

SshAgentProcess::~SshAgentProcess()
{
    stop();
}

QString SshAgentProcess::start(const QProcessEnvironment &extraEnv)
{
    const QString agent = findTool(QStringLiteral("ssh-agent"));
    if (agent.isEmpty())
        return QStringLiteral("ssh-agent is not installed");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extraEnv);
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessEnvironment(env);
    m_proc->setProcessChannelMode(QProcess::MergedChannels);
    m_proc->start(agent, { QStringLiteral("-D"), QStringLiteral("-a"), socket() });
    if (!m_proc->waitForStarted(5000))
        return QStringLiteral("cannot start ssh-agent: ") + m_proc->errorString();
    const QDeadlineTimer deadline(5000);
    while (!QFileInfo::exists(socket())) {
        if (deadline.hasExpired() || m_proc->state() != QProcess::Running)
            return QStringLiteral("ssh-agent did not create its socket: ") + QString::fromUtf8(m_proc->readAll());
        QThread::msleep(20);
    }
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket()));
    return {};
}

void SshAgentProcess::stop()
{
    stopProcess(m_proc.get());
}

SecretService::~SecretService()
{
    stop();
}

QString SecretService::start()
{
    const QString runSession = findTool(QStringLiteral("dbus-run-session"));
    const QString keyring = findTool(QStringLiteral("gnome-keyring-daemon"));
    if (runSession.isEmpty() || keyring.isEmpty())
        return QStringLiteral("dbus-run-session or gnome-keyring-daemon is not installed");
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessChannelMode(QProcess::SeparateChannels);
    // The session lives as long as `cat` reads our stdin: closing it ends the
    // session and with it the keyring. gnome-keyring needs a non-empty
    // password to create and unlock the login keyring without a prompt.
    m_proc->start(runSession,
                  { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("printf %s keyport-test | gnome-keyring-daemon --unlock --components=secrets "
                                   ">/dev/null || exit 3; echo \"BUS=$DBUS_SESSION_BUS_ADDRESS\"; exec cat") });
    if (!m_proc->waitForStarted(5000))
        return QStringLiteral("cannot start dbus-run-session: ") + m_proc->errorString();
    const QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || !m_proc->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return QStringLiteral("the Secret Service did not start: ")
                   + QString::fromUtf8(m_proc->readAllStandardError());
        out += m_proc->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n'));
    if (!line.startsWith("BUS=") || line.size() <= 4)
        return QStringLiteral("unexpected output from the D-Bus session: ") + QString::fromUtf8(out);
    m_address = QString::fromUtf8(line.mid(4));
    qputenv("DBUS_SESSION_BUS_ADDRESS", line.mid(4));
    return {};
}

void SecretService::stop()
{
    if (m_proc && m_proc->state() != QProcess::NotRunning) {
        m_proc->closeWriteChannel();
        if (!m_proc->waitForFinished(5000)) {
            m_proc->terminate();
            m_proc->waitForFinished(2000);
        }
    }
}

QString startTrustedSandbox()
{
    const auto started = runCli(args({ "sandbox", "start", "--own-key" }));
    if (started.exitCode != 0)
        return started.describe();
    const auto trusted = runCli(args({ "trust", "local.sandbox", "--yes" }));
    return trusted.exitCode == 0 ? QString() : trusted.describe();
}

void addRoundTripRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << QStringLiteral("empty.bin") << qint64(0);
    QTest::newRow("one byte") << QStringLiteral("one.bin") << qint64(1);
    QTest::newRow("1 MiB + 1") << QStringLiteral("mib.bin") << qint64((1 << 20) + 1);
    QTest::newRow("100 MiB") << QStringLiteral("large.bin") << (qint64(100) << 20);
    QTest::newRow("unicode and spaces") << QStringLiteral("Grüße aus Köln – 東京 v2.txt") << qint64(4097);
}

SandboxHome::~SandboxHome()
{
    if (m_home)
        runCli(args({ "sandbox", "stop" }));
}

QString SandboxHome::start(Bus bus)
{
    m_home = std::make_unique<TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    if (bus == Bus::None)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyport-test-bus");
    return startTrustedSandbox();
}

QString SandboxHome::path() const
{
    return m_home ? m_home->path() : QString();
}

QString SandboxHome::sshDir() const
{
    return m_home ? m_home->sshDir() : QString();
}

Workspace listedWorkspace(const QString &id)
{
    const auto list = runCli(args({ "workspaces", "list", "--json" }));
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return Workspace::fromJson(v.toObject());
    return {};
}

std::unique_ptr<SftpWorker> readySftpWorker(const QString &id)
{
    const Workspace w = listedWorkspace(id);
    if (w.id().isEmpty())
        return nullptr;
    const QString cli = cliPath();
    auto worker = std::make_unique<SftpWorker>([w, cli] { return sshcommand::sftpArgv(w, cli); });
    QSignalSpy ready(worker.get(), &SftpWorker::ready);
    worker->start();
    if (!ready.wait(20000))
        return nullptr;
    return worker;
}

bool killSandboxSshd(const QString &home)
{
    const QByteArray listener =
        runProcess(QStringLiteral("pgrep"),
                   { QStringLiteral("-f"), QRegularExpression::escape(home) + QStringLiteral(".*sandbox/sshd_config") })
            .out.trimmed();
    if (listener.isEmpty() || listener.contains('\n'))
        return false;
    // The sessions first (the listener alone would let them finish), then the listener.
    runProcess(QStringLiteral("pkill"),
               { QStringLiteral("-KILL"), QStringLiteral("-P"), QString::fromLatin1(listener) });
    runProcess(QStringLiteral("kill"), { QStringLiteral("-KILL"), QString::fromLatin1(listener) });
    return true;
}

bool writeRecordingStub(const QString &dir, const QString &name)
{
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1/%2.args'\n").arg(dir, name).toUtf8());
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QStringList recordedArgs(const QString &dir, const QString &name)
{
    QFile f(QDir(dir).filePath(name + QStringLiteral(".args")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace keyport::test
