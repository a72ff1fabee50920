// ssh_config reading on a corpus of real-world shapes: Include (globs,
// relative, inside Host), Match, quotes, `=`, comments, CRLF, first-wins.
#include "sshconfig/sshconfigreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyport;

class TestSshConfigReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitLine_data();
    void splitLine();
    void corpus();
    void missingFileIsNotFound();
    void includeLoopIsBounded();
};

void TestSshConfigReader::splitLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("plain") << "HostName example.com"
                           << "hostname" << QStringList { QStringLiteral("example.com") };
    QTest::newRow("equals") << "Port=22"
                            << "port" << QStringList { QStringLiteral("22") };
    QTest::newRow("equals-spaced") << "  User  =  bob  "
                                   << "user" << QStringList { QStringLiteral("bob") };
    QTest::newRow("quoted") << "IdentityFile \"~/my key\""
                            << "identityfile" << QStringList { QStringLiteral("~/my key") };
    QTest::newRow("crlf") << "Port 2222\r"
                          << "port" << QStringList { QStringLiteral("2222") };
    QTest::newRow("comment") << "   # Host evil"
                             << "" << QStringList();
    QTest::newRow("blank") << "\t "
                           << "" << QStringList();
    QTest::newRow("many") << "Host a b  c"
                          << "host" << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QTest::newRow("tabs") << "Port\t\t22"
                          << "port" << QStringList { QStringLiteral("22") };
}

void TestSshConfigReader::splitLine()
{
    QFETCH(QString, line);
    QFETCH(QString, keyword);
    QFETCH(QStringList, args);
    QString k, err;
    QStringList a;
    QVERIFY(SshConfigReader::splitLine(line, &k, &a, &err));
    QCOMPARE(k, keyword);
    QCOMPARE(a, args);
    QVERIFY(!SshConfigReader::splitLine(QStringLiteral("Host \"open"), &k, &a, &err));
}

void TestSshConfigReader::corpus()
{
    const QString dir = QStringLiteral(KEYPORT_TEST_DATA "/sshconfig");
    SshConfigReader reader(dir);
    QVERIFY(reader.read(dir + QStringLiteral("/config")).ok());
    const auto hosts = reader.hosts();
    QStringList aliases;
    for (const auto &h : hosts)
        aliases << h.alias;
    QCOMPARE(aliases,
             (QStringList { QStringLiteral("included-a"), QStringLiteral("included-b"), QStringLiteral("nested-parent"),
                            QStringLiteral("web"), QStringLiteral("web-alias"), QStringLiteral("db.internal"),
                            QStringLiteral("skip.internal"), QStringLiteral("quoted") }));
    auto host = [&hosts](const char *alias) {
        for (const auto &h : hosts)
            if (h.alias == QLatin1String(alias))
                return h;
        return SshConfigHost {};
    };
    // Global options come first, so they win over later Host blocks (ssh semantics).
    QCOMPARE(host("db.internal").user, QStringLiteral("globaluser"));
    QCOMPARE(host("db.internal").hostName, QStringLiteral("10.0.0.5"));
    QCOMPARE(host("db.internal").proxyJump, QStringLiteral("bastion"));
    QCOMPARE(host("db.internal").port, 2222); // from `Host *` at the end
    QCOMPARE(host("skip.internal").proxyJump, QString()); // negated pattern
    QCOMPARE(host("web").hostName, QStringLiteral("web.example.com"));
    QCOMPARE(host("web").port, 2200); // Match blocks are not applied
    QCOMPARE(host("web").identityFiles,
             (QStringList { QStringLiteral("~/.ssh/id with space"), QStringLiteral("~/.ssh/id_second") }));
    QCOMPARE(host("web-alias").hostName, QStringLiteral("web.example.com"));
    QCOMPARE(host("included-a").hostName, QStringLiteral("a.example.org")); // CRLF file
    QCOMPARE(host("included-b").user, QStringLiteral("globaluser"));
    QCOMPARE(host("nested-parent").hostName, QStringLiteral("nested.example.net")); // Include inside Host
    QCOMPARE(host("nested-parent").port, 7000); // the line after that Include
    QCOMPARE(host("quoted").proxyCommand, QStringLiteral("/usr/bin/nc %h %p"));
    QVERIFY(host("included-a").file.endsWith(QLatin1String("10-crlf.conf")));
    QCOMPARE(host("web").line, 5);
}

void TestSshConfigReader::missingFileIsNotFound()
{
    SshConfigReader reader(QStringLiteral("/nonexistent"));
    auto r = reader.read(QStringLiteral("/nonexistent/config"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
}

void TestSshConfigReader::includeLoopIsBounded()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("config")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Include config\nHost loop\n");
    f.close();
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(f.fileName()).ok());
    QVERIFY(!reader.warnings().isEmpty());
    QCOMPARE(reader.hosts().size(), 1);
}

QTEST_GUILESS_MAIN(TestSshConfigReader)
#include "tst_sshconfigreader.moc"
