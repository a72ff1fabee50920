// keyport-cli as a user and a script see it: exit codes, messages, --json,
// hostile names, damaged files, certificates, agent commands.
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keyport;

namespace {

QString keygen()
{
    return test::findTool(QStringLiteral("ssh-keygen"));
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void hostileNamesWriteNothing_data();
    void hostileNamesWriteNothing();
    void generateShowListJson();
    void damagedKeyFiles();
    void wrongPassphraseChangesNothing();
    void importCopiesKeyPubAndCertificate();
    void certificateDetails();
    void deleteRemovesAllFiles();
    void sshDirIsPrivate();
    void hostileCommentIsEscaped();
    void agentCommands();
    void deadAgentIsOneLine();

private:
    QStringList sshDirListing() const;
    QString ssh(const QString &name) const { return QDir(m_home->sshDir()).filePath(name); }
    std::unique_ptr<test::TempHome> m_home;
    test::SshAgentProcess m_agent;
};

void TestCli::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    KEYPORT_REQUIRE_TOOL("ssh-agent");
    m_home = std::make_unique<test::TempHome>();
    // No keychain in this test: point D-Bus nowhere so nothing can leak into a real one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyport-test-bus");
    const QString err = m_agent.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

QStringList TestCli::sshDirListing() const
{
    return QDir(m_home->sshDir()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

void TestCli::version()
{
    auto r = test::runCli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("keyport-cli " KEYPORT_VERSION "\n"));
    auto full = test::runCli({ QStringLiteral("version") });
    QCOMPARE(full.exitCode, 0);
    QVERIFY(full.out.contains("libssh 0."));
    QVERIFY(full.out.contains("OpenSSL"));
}

void TestCli::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown-command") << test::args({ "frobnicate" });
    QTest::newRow("keys-alone") << test::args({ "keys" });
    QTest::newRow("unknown-subcommand") << test::args({ "keys", "bogus" });
    QTest::newRow("unknown-option") << test::args({ "keys", "list", "--bogus" });
    QTest::newRow("missing-name") << test::args({ "keys", "generate" });
    QTest::newRow("extra-arg") << test::args({ "keys", "show", "a", "b" });
    QTest::newRow("bad-type") << test::args({ "keys", "generate", "x", "--type", "dsa", "--no-passphrase" });
    QTest::newRow("bad-bits") << test::args(
        { "keys", "generate", "x", "--type", "rsa", "--bits", "1024", "--no-passphrase" });
    QTest::newRow("bits-not-number") << test::args({ "keys", "generate", "x", "--bits", "many", "--no-passphrase" });
    QTest::newRow("both-passphrase-flags")
        << test::args({ "keys", "generate", "x", "--no-passphrase", "--passphrase-stdin" });
    QTest::newRow("remember-nothing") << test::args({ "keys", "generate", "x", "--no-passphrase", "--remember" });
    QTest::newRow("delete-without-yes") << test::args({ "keys", "delete", "x" });
    QTest::newRow("lifetime-not-number") << test::args({ "agent", "add", "x", "--lifetime", "soon" });
    QTest::newRow("lifetime-missing") << test::args({ "agent", "add", "x", "--lifetime" });
    QTest::newRow("agent-unknown") << test::args({ "agent", "explode" });
}

void TestCli::usageErrorsExit2()
{
    QFETCH(QStringList, args);
    const QStringList before = sshDirListing();
    auto r = test::runCli(args);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.err.startsWith("keyport-cli: ") || r.err.startsWith("usage:"));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(sshDirListing(), before);
}

void TestCli::hostileNamesWriteNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("dotdot") << "../escaped"
                            << "..";
    QTest::newRow("slash-outside") << "/tmp/keyport-outside-key"
                                   << "points elsewhere";
    QTest::newRow("newline") << "evil\nProxyCommand x"
                             << "control characters";
    QTest::newRow("escape") << "evil\x1b]0;x\x07"
                            << "control characters";
    QTest::newRow("space") << "my key"
                           << "not allowed";
    QTest::newRow("existing") << "taken"
                              << "already exists";
}

void TestCli::hostileNamesWriteNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QDir().mkpath(m_home->sshDir());
    QFile taken(ssh(QStringLiteral("taken")));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("not a key, but mine");
    taken.close();
    const QStringList before = sshDirListing();
    auto r =
        test::runCli({ QStringLiteral("keys"), QStringLiteral("generate"), name, QStringLiteral("--no-passphrase") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line, control characters escaped
    QCOMPARE(sshDirListing(), before);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/keyport-outside-key")));
    QVERIFY(!QFile::exists(QDir(m_home->path()).filePath(QStringLiteral("escaped"))));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("not a key, but mine"));
    taken.close();
    taken.remove();
}

void TestCli::generateShowListJson()
{
    auto gen = test::runCli(test::args({ "keys", "generate", "cli_ecdsa", "--type", "ecdsa", "--bits", "384",
                                         "--comment", "ci key", "--passphrase-stdin" }),
                            "pw\n");
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    auto fp = test::runProcess(keygen(), { QStringLiteral("-lf"), ssh(QStringLiteral("cli_ecdsa.pub")) });
    const QString expectedFp = QString::fromUtf8(fp.out).section(QLatin1Char(' '), 1, 1);
    QVERIFY(gen.out.contains(expectedFp.toUtf8()));

    auto show = test::runCli(test::args({ "keys", "show", "cli_ecdsa", "--json" }));
    QCOMPARE(show.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("cli_ecdsa"));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("ECDSA"));
    QCOMPARE(o.value(QStringLiteral("bits")).toInt(), 384);
    QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), expectedFp);
    QCOMPARE(o.value(QStringLiteral("comment")).toString(), QStringLiteral("ci key"));
    QCOMPARE(o.value(QStringLiteral("encrypted")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("openssh"));
    QVERIFY(o.value(QStringLiteral("certificate")).isNull());
    QVERIFY(o.contains(QStringLiteral("passphrase_in_keychain")));

    // A path works as NAME too.
    QCOMPARE(
        test::runCli({ QStringLiteral("keys"), QStringLiteral("show"), ssh(QStringLiteral("cli_ecdsa")) }).exitCode, 0);

    auto list = test::runCli(test::args({ "keys", "list", "--json" }));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray arr = QJsonDocument::fromJson(list.out).array();
    bool found = false;
    for (const auto &v : arr)
        found |= v.toObject().value(QStringLiteral("fingerprint")).toString() == expectedFp;
    QVERIFY(found);
    auto table = test::runCli(test::args({ "keys", "list" }));
    QVERIFY(table.out.startsWith("NAME"));
    QVERIFY(table.out.contains("cli_ecdsa"));
    // An absent key is exit 1, one line.
    auto missing = test::runCli(test::args({ "keys", "show", "no_such_key" }));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("keys list"));
}

void TestCli::damagedKeyFiles()
{
    QVERIFY(test::runCli(test::args({ "keys", "generate", "intact", "--no-passphrase" })).exitCode == 0);
    QFile intact(ssh(QStringLiteral("intact")));
    QVERIFY(intact.open(QIODevice::ReadOnly));
    const QByteArray good = intact.readAll();
    const struct {
        const char *name;
        QByteArray contents;
    } damaged[] = {
        { "truncated", good.left(good.size() / 2) },
        { "corrupt", QByteArray(good).replace(120, 40, QByteArray(40, 'A')) },
        { "header_only", "-----BEGIN OPENSSH PRIVATE KEY-----\n-----END OPENSSH PRIVATE KEY-----\n" },
    };
    for (const auto &d : damaged) {
        QFile f(ssh(QString::fromLatin1(d.name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(d.contents);
        f.close();
        auto show = test::runCli({ QStringLiteral("keys"), QStringLiteral("show"), QString::fromLatin1(d.name) });
        QVERIFY2(show.exitCode == 1, qPrintable(show.describe()));
        QVERIFY2(show.err.contains("damaged") || show.err.contains("not a private key"), show.err.constData());
        auto add = test::runCli({ QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(d.name) });
        QCOMPARE(add.exitCode, 1);
    }
    // Listing still works and shows the intact key.
    auto list = test::runCli(test::args({ "keys", "list", "--json" }));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("\"intact\""));
    QVERIFY(!list.out.contains("\"truncated\""));
    for (const auto &d : damaged)
        QFile::remove(ssh(QString::fromLatin1(d.name)));
}

void TestCli::wrongPassphraseChangesNothing()
{
    QVERIFY(test::runCli(test::args({ "keys", "generate", "guarded", "--passphrase-stdin" }), "right\n").exitCode == 0);
    QFile f(ssh(QStringLiteral("guarded")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto r = test::runCli(test::args({ "keys", "passphrase", "guarded" }), "wrong\nnew\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Wrong passphrase"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();
    auto ok = test::runCli(test::args({ "keys", "passphrase", "guarded" }), "right\nnewer\n");
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    auto y = test::runProcess(keygen(), { QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("newer"),
                                          QStringLiteral("-f"), ssh(QStringLiteral("guarded")) });
    QCOMPARE(y.exitCode, 0);
}

void TestCli::importCopiesKeyPubAndCertificate()
{
    QTemporaryDir src;
    const QString key = src.filePath(QStringLiteral("imported_rsa"));
    QCOMPARE(test::runProcess(keygen(), { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("rsa"),
                                          QStringLiteral("-N"), QStringLiteral("pp"), QStringLiteral("-f"), key })
                 .exitCode,
             0);
    QCOMPARE(test::runProcess(keygen(), { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                          QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                          src.filePath(QStringLiteral("ca")) })
                 .exitCode,
             0);
    QVERIFY(!test::signWithSshKeygen(src.filePath(QStringLiteral("ca")), key + QStringLiteral(".pub"),
                                     QStringLiteral("dev"), { QStringLiteral("-I"), QStringLiteral("imp") })
                 .isEmpty());
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    auto r = test::runCli({ QStringLiteral("keys"), QStringLiteral("import"), key });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char *suffix : { "", ".pub", "-cert.pub" })
        QVERIFY2(QFile::exists(ssh(QStringLiteral("imported_rsa") + QLatin1String(suffix))), suffix);
    QCOMPARE(QFile::permissions(ssh(QStringLiteral("imported_rsa"))) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QFile a1(key), a2(ssh(QStringLiteral("imported_rsa")));
    QVERIFY(a1.open(QIODevice::ReadOnly) && a2.open(QIODevice::ReadOnly));
    QCOMPARE(a2.readAll(), a1.readAll());
    // Never overwrites: a second import fails and leaves the copy alone.
    auto again = test::runCli({ QStringLiteral("keys"), QStringLiteral("import"), key });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already exists"));
    // Something that is not a key is refused without writing.
    const QStringList before = sshDirListing();
    QFile junk(src.filePath(QStringLiteral("junk")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("hello");
    junk.close();
    QCOMPARE(test::runCli({ QStringLiteral("keys"), QStringLiteral("import"), junk.fileName() }).exitCode, 1);
    QCOMPARE(sshDirListing(), before);
}

void TestCli::certificateDetails()
{
    QTemporaryDir ca;
    QCOMPARE(test::runProcess(keygen(), { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                          QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                          ca.filePath(QStringLiteral("ca")) })
                 .exitCode,
             0);
    QVERIFY(test::runCli(test::args({ "keys", "generate", "certified", "--no-passphrase" })).exitCode == 0);
    QVERIFY(!test::signWithSshKeygen(ca.filePath(QStringLiteral("ca")), ssh(QStringLiteral("certified.pub")),
                                     QStringLiteral("alice,deploy"),
                                     { QStringLiteral("-I"), QStringLiteral("alice@corp"), QStringLiteral("-z"),
                                       QStringLiteral("42"), QStringLiteral("-V"), QStringLiteral("-5m:+2h") })
                 .isEmpty());
    auto caFp = test::runProcess(keygen(), { QStringLiteral("-lf"), ca.filePath(QStringLiteral("ca.pub")) });
    const QString expectedCa = QString::fromUtf8(caFp.out).section(QLatin1Char(' '), 1, 1);

    auto show = test::runCli(test::args({ "keys", "show", "certified", "--json" }));
    QCOMPARE(show.exitCode, 0);
    const QJsonObject cert = QJsonDocument::fromJson(show.out).object().value(QStringLiteral("certificate")).toObject();
    QCOMPARE(cert.value(QStringLiteral("key_id")).toString(), QStringLiteral("alice@corp"));
    QCOMPARE(cert.value(QStringLiteral("serial")).toString(), QStringLiteral("42"));
    QCOMPARE(cert.value(QStringLiteral("principals")).toArray(),
             QJsonArray::fromStringList({ QStringLiteral("alice"), QStringLiteral("deploy") }));
    QCOMPARE(cert.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(cert.value(QStringLiteral("ca_fingerprint")).toString(), expectedCa);
    QCOMPARE(cert.value(QStringLiteral("valid_now")).toBool(), true);
    const int left = cert.value(QStringLiteral("seconds_left")).toInt();
    QVERIFY2(left > 7000 && left <= 7200, qPrintable(QString::number(left)));
    QVERIFY(cert.value(QStringLiteral("extensions")).toArray().contains(QStringLiteral("permit-pty")));

    // ssh-keygen -L agrees on the validity window.
    auto l = test::runProcess(
        keygen(), { QStringLiteral("-L"), QStringLiteral("-f"), ssh(QStringLiteral("certified-cert.pub")) });
    const QString validLine =
        QString::fromUtf8(l.out).section(QStringLiteral("Valid: from "), 1).section(QLatin1Char('\n'), 0, 0);
    const QString to = validLine.section(QStringLiteral(" to "), 1); // local time, no zone
    const QDateTime before = QDateTime::fromString(cert.value(QStringLiteral("valid_before")).toString(), Qt::ISODate);
    QCOMPARE(before.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), to);

    auto human = test::runCli(test::args({ "keys", "show", "certified" }));
    QVERIFY(human.out.contains("alice@corp"));
    QVERIFY(human.out.contains("left"));
    auto list = test::runCli(test::args({ "keys", "list" }));
    QVERIFY(list.out.contains("1h 5")); // "1h 59m left"
}

void TestCli::deleteRemovesAllFiles()
{
    QVERIFY(test::runCli(test::args({ "keys", "generate", "doomed", "--no-passphrase" })).exitCode == 0);
    QFile cert(ssh(QStringLiteral("doomed-cert.pub")));
    QVERIFY(cert.open(QIODevice::WriteOnly));
    cert.close();
    QCOMPARE(test::runCli(test::args({ "keys", "delete", "doomed" })).exitCode, 2);
    QVERIFY(QFile::exists(ssh(QStringLiteral("doomed"))));
    auto r = test::runCli(test::args({ "keys", "delete", "doomed", "--yes" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char *suffix : { "", ".pub", "-cert.pub" })
        QVERIFY(!QFile::exists(ssh(QStringLiteral("doomed") + QLatin1String(suffix))));
    // Deleting something that is not a key deletes nothing.
    QFile notKey(ssh(QStringLiteral("notes")));
    QVERIFY(notKey.open(QIODevice::WriteOnly));
    notKey.write("keep");
    notKey.close();
    QCOMPARE(test::runCli(test::args({ "keys", "delete", "notes", "--yes" })).exitCode, 1);
    QVERIFY(QFile::exists(notKey.fileName()));
}

void TestCli::sshDirIsPrivate()
{
    // A ~/.ssh left group/world-readable is tightened to 0700 when Keyport writes a key.
    QVERIFY(QFile::setPermissions(m_home->sshDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                        | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                        | QFile::ExeOther));
    QVERIFY(test::runCli(test::args({ "keys", "generate", "tighten", "--no-passphrase" })).exitCode == 0);
    QCOMPARE(QFile::permissions(m_home->sshDir()) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(QFile::permissions(ssh(QStringLiteral("tighten"))) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
}

void TestCli::hostileCommentIsEscaped()
{
    QVERIFY(test::runCli(test::args({ "keys", "generate", "hostile", "--no-passphrase" })).exitCode == 0);
    QFile pub(ssh(QStringLiteral("hostile.pub")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QByteArray line = pub.readAll().trimmed();
    pub.close();
    line = line.left(line.lastIndexOf(' ')) + " evil\x1b]2;owned\x07\x1b[2J";
    QVERIFY(pub.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pub.write(line + '\n');
    pub.close();
    for (const QStringList &args : { test::args({ "keys", "show", "hostile" }), test::args({ "keys", "list" }) }) {
        auto r = test::runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07'), r.out.constData());
        QVERIFY(r.out.contains("evil\\x1b]2;owned"));
    }
}

void TestCli::agentCommands()
{
    QVERIFY(test::runCli(test::args({ "keys", "generate", "agentcli", "--passphrase-stdin" }), "agent pw\n").exitCode
            == 0);
    QCOMPARE(test::runCli(test::args({ "agent", "clear" })).exitCode, 0);
    auto add = test::runCli(test::args({ "agent", "add", "agentcli", "--lifetime", "300" }), "agent pw\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    auto list = test::runCli(test::args({ "agent", "list", "--json" }));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray arr = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(arr.size(), 1);
    QCOMPARE(arr[0].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("agentcli"));
    auto sshAdd = test::runProcess(test::findTool(QStringLiteral("ssh-add")), { QStringLiteral("-l") });
    QVERIFY(sshAdd.out.contains(arr[0].toObject().value(QStringLiteral("fingerprint")).toString().toUtf8()));

    auto lock = test::runCli(test::args({ "agent", "lock" }), "lockpw\n");
    QVERIFY2(lock.exitCode == 0, qPrintable(lock.describe()));
    QCOMPARE(QJsonDocument::fromJson(test::runCli(test::args({ "agent", "list", "--json" })).out).array().size(), 0);
    QCOMPARE(test::runCli(test::args({ "agent", "unlock" }), "wrong\n").exitCode, 1);
    QCOMPARE(test::runCli(test::args({ "agent", "unlock" }), "lockpw\n").exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(test::runCli(test::args({ "agent", "list", "--json" })).out).array().size(), 1);

    QCOMPARE(test::runCli(test::args({ "agent", "remove", "agentcli" })).exitCode, 0);
    auto again = test::runCli(test::args({ "agent", "remove", "agentcli" }));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("not in the ssh-agent"));
    QCOMPARE(test::runCli(test::args({ "agent", "add", "agentcli", "--confirm" }), "agent pw\n").exitCode, 0);
    QCOMPARE(test::runCli(test::args({ "agent", "clear" })).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(test::runCli(test::args({ "agent", "list", "--json" })).out).array().size(), 0);
}

void TestCli::deadAgentIsOneLine()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_home->filePath(QStringLiteral("dead.sock")));
    auto r = test::runCli(test::args({ "agent", "list" }), {}, env);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("not running"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    auto none = test::runCli(test::args({ "agent", "add", "agentcli" }), {}, env);
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("SSH_AUTH_SOCK"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
