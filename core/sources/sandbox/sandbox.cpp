#include "sandbox.h"

#include "common/atomicfile.h"
#include "common/jsonfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "identity/keystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifndef Q_OS_WIN
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyport {

namespace {

QString statePath()
{
    return QDir(Sandbox::dir()).filePath(QStringLiteral("state.json"));
}

Result<Sandbox::State> readState()
{
    Sandbox::State s;
    auto file = readJsonFile(statePath());
    if (!file)
        return file.error();
    const QJsonObject o = *file;
    s.port = quint16(o.value(QStringLiteral("port")).toInt());
    s.pid = o.value(QStringLiteral("pid")).toInteger();
    s.keyPath = o.value(QStringLiteral("key")).toString();
    s.user = o.value(QStringLiteral("user")).toString();
    return s;
}

bool answersSsh(quint16 port, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(timeoutMs) && s.waitForReadyRead(timeoutMs) && s.readAll().startsWith("SSH-2.0");
}

// The recorded pid is ours only while it is still an sshd: never signal a
// process that merely inherited the number.
bool alive(qint64 pid)
{
#ifndef Q_OS_WIN
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return !QFileInfo::exists(QStringLiteral("/proc/self")); // no procfs: trust kill()
    return cmdline.readAll().contains(QDir(Sandbox::dir()).filePath(QStringLiteral("sshd_config")).toLocal8Bit());
#else
    Q_UNUSED(pid);
    return false;
#endif
}

bool portFree(quint16 port)
{
    QTcpServer s;
    return port && s.listen(QHostAddress::LocalHost, port);
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

const QLatin1String kNoKeyDetail("sandbox: no key");

Result<KeyInfo> chooseKey(const QString &keyName, Sandbox::NoKey noKey)
{
    KeyStore store;
    if (!keyName.isEmpty())
        return store.find(keyName);
    for (const char *n : { "id_ed25519", "id_ecdsa", "id_rsa", "id_ed25519_keyport" })
        if (auto k = store.find(QString::fromLatin1(n)); k && k->publicKey)
            return k;
    const QString own = Sandbox::ownKeyPath();
    if (auto k = store.inspect(own); k && k->publicKey)
        return k;
    if (noKey == Sandbox::NoKey::Refuse)
        return Error(ErrorCode::NotFound,
                     Sandbox::tr("The sandbox needs a key to authorize, and ~/.ssh has none. Generate one (keyport-cli "
                                 "keys generate id_ed25519), or let the sandbox make one for itself, kept in its own "
                                 "folder and not in ~/.ssh (keyport-cli sandbox start --own-key)."),
                     kNoKeyDetail);
    // Unencrypted: it opens nothing but this sshd on 127.0.0.1.
    auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
    if (!key)
        return key.error();
    const QString comment = QStringLiteral("keyport sandbox");
    auto pem = encodeOpenSshKey(*key, comment, {});
    if (!pem)
        return pem.error();
    QDir().mkpath(Sandbox::dir());
    if (auto ok = writeFileAtomically(own, *pem, FileMode::Private, Overwrite::NoReplace); !ok)
        return ok.error();
    if (auto ok = writeFileAtomically(own + QStringLiteral(".pub"), key->publicKey().toOpenSshLine(comment),
                                      FileMode::Public, Overwrite::Replace);
        !ok)
        return ok.error();
    qCInfo(lcSandbox) << "made the sandbox's own key" << own;
    return store.inspect(own);
}

} // namespace

QString Sandbox::dir()
{
    return paths::sandboxDir();
}

QString Sandbox::ownKeyPath()
{
    return QDir(dir()).filePath(QStringLiteral("id_ed25519_sandbox"));
}

bool Sandbox::isNoKey(const Error &e)
{
    return e.code == ErrorCode::NotFound && e.detail == kNoKeyDetail;
}

Sandbox::State Sandbox::status()
{
    // A state file that cannot be read names no sshd of ours: not running.
    State s = readState().value_or(State {});
    s.running = alive(s.pid) && answersSsh(s.port, 2000);
    return s;
}

Result<Sandbox::State> Sandbox::start(const QString &keyName, NoKey noKey)
{
    // Starting writes the state file: never over one that cannot be read.
    if (auto previous = readState(); !previous)
        return previous.error();
    State current = status();
    if (current.running)
        return current;
    const QString sshd = QStandardPaths::findExecutable(
        QStringLiteral("sshd"), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                  QStringLiteral("/sbin"), QStringLiteral("/usr/bin") });
    if (sshd.isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("The sandbox needs OpenSSH's server (sshd); install it (Debian/Ubuntu: openssh-server)."));
    auto key = chooseKey(keyName, noKey);
    if (!key)
        return key.error();
    if (!key->publicKey)
        return Error(ErrorCode::NotFound, tr("The public key of %1 is unknown (no .pub file).").arg(key->name));

    const QDir d(dir());
    QDir().mkpath(d.path());
    QFile::setPermissions(d.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // One host key for the sandbox's lifetime, so a pin survives restarts.
    const QString hostKey = d.filePath(QStringLiteral("ssh_host_ed25519_key"));
    if (!QFile::exists(hostKey)) {
        auto hk = PrivateKey::generate(KeyAlgorithm::Ed25519);
        auto pem =
            hk ? encodeOpenSshKey(*hk, QStringLiteral("keyport sandbox host key"), {}) : Result<QByteArray>(hk.error());
        if (!pem)
            return pem.error();
        if (auto ok = writeFileAtomically(hostKey, *pem, FileMode::Private, Overwrite::NoReplace); !ok)
            return ok.error();
    }
    if (auto ok =
            writeFileAtomically(d.filePath(QStringLiteral("authorized_keys")),
                                key->publicKey->toOpenSshLine(key->comment), FileMode::Private, Overwrite::Replace);
        !ok)
        return ok.error();
#ifndef Q_OS_WIN
    if (getuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")))
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
#endif
    const quint16 port = portFree(current.port) ? current.port : freePort();
    const QString config = d.filePath(QStringLiteral("sshd_config"));
    const QString pidFile = d.filePath(QStringLiteral("sshd.pid"));
    QFile::remove(pidFile);
    const QByteArray conf = QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                           "PidFile %4\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                                           "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
                                           "PermitRootLogin prohibit-password\nAllowAgentForwarding yes\n"
                                           "Subsystem sftp internal-sftp\nMaxStartups 100\nMaxSessions 100\n")
                                .arg(port)
                                .arg(hostKey, d.filePath(QStringLiteral("authorized_keys")), pidFile)
                                .toUtf8();
    if (auto ok = writeFileAtomically(config, conf, FileMode::Private, Overwrite::Replace); !ok)
        return ok.error();
    // sshd daemonizes itself; its log goes to a file next to the config.
    QProcess p;
    p.start(sshd, { QStringLiteral("-f"), config, QStringLiteral("-E"), d.filePath(QStringLiteral("sshd.log")) });
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return Error(ErrorCode::Internal,
                     tr("The sandbox sshd did not start; see %1.").arg(d.filePath(QStringLiteral("sshd.log"))),
                     QString::fromUtf8(p.readAllStandardError()));
    State s;
    s.port = port;
    s.keyPath = key->path;
    s.user = paths::userName();
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QFile pf(pidFile);
        if (pf.open(QIODevice::ReadOnly))
            s.pid = pf.readAll().trimmed().toLongLong();
        if (s.pid && answersSsh(port, 500))
            break;
        QThread::msleep(50);
    }
    s.running = s.pid && alive(s.pid);
    if (!s.running)
        return Error(ErrorCode::Internal,
                     tr("The sandbox sshd did not come up; see %1.").arg(d.filePath(QStringLiteral("sshd.log"))));
    const QJsonObject o { { QStringLiteral("port"), s.port },
                          { QStringLiteral("pid"), s.pid },
                          { QStringLiteral("key"), s.keyPath },
                          { QStringLiteral("user"), s.user } };
    if (auto ok = writeJsonFile(statePath(), o); !ok)
        return ok.error();
    qCInfo(lcSandbox) << "sandbox sshd running on port" << s.port;
    return s;
}

Status Sandbox::stop()
{
    const State s = readState().value_or(State {});
    if (!alive(s.pid))
        return {};
#ifndef Q_OS_WIN
    ::kill(pid_t(s.pid), SIGTERM);
    const QDeadlineTimer deadline(5000);
    while (alive(s.pid) && !deadline.hasExpired())
        QThread::msleep(50);
    if (alive(s.pid))
        return Error(ErrorCode::Internal, tr("The sandbox sshd (pid %1) did not stop.").arg(s.pid));
#endif
    return {};
}

StartSandboxJob::StartSandboxJob(QString keyName, Ask askToMakeKey, QObject *parent)
    : ValueJob(parent)
    , m_keyName(std::move(keyName))
    , m_ask(std::move(askToMakeKey))
{
}

void StartSandboxJob::run()
{
    attempt(Sandbox::NoKey::Refuse);
}

void StartSandboxJob::attempt(Sandbox::NoKey noKey)
{
    const QString key = m_keyName;
    follow(new TaskJob<Sandbox::State>([key, noKey] { return Sandbox::start(key, noKey); }, this),
           [this, noKey](TaskJob<Sandbox::State> *started) {
               if (!started->failed()) {
                   m_madeOwnKey = noKey == Sandbox::NoKey::MakeOwn;
                   succeed(started->value());
                   return;
               }
               if (noKey == Sandbox::NoKey::MakeOwn || !Sandbox::isNoKey(started->error()) || !m_ask) {
                   fail(started->error());
                   return;
               }
               const Error refused = started->error();
               QPointer<StartSandboxJob> self(this);
               m_ask([self, refused](bool yes) {
                   if (!self || self->isFinished())
                       return;
                   if (yes)
                       self->attempt(Sandbox::NoKey::MakeOwn);
                   else
                       self->fail(refused);
               });
           });
}

} // namespace keyport
