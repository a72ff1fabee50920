// Keys we generate log in to a real OpenSSH sshd through libssh, directly and
// through the ssh-agent; keys sshd does not know are refused.
#include "fixtures.h"

#include "identity/agentclient.h"
#include "identity/keystore.h"
#include "session/sshsession.h"

#include <QFile>

using namespace keyport;

class TestSshAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generatedKeyLogsInDirectly_data();
    void generatedKeyLogsInDirectly();
    void generatedKeyLogsInThroughAgent();
    void unknownKeyIsRefused();
    void hostKeyIsTheServers();
    void unreachableServerIsAClearError();

private:
    KeyInfo generate(const QString &name, KeyAlgorithm alg, const QByteArray &passphrase = {});
    SshEndpoint endpoint() const { return { QStringLiteral("127.0.0.1"), m_sshd.port(), m_sshd.user(), {} }; }

    std::unique_ptr<test::TempHome> m_home;
    test::SshServer m_sshd;
    test::SshAgentProcess m_agent;
};

void TestSshAuth::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh-agent");
    m_home = std::make_unique<test::TempHome>();
    QString err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = m_agent.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

KeyInfo TestSshAuth::generate(const QString &name, KeyAlgorithm alg, const QByteArray &passphrase)
{
    GenerateOptions opts;
    opts.algorithm = alg;
    opts.passphrase = passphrase;
    auto info = KeyStore().generate(name, opts);
    if (!info)
        qFatal("%s", qPrintable(info.error().oneLine()));
    return *info;
}

void TestSshAuth::generatedKeyLogsInDirectly_data()
{
    QTest::addColumn<int>("alg");
    QTest::newRow("ed25519") << int(KeyAlgorithm::Ed25519);
    QTest::newRow("ecdsa256") << int(KeyAlgorithm::EcdsaP256);
    QTest::newRow("ecdsa521") << int(KeyAlgorithm::EcdsaP521);
    QTest::newRow("rsa") << int(KeyAlgorithm::Rsa);
}

void TestSshAuth::generatedKeyLogsInDirectly()
{
    QFETCH(int, alg);
    const KeyInfo info = generate(QStringLiteral("direct_%1").arg(QString::fromLatin1(QTest::currentDataTag())),
                                  KeyAlgorithm(alg), "pass phrase");
    m_sshd.clearAuthorized();
    m_sshd.authorize(info.publicKey->toOpenSshLine(info.comment));
    auto key = KeyStore().decrypt(info.path, "pass phrase");
    QVERIFY(key.ok());
    SshSession s;
    auto c = s.connect(endpoint());
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().oneLine()));
    auto a = s.authenticateWithKey(key->key);
    QVERIFY2(a.ok(), qPrintable((a.ok() ? QString() : a.error().oneLine()) + QString::fromUtf8(m_sshd.log())));
    auto out = s.exec(QStringLiteral("echo logged-in-as-$(id -un)"));
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().oneLine()));
    QCOMPARE(out->trimmed(), QStringLiteral("logged-in-as-%1").arg(m_sshd.user()).toUtf8());
}

void TestSshAuth::generatedKeyLogsInThroughAgent()
{
    const KeyInfo info = generate(QStringLiteral("via_agent"), KeyAlgorithm::Ed25519);
    m_sshd.clearAuthorized();
    m_sshd.authorize(info.publicKey->toOpenSshLine(info.comment));
    QVERIFY(AgentClient().removeAll().ok());

    // Before the key is in the agent, the agent cannot log in.
    {
        SshSession s;
        QVERIFY(s.connect(endpoint()).ok());
        QVERIFY(!s.authenticateWithAgent().ok());
    }
    auto key = KeyStore().decrypt(info.path, {});
    QVERIFY(AgentClient().add(key->key, key->comment).ok());
    SshSession s;
    QVERIFY(s.connect(endpoint()).ok());
    auto a = s.authenticateWithAgent();
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().oneLine()));
    auto out = s.exec(QStringLiteral("echo through-agent"));
    QVERIFY(out.ok());
    QCOMPARE(out->trimmed(), QByteArray("through-agent"));
}

void TestSshAuth::unknownKeyIsRefused()
{
    const KeyInfo known = generate(QStringLiteral("known"), KeyAlgorithm::Ed25519);
    const KeyInfo stranger = generate(QStringLiteral("stranger"), KeyAlgorithm::Ed25519);
    m_sshd.clearAuthorized();
    m_sshd.authorize(known.publicKey->toOpenSshLine(known.comment));
    SshSession s;
    QVERIFY(s.connect(endpoint()).ok());
    auto a = s.authenticateWithKey(KeyStore().decrypt(stranger.path, {})->key);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, ErrorCode::PermissionDenied);
    QVERIFY(a.error().message.contains(stranger.publicKey->fingerprint()));
}

void TestSshAuth::hostKeyIsTheServers()
{
    SshSession s;
    QVERIFY(s.connect(endpoint()).ok());
    auto hk = s.hostKey();
    QVERIFY(hk.ok());
    QFile pub(m_sshd.hostKeyPublicPath());
    QVERIFY(pub.open(QIODevice::ReadOnly));
    auto expected = PublicKey::fromOpenSshLine(pub.readAll());
    QVERIFY(expected.ok());
    QCOMPARE(hk->fingerprint(), expected->fingerprint());
}

void TestSshAuth::unreachableServerIsAClearError()
{
    SshSession s;
    auto c = s.connect({ QStringLiteral("127.0.0.1"), test::freeLoopbackPort(), m_sshd.user(), {} }, 3);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::Network);
    QVERIFY(c.error().message.contains(QStringLiteral("Cannot connect")));
}

QTEST_GUILESS_MAIN(TestSshAuth)
#include "tst_sshauth.moc"
