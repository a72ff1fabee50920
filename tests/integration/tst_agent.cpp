// The ssh-agent client against a real OpenSSH ssh-agent, and its failures.
#include "fixtures.h"

#include "identity/agentclient.h"
#include "identity/keystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QThread>

using namespace keyport;

class TestAgent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addedKeysShowInSshAdd_data();
    void addedKeysShowInSshAdd();
    void removeAndClear();
    void lifetimeExpires();
    void confirmConstraintIsSent();
    void lockUnlockRoundTrip();
    void missingSocketVariable();
    void deadSocket();
    void hangingSocketTimesOut();
    void refusedConstraintIsExplained();

private:
    DecryptedKey makeKey(const QString &name, KeyAlgorithm alg = KeyAlgorithm::Ed25519);
    QString sshAddList();
    bool agentSign(const QString &pubPath);

    std::unique_ptr<test::TempHome> m_home;
    test::SshAgentProcess m_agent;
    QTemporaryDir m_askpassDir;
};

void TestAgent::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("ssh-agent");
    KEYPORT_REQUIRE_TOOL("ssh-add");
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    m_home = std::make_unique<test::TempHome>();
    // A recording askpass answers the agent's confirmation prompts: it logs
    // each call and answers with the exit code stored in `answer`.
    const QString script = m_askpassDir.filePath(QStringLiteral("askpass"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1/log'\nexit $(cat '%1/answer')\n")
                .arg(m_askpassDir.path())
                .toUtf8());
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("SSH_ASKPASS"), script);
    extra.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    extra.insert(QStringLiteral("DISPLAY"), QStringLiteral(":4242"));
    const QString err = m_agent.start(extra);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestAgent::init()
{
    QVERIFY(AgentClient().removeAll().ok());
}

DecryptedKey TestAgent::makeKey(const QString &name, KeyAlgorithm alg)
{
    GenerateOptions opts;
    opts.algorithm = alg;
    opts.comment = name + QStringLiteral("@test");
    auto info = KeyStore().generate(name, opts);
    if (!info)
        qFatal("generate failed: %s", qPrintable(info.error().oneLine()));
    return *KeyStore().decrypt(info->path, {});
}

QString TestAgent::sshAddList()
{
    auto r = test::runProcess(test::findTool(QStringLiteral("ssh-add")),
                              { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256") });
    return QString::fromUtf8(r.out + r.err);
}

bool TestAgent::agentSign(const QString &pubPath)
{
    // ssh-keygen -Y sign with only the public key signs through the agent.
    QTemporaryDir d;
    const QString data = d.filePath(QStringLiteral("data"));
    QFile f(data);
    f.open(QIODevice::WriteOnly);
    f.write("sign me");
    f.close();
    auto r = test::runProcess(test::findTool(QStringLiteral("ssh-keygen")),
                              { QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), pubPath,
                                QStringLiteral("-n"), QStringLiteral("file"), data });
    return r.exitCode == 0 && QFile::exists(data + QStringLiteral(".sig"));
}

void TestAgent::addedKeysShowInSshAdd_data()
{
    QTest::addColumn<int>("alg");
    QTest::newRow("ed25519") << int(KeyAlgorithm::Ed25519);
    QTest::newRow("ecdsa384") << int(KeyAlgorithm::EcdsaP384);
    QTest::newRow("ecdsa521") << int(KeyAlgorithm::EcdsaP521);
    QTest::newRow("rsa") << int(KeyAlgorithm::Rsa);
}

void TestAgent::addedKeysShowInSshAdd()
{
    QFETCH(int, alg);
    const auto key =
        makeKey(QStringLiteral("agent_%1").arg(QString::fromLatin1(QTest::currentDataTag())), KeyAlgorithm(alg));
    QVERIFY(AgentClient().add(key.key, key.comment).ok());
    const QString listed = sshAddList();
    QVERIFY2(listed.contains(key.key.publicKey().fingerprint()), qPrintable(listed));
    QVERIFY(listed.contains(key.comment));
    auto ids = AgentClient().list();
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 1);
    QCOMPARE(ids->first().key.fingerprint(), key.key.publicKey().fingerprint());
    QCOMPARE(ids->first().comment, key.comment);
}

void TestAgent::removeAndClear()
{
    const auto a = makeKey(QStringLiteral("rm_a")), b = makeKey(QStringLiteral("rm_b"));
    QVERIFY(AgentClient().add(a.key, a.comment).ok());
    QVERIFY(AgentClient().add(b.key, b.comment).ok());
    QVERIFY(AgentClient().remove(a.key.publicKey()).ok());
    QString listed = sshAddList();
    QVERIFY(!listed.contains(a.key.publicKey().fingerprint()));
    QVERIFY(listed.contains(b.key.publicKey().fingerprint()));
    auto again = AgentClient().remove(a.key.publicKey());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY(AgentClient().removeAll().ok());
    QCOMPARE(AgentClient().list()->size(), 0);
}

void TestAgent::lifetimeExpires()
{
    const auto key = makeKey(QStringLiteral("shortlived"));
    AgentConstraints c;
    c.lifetimeSeconds = 2;
    QVERIFY(AgentClient().add(key.key, key.comment, c).ok());
    QVERIFY(sshAddList().contains(key.key.publicKey().fingerprint()));
    // The agent drops it after two seconds; give it up to ten.
    QElapsedTimer t;
    t.start();
    while (sshAddList().contains(key.key.publicKey().fingerprint()) && t.elapsed() < 10000)
        QThread::msleep(200);
    QVERIFY2(!sshAddList().contains(key.key.publicKey().fingerprint()), "key outlived its lifetime");
    QVERIFY(t.elapsed() >= 1000);
}

void TestAgent::confirmConstraintIsSent()
{
    const QString log = m_askpassDir.filePath(QStringLiteral("log"));
    const QString answer = m_askpassDir.filePath(QStringLiteral("answer"));
    auto setAnswer = [&](const char *code) {
        QFile f(answer);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(code);
    };
    const auto key = makeKey(QStringLiteral("confirmed"));
    const QString pub = QDir(m_home->sshDir()).filePath(QStringLiteral("confirmed.pub"));

    // Without the constraint the agent signs without asking.
    QFile::remove(log);
    QVERIFY(AgentClient().add(key.key, key.comment).ok());
    QVERIFY(agentSign(pub));
    QVERIFY(!QFile::exists(log));

    AgentConstraints c;
    c.confirm = true;
    QVERIFY(AgentClient().add(key.key, key.comment, c).ok()); // re-add replaces constraints
    setAnswer("1"); // the person says no
    QVERIFY(!agentSign(pub));
    QVERIFY(QFile::exists(log));
    auto asked = [&log] {
        QFile f(log);
        f.open(QIODevice::ReadOnly);
        return f.readAll().count('\n');
    };
    const auto afterNo = asked();
    QVERIFY(afterNo >= 1);
    setAnswer("0"); // and now yes
    QVERIFY(agentSign(pub));
    QVERIFY(asked() > afterNo);
}

void TestAgent::lockUnlockRoundTrip()
{
    const auto key = makeKey(QStringLiteral("lockme"));
    QVERIFY(AgentClient().add(key.key, key.comment).ok());
    QVERIFY(AgentClient().lock("lock pw").ok());
    QVERIFY(!sshAddList().contains(key.key.publicKey().fingerprint()));
    QCOMPARE(AgentClient().list()->size(), 0);
    auto wrong = AgentClient().unlock("not it");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(AgentClient().unlock("lock pw").ok());
    QVERIFY(sshAddList().contains(key.key.publicKey().fingerprint()));
    QVERIFY(!AgentClient().unlock("lock pw").ok()); // not locked any more
}

void TestAgent::missingSocketVariable()
{
    const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    auto r = AgentClient().list();
    qputenv("SSH_AUTH_SOCK", saved);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Agent);
    QVERIFY2(r.error().message.contains(QStringLiteral("SSH_AUTH_SOCK")), qPrintable(r.error().message));
}

void TestAgent::deadSocket()
{
    QTemporaryDir d;
    auto missing = AgentClient(d.filePath(QStringLiteral("gone.sock"))).list();
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("not running")), qPrintable(missing.error().message));
    // A socket left behind by a dead agent.
    {
        QLocalServer s;
        s.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(s.listen(d.filePath(QStringLiteral("stale.sock"))));
    }
    QFile stale(d.filePath(QStringLiteral("stale.sock")));
    auto r = AgentClient(d.filePath(QStringLiteral("stale.sock"))).list();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Agent);
}

void TestAgent::hangingSocketTimesOut()
{
    QTemporaryDir d;
    QLocalServer silent; // accepts, never answers
    QVERIFY(silent.listen(d.filePath(QStringLiteral("silent.sock"))));
    QElapsedTimer t;
    t.start();
    auto r = AgentClient(d.filePath(QStringLiteral("silent.sock")), 1000).list();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Timeout);
    QVERIFY2(r.error().message.contains(QStringLiteral("did not answer")), qPrintable(r.error().message));
    QVERIFY(t.elapsed() < 5000);
}

void TestAgent::refusedConstraintIsExplained()
{
    QTemporaryDir d;
    const QString sock = d.filePath(QStringLiteral("peer.sock"));
    QProcess peer;
    peer.start(QStringLiteral(KEYPORT_PEER_AGENT), { sock });
    QVERIFY(peer.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (!QFile::exists(sock) && t.elapsed() < 5000)
        QThread::msleep(20);
    const auto key = makeKey(QStringLiteral("peerkey"));
    AgentConstraints c;
    c.lifetimeSeconds = 60;
    auto refused = AgentClient(sock).add(key.key, key.comment, c);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("lifetime of 60 s")), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("constraints")));
    QVERIFY(AgentClient(sock).add(key.key, key.comment).ok());
    QCOMPARE(AgentClient(sock).list()->size(), 1);
    peer.kill();
    peer.waitForFinished();
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
