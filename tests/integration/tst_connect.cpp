// Functions run in order and build on each other (one sandbox, one HOME).
// From "I have a key" to "I am in": the sandbox sshd, the managed config read
// by real OpenSSH, keyport-cli forward as ProxyCommand, the proxy port with
// ssh/scp/rsync, connect, open (editor stub), host-key pinning, and faults.
#include "fixtures.h"

#include "identity/privatekey.h"
#include "sshconfig/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <csignal>

using namespace keyport;

namespace {
} // namespace

class TestConnect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sandboxIsListedRunning();
    void sshReadsTheManagedConfig();
    void forwardIsAProxyCommand();
    void proxyServesSshScpRsync();
    void proxyRefusesNonLoopback_data();
    void proxyRefusesNonLoopback();
    void connectRunsTheCommand();
    void changedHostKeyIsRefused();
    void untrustedNeedsConfirmation();
    void openRunsTheEditor();
    void jumpAndCommandTransports();
    void sshdKilledMidSession();
    void userHostsAndOverrides();
    void serverDownIsAClearError();
    void failedCallsLeaveATrace();

private:
    test::ProcessResult ssh(const QStringList &args);
    QString knownHosts() const { return QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/known_hosts")); }
    std::unique_ptr<test::TempHome> m_home;
    QString m_key; // the sandbox's own key (a first run: none in ~/.ssh)
    QTemporaryDir m_bin;
};

void TestConnect::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    KEYPORT_REQUIRE_TOOL("scp");
    KEYPORT_REQUIRE_TOOL("rsync");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyport-test-bus");
    // A first run: no key anywhere. The sandbox asks before it makes one
    // (nobody to ask here: it says how), and makes nothing meanwhile.
    auto refused = test::runCli(test::args({ "sandbox", "start" }));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--own-key") && refused.err.contains("keys generate"),
             qPrintable(refused.describe()));
    QVERIFY(QDir(m_home->sshDir()).entryList(QDir::Files).isEmpty());
    auto r = test::runCli(test::args({ "sandbox", "start", "--own-key" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("local.sandbox"));
    // Its own key, kept out of ~/.ssh (no other tool meets it there).
    m_key = QJsonDocument::fromJson(test::runCli(test::args({ "sandbox", "status", "--json" })).out)
                .object()
                .value(QStringLiteral("key"))
                .toString();
    QVERIFY2(QFileInfo::exists(m_key) && !m_key.startsWith(m_home->sshDir()), qPrintable(m_key));
    QVERIFY(QDir(m_home->sshDir()).entryList({ QStringLiteral("id_*") }, QDir::Files).isEmpty());
}

void TestConnect::cleanupTestCase()
{
    if (m_home)
        test::runCli(test::args({ "sandbox", "stop" }));
}

test::ProcessResult TestConnect::ssh(const QStringList &args)
{
    return test::runSsh(QDir(m_home->sshDir()).filePath(QStringLiteral("config")), args);
}

void TestConnect::sandboxIsListedRunning()
{
    auto list = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "local" }));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray arr = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(arr.size(), 1);
    QCOMPARE(arr[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("local.sandbox"));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    auto status = test::runCli(test::args({ "sandbox", "status", "--json" }));
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("running")).toBool(), true);
    // Filters apply.
    auto none = test::runCli(test::args({ "workspaces", "list", "--json", "--state", "stopped", "--source", "local" }));
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    QCOMPARE(test::runCli(test::args({ "workspaces", "list", "--source", "nosuch" })).exitCode, 1);
}

void TestConnect::sshReadsTheManagedConfig()
{
    auto cfg = test::runCli(test::args({ "ssh-config" }));
    QVERIFY2(cfg.exitCode == 0, qPrintable(cfg.describe()));
    // Not trusted yet: BatchMode ssh refuses (StrictHostKeyChecking ask cannot ask).
    QVERIFY(ssh(test::args({ "local.sandbox", "true" })).exitCode != 0);
    auto trust = test::runCli(test::args({ "trust", "local.sandbox", "--yes" }));
    QVERIFY2(trust.exitCode == 0, qPrintable(trust.describe()));
    QVERIFY(trust.err.contains("SHA256:"));
    QVERIFY(KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox")).has_value());
    auto r = ssh(test::args({ "local.sandbox", "echo", "managed-ok" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QByteArray("managed-ok"));
    // Idempotent.
    auto again = test::runCli(test::args({ "ssh-config" }));
    QVERIFY(again.out.contains("up to date"));
}

void TestConnect::forwardIsAProxyCommand()
{
    auto r = ssh({ QStringLiteral("-o"), QStringLiteral("ProxyCommand=%1 forward local.sandbox").arg(test::cliPath()),
                   QStringLiteral("local.sandbox"), QStringLiteral("echo"), QStringLiteral("through-forward") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QByteArray("through-forward"));
    // A megabyte each way through the forwarder, intact.
    auto big = ssh({ QStringLiteral("-o"), QStringLiteral("ProxyCommand=%1 forward local.sandbox").arg(test::cliPath()),
                     QStringLiteral("local.sandbox"), QStringLiteral("head -c 3000000 /dev/zero | sha256sum") });
    QVERIFY2(big.exitCode == 0, qPrintable(big.describe()));
    const QByteArray expected = QCryptographicHash::hash(QByteArray(3000000, '\0'), QCryptographicHash::Sha256).toHex();
    QCOMPARE(big.out.left(64), expected);
    // And upstream: 2 MB from us, checksummed on the far side.
    auto up = test::runProcess(test::findTool(QStringLiteral("ssh")),
                               { QStringLiteral("-F"), QDir(m_home->sshDir()).filePath(QStringLiteral("config")),
                                 QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                 QStringLiteral("ProxyCommand=%1 forward local.sandbox").arg(test::cliPath()),
                                 QStringLiteral("local.sandbox"), QStringLiteral("sha256sum") },
                               QByteArray(2000000, 'k'));
    QCOMPARE(up.out.left(64), QCryptographicHash::hash(QByteArray(2000000, 'k'), QCryptographicHash::Sha256).toHex());
}

void TestConnect::proxyServesSshScpRsync()
{
    QProcess proxy;
    proxy.start(test::cliPath(), test::args({ "proxy", "local.sandbox" }));
    QVERIFY(proxy.waitForStarted());
    QByteArray banner = test::readUntil(proxy, "rsync:", 10000);
    const auto m =
        QRegularExpression(QStringLiteral("endpoint 127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(banner));
    QVERIFY2(m.hasMatch(), banner.constData());
    const QString port = m.captured(1);
    QVERIFY(banner.contains("scp -P " + port.toUtf8()));
    QVERIFY(banner.contains("rsync -av -e \"ssh -p " + port.toUtf8()));
    const QString user =
        QString::fromUtf8(banner).section(QStringLiteral("@127.0.0.1"), 0, 0).section(QLatin1Char(' '), -1);
    // As short as a person types them (the seed's); the pinned ones on request.
    QVERIFY2(banner.contains(QStringLiteral("ssh:   ssh -p %1 %2@127.0.0.1\n").arg(port, user).toUtf8())
                 && !banner.contains("UserKnownHostsFile"),
             banner.constData());
    const QStringList sshOpts { QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                QStringLiteral("-i"), m_key,
                                QStringLiteral("-o"), QStringLiteral("HostKeyAlias=local.sandbox"),
                                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts(),
                                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes") };
    // Several ssh sessions at once through one proxy.
    QList<QProcess *> sessions;
    for (int i = 0; i < 5; ++i) {
        auto *p = new QProcess(this);
        p->start(test::findTool(QStringLiteral("ssh")),
                 QStringList { QStringLiteral("-p"), port } + sshOpts
                     + QStringList { user + QStringLiteral("@127.0.0.1"), QStringLiteral("echo session-%1").arg(i) });
        sessions << p;
    }
    for (int i = 0; i < 5; ++i) {
        QVERIFY(sessions[i]->waitForFinished(30000));
        QCOMPARE(sessions[i]->exitCode(), 0);
        QCOMPARE(sessions[i]->readAllStandardOutput().trimmed(), QStringLiteral("session-%1").arg(i).toUtf8());
    }
    qDeleteAll(sessions);

    QTemporaryDir data;
    const QString src = data.filePath(QStringLiteral("payload.bin"));
    QFile f(src);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 64; ++i)
        f.write(QByteArray(64 * 1024, char('a' + i % 26)));
    f.close();
    auto scp = test::runProcess(
        test::findTool(QStringLiteral("scp")),
        QStringList { QStringLiteral("-q"), QStringLiteral("-P"), port } + sshOpts
            + QStringList { src, user + QStringLiteral("@127.0.0.1:") + data.filePath(QStringLiteral("via-scp.bin")) });
    QVERIFY2(scp.exitCode == 0, qPrintable(scp.describe()));
    QFile copied(data.filePath(QStringLiteral("via-scp.bin")));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), f.readAll());
    f.close();
    auto rsync =
        test::runProcess(test::findTool(QStringLiteral("rsync")),
                         { QStringLiteral("-a"), QStringLiteral("-e"),
                           QStringLiteral("ssh -p %1 %2").arg(port, sshOpts.join(QLatin1Char(' '))), src,
                           user + QStringLiteral("@127.0.0.1:") + data.filePath(QStringLiteral("via-rsync.bin")) });
    QVERIFY2(rsync.exitCode == 0, qPrintable(rsync.describe()));
    QCOMPARE(QFileInfo(data.filePath(QStringLiteral("via-rsync.bin"))).size(), QFileInfo(src).size());

    ::kill(pid_t(proxy.processId()), SIGINT); // Ctrl+C stops it
    QVERIFY(proxy.waitForFinished(5000));
}

void TestConnect::proxyRefusesNonLoopback_data()
{
    QTest::addColumn<QString>("bind");
    QTest::newRow("any") << "0.0.0.0";
    QTest::newRow("private") << "192.168.1.10";
    QTest::newRow("any6") << "::";
    QTest::newRow("garbage") << "localhost; rm -rf /";
}

void TestConnect::proxyRefusesNonLoopback()
{
    QFETCH(QString, bind);
    auto r = test::runCli({ QStringLiteral("proxy"), QStringLiteral("local.sandbox"), QStringLiteral("--bind"), bind });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("loopback") || r.err.contains("not an IP address"));
}

void TestConnect::connectRunsTheCommand()
{
    auto r = test::runCli(test::args({ "connect", "local.sandbox", "--", "echo", "hello", "from", "connect" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QByteArray("hello from connect"));
    auto code = test::runCli(test::args({ "connect", "local.sandbox", "--", "exit", "7" }));
    QCOMPARE(code.exitCode, 7); // the remote status comes back
    QCOMPARE(test::runCli(test::args({ "connect", "nosuch.workspace" })).exitCode, 1);
}

void TestConnect::changedHostKeyIsRefused()
{
    const KnownHosts pins(knownHosts());
    const auto real = pins.pinned(QStringLiteral("local.sandbox"));
    QVERIFY(real.has_value());
    auto other = PrivateKey::generate(KeyAlgorithm::Ed25519);
    QVERIFY(pins.pin(QStringLiteral("local.sandbox"), other->publicKey()).ok());
    auto r = test::runCli(test::args({ "connect", "local.sandbox", "--", "true" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(other->publicKey().fingerprint().toUtf8()), r.err.constData()); // expected
    QVERIFY(r.err.contains(real->fingerprint().toUtf8())); // offered
    QVERIFY(r.err.contains(knownHosts().toUtf8())); // the file
    QCOMPARE(r.err.count('\n'), 1);
    // OpenSSH itself refuses too: the pin makes the block strict.
    QVERIFY(ssh(test::args({ "local.sandbox", "true" })).exitCode != 0);
    // trust does not silently replace it...
    QCOMPARE(test::runCli(test::args({ "trust", "local.sandbox", "--yes" })).exitCode, 1);
    // ...only when asked to.
    QCOMPARE(test::runCli(test::args({ "trust", "local.sandbox", "--yes", "--replace" })).exitCode, 0);
    QCOMPARE(pins.pinned(QStringLiteral("local.sandbox"))->fingerprint(), real->fingerprint());
    QCOMPARE(ssh(test::args({ "local.sandbox", "true" })).exitCode, 0);
}

void TestConnect::untrustedNeedsConfirmation()
{
    const KnownHosts pins(knownHosts());
    QVERIFY(pins.unpin(QStringLiteral("local.sandbox")).ok());
    auto r = test::runCli(test::args({ "connect", "local.sandbox", "--", "true" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("SHA256:")); // the fingerprint is shown
    QVERIFY(r.err.contains("trust local.sandbox --yes"));
    QVERIFY(!pins.pinned(QStringLiteral("local.sandbox")).has_value());
    QCOMPARE(test::runCli(test::args({ "trust", "local.sandbox", "--yes" })).exitCode, 0);
}

void TestConnect::openRunsTheEditor()
{
    // A recording stand-in for VS Code's `code` on PATH.
    const QString log = m_bin.filePath(QStringLiteral("code.log"));
    QFile stub(m_bin.filePath(QStringLiteral("code")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write(QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '%1'\n").arg(log).toUtf8());
    stub.close();
    stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_bin.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    // The Include line is a question: without anybody to ask, nothing changes and the way is named.
    QCOMPARE(test::runCli(test::args({ "ssh-config", "--remove" })).exitCode, 0);
    const QString userConfig = QDir(m_home->sshDir()).filePath(QStringLiteral("config"));
    const auto before = [&userConfig] {
        QFile f(userConfig);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)");
    };
    const QByteArray untouched = before();
    auto asked = test::runCli(test::args({ "open", "local.sandbox", "--editor", "code" }), {}, env);
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.err.contains("--yes"), asked.err.constData());
    QCOMPARE(before(), untouched);
    QVERIFY(!QFile::exists(log));
    auto r = test::runCli(
        test::args({ "open", "local.sandbox", "--editor", "code", "--path", "/srv/project", "--yes" }), {}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Include"), r.err.constData()); // it says what it added
    QElapsedTimer t;
    t.start();
    // The editor runs detached: wait for what it wrote, not only for the file
    // (the shell creates it before it writes; under load the gap shows).
    const QByteArray expected("--remote\nssh-remote+local.sandbox\n/srv/project\n");
    while (QFileInfo(log).size() < expected.size() && t.elapsed() < 10000)
        QTest::qWait(50);
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expected);
    // The editor needs the alias in ~/.ssh/config: it is included.
    QVERIFY(ssh(test::args({ "-G", "local.sandbox" })).out.contains("hostkeyalias local.sandbox"));
    // Not installed: a clear error; unknown editor: usage.
    auto cursor = test::runCli(test::args({ "open", "local.sandbox", "--editor", "cursor" }), {}, env);
    QCOMPARE(cursor.exitCode, 1);
    QVERIFY(cursor.err.contains("cursor is not installed"));
    QCOMPARE(test::runCli(test::args({ "open", "local.sandbox", "--editor", "vim" })).exitCode, 2);
}

void TestConnect::jumpAndCommandTransports()
{
    KEYPORT_REQUIRE_TOOL("socat");
    const QString port =
        QString::number(QJsonDocument::fromJson(test::runCli(test::args({ "sandbox", "status", "--json" })).out)
                            .object()
                            .value(QStringLiteral("port"))
                            .toInt());
    const QString opts =
        QStringLiteral("    User %1\n    IdentityFile %2\n    IdentitiesOnly yes\n    UserKnownHostsFile %3\n"
                       "    HostKeyAlias local.sandbox\n    StrictHostKeyChecking yes\n    BatchMode yes\n")
            .arg(QString::fromUtf8(test::runProcess(QStringLiteral("id"), { QStringLiteral("-un") }).out.trimmed()),
                 m_key, knownHosts());
    QFile cfg(QDir(m_home->sshDir()).filePath(QStringLiteral("config")));
    QVERIFY(cfg.open(QIODevice::Append));
    cfg.write(QStringLiteral("\nHost jumpbox\n    HostName 127.0.0.1\n    Port %1\n%2"
                             "Host behindjump\n    HostName 127.0.0.1\n    Port %1\n    ProxyJump jumpbox\n%2"
                             "Host viacommand\n    ProxyCommand socat - TCP:127.0.0.1:%1\n%2")
                  .arg(port, opts)
                  .toUtf8());
    cfg.close();
    auto list = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "ssh" }));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QMap<QString, QString> kinds;
    for (const auto &v : QJsonDocument::fromJson(list.out).array())
        kinds.insert(
            v.toObject().value(QStringLiteral("id")).toString(),
            v.toObject().value(QStringLiteral("transport")).toObject().value(QStringLiteral("kind")).toString());
    QCOMPARE(kinds.value(QStringLiteral("ssh.behindjump")), QStringLiteral("jump"));
    QCOMPARE(kinds.value(QStringLiteral("ssh.viacommand")), QStringLiteral("command"));
    QCOMPARE(kinds.value(QStringLiteral("ssh.jumpbox")), QStringLiteral("tcp"));
    // Our forwarder opens each transport itself.
    for (const char *host : { "behindjump", "viacommand" }) {
        auto r = ssh({ QStringLiteral("-o"),
                       QStringLiteral("ProxyCommand=%1 forward ssh.%2").arg(test::cliPath(), QLatin1String(host)),
                       QString::fromLatin1(host), QStringLiteral("echo"),
                       QStringLiteral("via-%1").arg(QLatin1String(host)) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), QStringLiteral("via-%1").arg(QLatin1String(host)).toUtf8());
    }
}

void TestConnect::sshdKilledMidSession()
{
    QProcess proxy;
    proxy.start(test::cliPath(), test::args({ "proxy", "local.sandbox" }));
    QVERIFY(proxy.waitForStarted());
    QByteArray banner = test::readUntil(proxy, "rsync:", 10000);
    const QString port = QRegularExpression(QStringLiteral("endpoint 127\\.0\\.0\\.1:(\\d+)"))
                             .match(QString::fromUtf8(banner))
                             .captured(1);
    QVERIFY(!port.isEmpty());
    const QStringList viaProxy { QStringLiteral("-o"), QStringLiteral("HostName=127.0.0.1"), QStringLiteral("-o"),
                                 QStringLiteral("Port=") + port };
    QProcess session;
    session.start(test::findTool(QStringLiteral("ssh")),
                  QStringList { QStringLiteral("-F"), QDir(m_home->sshDir()).filePath(QStringLiteral("config")),
                                QStringLiteral("-o"), QStringLiteral("BatchMode=yes") }
                      + viaProxy
                      + QStringList { QStringLiteral("local.sandbox"), QStringLiteral("echo up; sleep 30") });
    QVERIFY(session.waitForStarted());
    QByteArray out = test::readUntil(session, "up", 15000);
    QVERIFY2(out.contains("up"), session.readAllStandardError().constData());
    // Kill this test's sandbox sshd (not another test's: the pattern names our HOME) and its sessions.
    const QByteArray listener =
        test::runProcess(QStringLiteral("pgrep"),
                         { QStringLiteral("-f"),
                           QRegularExpression::escape(m_home->path()) + QStringLiteral(".*sandbox/sshd_config") })
            .out.trimmed();
    QVERIFY(!listener.isEmpty());
    QVERIFY2(!listener.contains('\n'), listener.constData());
    test::runProcess(QStringLiteral("pkill"),
                     { QStringLiteral("-KILL"), QStringLiteral("-P"), QString::fromLatin1(listener) });
    test::runProcess(QStringLiteral("kill"), { QStringLiteral("-KILL"), QString::fromLatin1(listener) });
    QVERIFY(session.state() == QProcess::NotRunning || session.waitForFinished(15000));
    QVERIFY(session.exitCode() != 0);
    // The proxy survives; new connections fail cleanly while sshd is gone...
    QCOMPARE(proxy.state(), QProcess::Running);
    QVERIFY(ssh(viaProxy + QStringList { QStringLiteral("local.sandbox"), QStringLiteral("true") }).exitCode != 0);
    QCOMPARE(proxy.state(), QProcess::Running);
    // ...and work again once it is back.
    QCOMPARE(test::runCli(test::args({ "sandbox", "start" })).exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(test::runCli(test::args({ "sandbox", "status", "--json" })).out)
            .object()
            .value(QStringLiteral("port"))
            .toInt(),
        QJsonDocument::fromJson(test::runCli(test::args({ "workspaces", "list", "--json", "--source", "local" })).out)
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("transport"))
            .toObject()
            .value(QStringLiteral("port"))
            .toInt());
    auto again =
        ssh(viaProxy + QStringList { QStringLiteral("local.sandbox"), QStringLiteral("echo"), QStringLiteral("back") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    proxy.kill();
    proxy.waitForFinished();
}

void TestConnect::userHostsAndOverrides()
{
    const QString port =
        QString::number(QJsonDocument::fromJson(test::runCli(test::args({ "sandbox", "status", "--json" })).out)
                            .object()
                            .value(QStringLiteral("port"))
                            .toInt());
    const QString me =
        QString::fromUtf8(test::runProcess(QStringLiteral("id"), { QStringLiteral("-un") }).out.trimmed());
    // Hostile values never get in.
    QCOMPARE(test::runCli(test::args({ "hosts", "add", "bad name", "--host", "127.0.0.1" })).exitCode, 1);
    QCOMPARE(test::runCli(test::args({ "hosts", "add", "x", "--host", "a b" })).exitCode, 1);
    QCOMPARE(test::runCli(test::args({ "hosts", "add", "y", "--host", "h", "--user", "-oProxyCommand=x" })).exitCode,
             1);
    auto add = test::runCli({ QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("mybox"),
                              QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port,
                              QStringLiteral("--user"), me, QStringLiteral("--key"), m_key, QStringLiteral("--project"),
                              QStringLiteral("demo"), QStringLiteral("--tags"), QStringLiteral("web,eu") });
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    auto list = test::runCli(test::args({ "workspaces", "list", "--json", "--project", "demo" }));
    const QJsonArray arr = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(arr.size(), 1);
    QCOMPARE(arr[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("ssh.mybox"));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("tags")).toArray(),
             QJsonArray::fromStringList({ QStringLiteral("web"), QStringLiteral("eu") }));
    QCOMPARE(test::runCli(test::args({ "workspaces", "list", "--json", "--tag", "eu", "--source", "ssh" })).exitCode,
             0);
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QCOMPARE(test::runCli(test::args({ "trust", "ssh.mybox", "--yes" })).exitCode, 0);
    auto login = ssh(test::args({ "ssh.mybox", "echo", "mine" }));
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QCOMPARE(login.out.trimmed(), QByteArray("mine"));

    // Agent forwarding per workspace: off unless turned on, and back off.
    QCOMPARE(ssh(test::args({ "-G", "ssh.mybox" })).out.contains("forwardagent no"), true);
    auto on = test::runCli(test::args({ "workspaces", "set", "ssh.mybox", "--agent-forwarding", "on" }));
    QCOMPARE(on.exitCode, 0);
    QVERIFY(on.err.contains("warning"));
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QVERIFY(ssh(test::args({ "-G", "ssh.mybox" })).out.contains("forwardagent yes"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "set", "ssh.mybox", "--agent-forwarding", "off" })).exitCode, 0);
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QVERIFY(ssh(test::args({ "-G", "ssh.mybox" })).out.contains("forwardagent no"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "set", "ssh.mybox", "--agent-forwarding", "maybe" })).exitCode, 2);
    // With forwarding on by default, a workspace set to off stays off; one not set follows the default.
    const QString settings = m_home->filePath(QStringLiteral(".config/keyport/settings.json"));
    QFile prefs(settings);
    QVERIFY(prefs.open(QIODevice::WriteOnly | QIODevice::Truncate));
    prefs.write(R"({"agent_forwarding_default": true})");
    prefs.close();
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QVERIFY(ssh(test::args({ "-G", "ssh.mybox" })).out.contains("forwardagent no"));
    QVERIFY(ssh(test::args({ "-G", "local.sandbox" })).out.contains("forwardagent yes"));
    QVERIFY(QFile::remove(settings));
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QVERIFY(ssh(test::args({ "-G", "local.sandbox" })).out.contains("forwardagent no"));
    // Another key and user for one workspace.
    QCOMPARE(test::runCli(test::args({ "keys", "generate", "other_key", "--no-passphrase" })).exitCode, 0);
    QCOMPARE(
        test::runCli(test::args({ "workspaces", "set", "local.sandbox", "--key", "other_key", "--user", "someone" }))
            .exitCode,
        0);
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    const QByteArray g = ssh(test::args({ "-G", "local.sandbox" })).out;
    QVERIFY2(g.contains("identityfile " + QDir(m_home->sshDir()).filePath(QStringLiteral("other_key")).toUtf8()),
             g.constData());
    QVERIFY(g.contains("user someone"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "set", "local.sandbox", "--key", m_key.toUtf8().constData(),
                                       "--user", me.toUtf8().constData() }))
                 .exitCode,
             0);
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QCOMPARE(ssh(test::args({ "local.sandbox", "true" })).exitCode, 0);

    QCOMPARE(test::runCli(test::args({ "hosts", "remove", "mybox" })).exitCode, 0);
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    QFile managed(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    QVERIFY(managed.open(QIODevice::ReadOnly));
    QVERIFY(!managed.readAll().contains("ssh.mybox"));
}

void TestConnect::serverDownIsAClearError()
{
    QCOMPARE(test::runCli(test::args({ "sandbox", "stop" })).exitCode, 0);
    auto r = test::runCli(test::args({ "forward", "local.sandbox" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Cannot connect to 127.0.0.1"), r.err.constData());
    auto c = test::runCli(test::args({ "connect", "local.sandbox", "--", "true" }));
    QCOMPARE(c.exitCode, 1);
    QVERIFY(c.err.contains("stopped") || c.err.contains("Cannot"));
    // Back up for the suite's other users of the same HOME (none), and stable host key.
    auto again = test::runCli(test::args({ "sandbox", "start" })); // its own key again, no question
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(ssh(test::args({ "local.sandbox", "true" })).exitCode, 0); // same host key after restart
}

void TestConnect::failedCallsLeaveATrace()
{
    QCOMPARE(test::runCli(test::args({ "hosts", "add", "nowhere", "--host", "127.0.0.1", "--port", "1" })).exitCode, 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("keyport.*=true"));
    auto r = test::runCli(test::args({ "trust", "ssh.nowhere", "--yes" }), {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("keyport.launch: launch of \"ssh.nowhere\" failed:"), r.err.constData());
    // Quiet by default: only the one line for a person.
    auto quiet = test::runCli(test::args({ "trust", "ssh.nowhere", "--yes" }));
    QVERIFY(!quiet.err.contains("keyport.launch"));
    QCOMPARE(test::runCli(test::args({ "hosts", "remove", "nowhere" })).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
