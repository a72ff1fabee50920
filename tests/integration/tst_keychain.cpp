// Passphrases in a real Secret Service (gnome-keyring in a private D-Bus
// session): stored, found by secret-tool, forgotten, and used by agent add.
#include "fixtures.h"

#include "identity/keystore.h"
#include "identity/secretstore.h"

#include <QDir>
#include <QSignalSpy>

using namespace keyport;

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void coreRoundTrip();
    void rememberIsVisibleToSecretTool();
    void forgetRemovesIt();
    void agentAddUsesTheKeychain();
    void staleStoredPassphraseFallsBackToAsking();
    void passphraseChangeUpdatesTheKeychain();
    void deleteForgetsThePassphrase();
    void noKeychainSaysSoAndAsks();

private:
    QByteArray secretToolSearch(const QString &fingerprint);
    QString fingerprintOf(const QString &name);
    bool agentHas(const QString &fingerprint);

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    test::SshAgentProcess m_agent;
};

void TestKeychain::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    KEYPORT_REQUIRE_TOOL("dbus-run-session");
    KEYPORT_REQUIRE_TOOL("secret-tool");
    KEYPORT_REQUIRE_TOOL("ssh-agent");
    m_home = std::make_unique<test::TempHome>();
    QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = m_agent.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

QByteArray TestKeychain::secretToolSearch(const QString &fingerprint)
{
    auto r =
        test::runProcess(test::findTool(QStringLiteral("secret-tool")),
                         { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                           QStringLiteral("keyport"), QStringLiteral("user"), secrets::passphraseKey(fingerprint) });
    return r.out + r.err;
}

QString TestKeychain::fingerprintOf(const QString &name)
{
    auto info = KeyStore().inspect(QDir(m_home->sshDir()).filePath(name));
    return info ? info->publicKey->fingerprint() : QString();
}

bool TestKeychain::agentHas(const QString &fingerprint)
{
    auto r = test::runProcess(test::findTool(QStringLiteral("ssh-add")), { QStringLiteral("-l") });
    return r.out.contains(fingerprint.toUtf8());
}

void TestKeychain::coreRoundTrip()
{
    const QString key = QStringLiteral("test/core");
    auto *w = secrets::write(key, "v\xc3\xa4lue\n\x01");
    QSignalSpy wrote(w, &Job::finished);
    w->start();
    QVERIFY(wrote.wait(10000));
    QVERIFY2(!w->failed(), qPrintable(w->error().oneLine()));
    auto *r = secrets::read(key);
    QSignalSpy read(r, &Job::finished);
    r->start();
    QVERIFY(read.wait(10000));
    QVERIFY(!r->failed());
    QCOMPARE(r->secret().value_or(QByteArray()), QByteArray("v\xc3\xa4lue\n\x01"));
    auto *d = secrets::remove(key);
    QSignalSpy deleted(d, &Job::finished);
    d->start();
    QVERIFY(deleted.wait(10000));
    QVERIFY(!d->failed());
    // Not found is an answer, not an error.
    auto *r2 = secrets::read(key);
    QSignalSpy read2(r2, &Job::finished);
    r2->start();
    QVERIFY(read2.wait(10000));
    QVERIFY(!r2->failed());
    QVERIFY(!r2->secret().has_value());
}

void TestKeychain::rememberIsVisibleToSecretTool()
{
    auto gen = test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_one"),
                              QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                            "kc one pass\n");
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    QVERIFY(gen.out.contains("Passphrase stored in the OS keychain"));
    const QString fp = fingerprintOf(QStringLiteral("kc_one"));
    const QByteArray found = secretToolSearch(fp);
    QVERIFY2(found.contains("attribute.user = " + secrets::passphraseKey(fp).toUtf8()), found.constData());
    // The secret is the passphrase (QtKeychain stores binary data as base64).
    QVERIFY(found.contains("secret = " + QByteArray("kc one pass").toBase64()));
    auto show = test::runCli(
        { QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("kc_one"), QStringLiteral("--json") });
    QVERIFY(show.out.contains("\"passphrase_in_keychain\": true"));
    // The passphrase appears in no output and no key file beside the key.
    QVERIFY(!gen.out.contains("kc one pass") && !gen.err.contains("kc one pass"));
}

void TestKeychain::forgetRemovesIt()
{
    auto gen = test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_forget"),
                              QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                            "forget me\n");
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    const QString fp = fingerprintOf(QStringLiteral("kc_forget"));
    QVERIFY(secretToolSearch(fp).contains("attribute.user"));
    auto forget = test::runCli({ QStringLiteral("keys"), QStringLiteral("forget"), QStringLiteral("kc_forget") });
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.describe()));
    QVERIFY(!secretToolSearch(fp).contains("attribute.user"));
    // Forgetting twice is fine: nothing stored is not an error.
    QCOMPARE(test::runCli({ QStringLiteral("keys"), QStringLiteral("forget"), QStringLiteral("kc_forget") }).exitCode,
             0);
    // remember: a wrong passphrase is not stored; the right one is.
    auto wrong =
        test::runCli({ QStringLiteral("keys"), QStringLiteral("remember"), QStringLiteral("kc_forget") }, "wrong\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains("Wrong passphrase"));
    QVERIFY(!secretToolSearch(fp).contains("attribute.user"));
    auto right = test::runCli({ QStringLiteral("keys"), QStringLiteral("remember"), QStringLiteral("kc_forget") },
                              "forget me\n");
    QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
    QVERIFY(secretToolSearch(fp).contains("attribute.user"));
}

void TestKeychain::agentAddUsesTheKeychain()
{
    auto gen = test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_agent"),
                              QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                            "agent pass\n");
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    // stdin is empty: the passphrase can only come from the keychain.
    auto add = test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_agent"),
                              QStringLiteral("--lifetime"), QStringLiteral("600") });
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY(agentHas(fingerprintOf(QStringLiteral("kc_agent"))));

    // A key whose passphrase is not stored needs one: with none given, a clear error.
    auto plain = test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_unstored"),
                                QStringLiteral("--passphrase-stdin") },
                              "unstored\n");
    QCOMPARE(plain.exitCode, 0);
    auto none = test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_unstored") });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("keys remember kc_unstored"), none.err.constData());
    QCOMPARE(none.err.count('\n'), 1);
    QVERIFY(!agentHas(fingerprintOf(QStringLiteral("kc_unstored"))));
    auto wrong =
        test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_unstored") }, "nope\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains("Wrong passphrase for kc_unstored"));
    auto typed =
        test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_unstored") }, "unstored\n");
    QVERIFY2(typed.exitCode == 0, qPrintable(typed.describe()));
    QVERIFY(agentHas(fingerprintOf(QStringLiteral("kc_unstored"))));
}

void TestKeychain::staleStoredPassphraseFallsBackToAsking()
{
    QCOMPARE(test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_stale"),
                            QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                          "first\n")
                 .exitCode,
             0);
    // Changed behind Keyport's back with ssh-keygen.
    auto p = test::runProcess(test::findTool(QStringLiteral("ssh-keygen")),
                              { QStringLiteral("-p"), QStringLiteral("-P"), QStringLiteral("first"),
                                QStringLiteral("-N"), QStringLiteral("second"), QStringLiteral("-f"),
                                QDir(m_home->sshDir()).filePath(QStringLiteral("kc_stale")) });
    QCOMPARE(p.exitCode, 0);
    auto add = test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_stale") }, "second\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY(add.err.contains("no longer opens"));
    QVERIFY(agentHas(fingerprintOf(QStringLiteral("kc_stale"))));
}

void TestKeychain::passphraseChangeUpdatesTheKeychain()
{
    QCOMPARE(test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_change"),
                            QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                          "before\n")
                 .exitCode,
             0);
    auto change = test::runCli({ QStringLiteral("keys"), QStringLiteral("passphrase"), QStringLiteral("kc_change") },
                               "before\nafter\n");
    QVERIFY2(change.exitCode == 0, qPrintable(change.describe()));
    QVERIFY(change.out.contains("keychain entry was updated"));
    const QString fp = fingerprintOf(QStringLiteral("kc_change"));
    QVERIFY(secretToolSearch(fp).contains("secret = " + QByteArray("after").toBase64()));
    QVERIFY(test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_change") }).exitCode
            == 0);
}

void TestKeychain::deleteForgetsThePassphrase()
{
    QCOMPARE(test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_delete"),
                            QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                          "bye\n")
                 .exitCode,
             0);
    const QString fp = fingerprintOf(QStringLiteral("kc_delete"));
    auto del = test::runCli(
        { QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("kc_delete"), QStringLiteral("--yes") });
    QVERIFY2(del.exitCode == 0, qPrintable(del.describe()));
    QVERIFY(!secretToolSearch(fp).contains("attribute.user"));
}

void TestKeychain::noKeychainSaysSoAndAsks()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1/no-bus").arg(m_home->path()));
    env.remove(QStringLiteral("DISPLAY"));
    auto gen = test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("kc_nobus"),
                              QStringLiteral("--passphrase-stdin"), QStringLiteral("--remember") },
                            "nobus\n", env);
    // The key is made, the failure to remember is reported, nothing is written in plain text.
    QCOMPARE(gen.exitCode, 1);
    QVERIFY(QFile::exists(QDir(m_home->sshDir()).filePath(QStringLiteral("kc_nobus"))));
    QVERIFY2(gen.err.contains("keychain"), gen.err.constData());
    QVERIFY(gen.err.contains("plain text"));
    auto remember = test::runCli({ QStringLiteral("keys"), QStringLiteral("remember"), QStringLiteral("kc_nobus") },
                                 "nobus\n", env);
    QCOMPARE(remember.exitCode, 1);
    QVERIFY(remember.err.contains("keychain"));
    // agent add says so, then asks (here: reads stdin) and succeeds.
    auto add =
        test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("kc_nobus") }, "nobus\n", env);
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY(add.err.contains("note:"));
    QVERIFY(agentHas(fingerprintOf(QStringLiteral("kc_nobus"))));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
