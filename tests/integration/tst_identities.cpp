// Keyport's own identities against a real sshd that stops after three tries
// (MaxAuthTries 3) and a real ssh-agent holding five keys it does not know:
// without an identity ssh offers the agent's keys first and is cut off ("Too
// many authentication failures"); with one that names the sixth key and
// admits the host by its project, the managed config offers only that key
// (IdentitiesOnly) and the login works. Also: the restrictions decide (a
// host outside them keeps offering everything), `identities explain` says
// which key and why, a refused `ls` says the same, list and remove.
#include "fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keyport;

class TestIdentities : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fiveKeysInTheAgentAreTooMany();
    void anIdentityOffersTheSixthOnly();
    void explainSaysWhichKeyAndWhy();
    void restrictionsDecide();
    void listAndRemove();

private:
    test::ProcessResult ssh(const QString &alias);
    std::unique_ptr<test::TempHome> m_home;
    test::SshServer m_sshd;
    test::SshAgentProcess m_agent;
    QTemporaryDir m_keys;
};

void TestIdentities::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh-agent");
    KEYPORT_REQUIRE_TOOL("ssh-add");
    m_home = std::make_unique<test::TempHome>();
    m_sshd.setExtraConfig(QStringLiteral("MaxAuthTries 3\n"));
    QString err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = m_agent.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    // Five keys the server does not know, in the agent as on a busy laptop.
    for (int i = 0; i < 5; ++i) {
        const QString key = m_keys.filePath(QStringLiteral("other%1").arg(i));
        QVERIFY(test::makeKeyWithSshKeygen(key));
        auto added = test::runProcess(test::findTool(QStringLiteral("ssh-add")), { key });
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }
    QCOMPARE(test::runCli(test::args({ "keys", "generate", "id_sixth", "--no-passphrase" })).exitCode, 0);
    m_sshd.authorize(test::readFile(m_home->filePath(QStringLiteral(".ssh/id_sixth.pub"))));
    for (const char *name : { "box", "other-box" }) {
        auto host = test::runCli({ QStringLiteral("hosts"), QStringLiteral("add"), QString::fromLatin1(name),
                                   QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                   QString::number(m_sshd.port()), QStringLiteral("--user"), m_sshd.user(),
                                   QStringLiteral("--project"),
                                   qstrcmp(name, "box") == 0 ? QStringLiteral("lab") : QStringLiteral("prod"),
                                   QStringLiteral("--tags"), QStringLiteral("gpu,linux") });
        QVERIFY2(host.exitCode == 0, qPrintable(host.describe()));
        auto trust = test::runCli(
            { QStringLiteral("trust"), QStringLiteral("ssh.") + QString::fromLatin1(name), QStringLiteral("--yes") });
        QVERIFY2(trust.exitCode == 0, qPrintable(trust.describe()));
    }
}

test::ProcessResult TestIdentities::ssh(const QString &alias)
{
    auto config = test::runCli(test::args({ "ssh-config" }));
    if (config.exitCode != 0)
        return config;
    return test::runSsh(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")),
                        { alias, QStringLiteral("echo"), QStringLiteral("logged-in") });
}

void TestIdentities::fiveKeysInTheAgentAreTooMany()
{
    auto r = ssh(QStringLiteral("ssh.box"));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Too many authentication failures") || r.err.contains("Permission denied"),
             qPrintable(r.describe()));
}

void TestIdentities::anIdentityOffersTheSixthOnly()
{
    auto added = test::runCli(test::args({ "identities", "add", "lab-key", "--key", "id_sixth", "--project", "lab" }));
    QVERIFY2(added.exitCode == 0 && added.out.contains("projects lab"), qPrintable(added.describe()));
    auto r = ssh(QStringLiteral("ssh.box"));
    QVERIFY2(r.exitCode == 0 && r.out.trimmed() == "logged-in", qPrintable(r.describe()));
    const QByteArray managed = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    const QByteArray block = managed.mid(managed.indexOf("Host ssh.box\n"));
    QVERIFY2(block.left(block.indexOf("\nHost ", 1)).contains("IdentitiesOnly yes"), block.constData());
}

void TestIdentities::explainSaysWhichKeyAndWhy()
{
    auto r = test::runCli(test::args({ "identities", "explain", "ssh.box", "--json" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject e = QJsonDocument::fromJson(r.out).object();
    const QJsonArray checks = e.value(QStringLiteral("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    const QString first = checks[0].toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(first.contains(QLatin1String("id_sixth")) && first.contains(QLatin1String("lab-key")), qPrintable(first));
    // The other host is outside the identity's projects: it offers no key of
    // its own, and explain says so, with what to do.
    auto other = test::runCli(test::args({ "identities", "explain", "ssh.other-box" }));
    QVERIFY2(other.exitCode == 0 && other.out.contains("offers no key of its own")
                 && other.out.contains("Next: Give it the key"),
             qPrintable(other.describe()));
}

void TestIdentities::restrictionsDecide()
{
    // Outside the project: still the agent's keys first, still cut off.
    auto r = ssh(QStringLiteral("ssh.other-box"));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    // A tag rule that both hosts pass (any of gpu, cuda) admits it too.
    auto added = test::runCli(
        test::args({ "identities", "add", "gpu key", "--key", "id_sixth", "--tag", "gpu", "--tag", "cuda" }));
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    r = ssh(QStringLiteral("ssh.other-box"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // "Match all tags": cuda is missing, so it no longer admits it.
    QCOMPARE(test::runCli(test::args({ "identities", "remove", "gpu key" })).exitCode, 0);
    QCOMPARE(test::runCli(test::args({ "identities", "add", "gpu key", "--key", "id_sixth", "--tag", "gpu", "--tag",
                                       "cuda", "--match-all-tags" }))
                 .exitCode,
             0);
    r = ssh(QStringLiteral("ssh.other-box"));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    // Names and items follow one rule for every source.
    auto bad = test::runCli(test::args({ "identities", "add", "x", "--key", "id_sixth" }));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("3 to 100"), qPrintable(bad.describe()));
}

void TestIdentities::listAndRemove()
{
    auto listed = test::runCli(test::args({ "identities", "list", "--json" }));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(all.size(), 2);
    const QJsonObject tags = all[1].toObject().value(QStringLiteral("tags")).toObject();
    QCOMPARE(tags.value(QStringLiteral("items")).toArray(),
             (QJsonArray { QStringLiteral("gpu"), QStringLiteral("cuda") }));
    QCOMPARE(tags.value(QStringLiteral("match")).toString(), QStringLiteral("all"));
    QCOMPARE(test::runCli(test::args({ "identities", "remove", "lab-key" })).exitCode, 0);
    auto gone = test::runCli(test::args({ "identities", "remove", "lab-key" }));
    QVERIFY2(gone.exitCode == 1 && gone.err.contains("no identity"), qPrintable(gone.describe()));
    // Without it, ssh.box is back to the agent's keys.
    auto r = ssh(QStringLiteral("ssh.box"));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    // A refused login says why, and what to do, where it happened.
    auto ls = test::runCli(test::args({ "ls", "ssh.box:" }));
    QCOMPARE(ls.exitCode, 1);
    QVERIFY2(ls.err.contains("offers no key of its own") && ls.err.contains("Next: Give it the key"),
             qPrintable(ls.describe()));
}

QTEST_GUILESS_MAIN(TestIdentities)
#include "tst_identities.moc"
