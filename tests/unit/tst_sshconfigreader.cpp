// ssh_config reading on a corpus of real-world shapes: Include (globs,
// relative, inside Host), Match, quotes, `=`, comments, CRLF, first-wins;
// against the real OpenSSH client (`ssh -G`) on a generated config; special
// files and Include loops that must not hang; and 10,000 hosts.
#include "fixtures.h"

#include "sshconfig/sshconfigreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace keyport;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(data);
}

QStringList aliasesOf(const QList<SshConfigHost> &hosts)
{
    QStringList out;
    for (const auto &h : hosts)
        out << h.alias;
    return out;
}

SshConfigHost hostNamed(const QList<SshConfigHost> &hosts, const QString &alias)
{
    for (const auto &h : hosts)
        if (h.alias == alias)
            return h;
    return {};
}

// Every field of every host, one line each: a change anywhere shows.
QString dump(const QList<SshConfigHost> &hosts)
{
    QString out;
    for (const auto &h : hosts)
        out +=
            QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8:%9\n")
                .arg(h.alias, h.hostName, h.user)
                .arg(h.port)
                .arg(h.identityFiles.join(QLatin1Char(',')), h.proxyJump, h.proxyCommand, QFileInfo(h.file).fileName())
                .arg(h.line);
    return out;
}

// `ssh -G` keyword -> values (identityfile repeats).
QMultiMap<QString, QString> sshG(const QString &config, const QString &alias, int *exitCode = nullptr)
{
    auto r = test::runProcess(test::findTool(QStringLiteral("ssh")),
                              { QStringLiteral("-F"), config, QStringLiteral("-G"), alias });
    if (exitCode)
        *exitCode = r.exitCode;
    QMultiMap<QString, QString> out;
    for (const QByteArray &line : r.out.split('\n')) {
        const qsizetype sp = line.indexOf(' ');
        if (sp > 0)
            out.insert(QString::fromUtf8(line.left(sp)), QString::fromUtf8(line.mid(sp + 1)));
    }
    return out;
}

// values() of a QMultiMap come newest first; ssh printed them in order.
QStringList inOrder(const QMultiMap<QString, QString> &map, const QString &key)
{
    QStringList v = map.values(key);
    std::reverse(v.begin(), v.end());
    return v;
}

} // namespace

class TestSshConfigReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void splitLine_data();
    void splitLine();
    void patternMatches_data();
    void patternMatches();
    void corpus();
    void corpusIsUnchanged();
    void missingFileIsNotFound();
    void includeLoopIsBounded();
    void includeLoopsEnd_data();
    void includeLoopsEnd();
    void includeDepthIsOpenSshs();
    void specialFilesAreSkipped_data();
    void specialFilesAreSkipped();
    void oversizedIncludeIsSkipped();
    void includedBytesAreBounded();
    void includedReadsAreBounded();
    void portsOutOfRangeAreRefused();
    void includePathsLikeOpenSsh();
    void includeGlobsSortLikeGlob3();
    void includeUnderHostAppliesOnlyThere();
    void hostsMatchOpenSsh();
    void tenThousandHosts();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestSshConfigReader::initTestCase()
{
    m_home = std::make_unique<test::TempHome>(); // `~/` in Includes
    QDir().mkpath(m_home->sshDir());
}

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

// OpenSSH's match_pattern(), which Host lines use: `*` and `?` only, every
// other character literal, case-sensitive (checked against ssh -G below).
void TestSshConfigReader::patternMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("literal") << "web"
                             << "web" << true;
    QTest::newRow("literal-other") << "web"
                                   << "web2" << false;
    QTest::newRow("star") << "*"
                          << "anything.at.all" << true;
    QTest::newRow("star-empty") << "web*"
                                << "web" << true;
    QTest::newRow("suffix") << "*.internal"
                            << "db.internal" << true;
    QTest::newRow("suffix-not") << "*.internal"
                                << "internal" << false;
    QTest::newRow("question") << "web?"
                              << "web1" << true;
    QTest::newRow("question-needs-one") << "web?"
                                        << "web" << false;
    QTest::newRow("stars-backtrack") << "*a*b*c"
                                     << "xxaxxbxxbxxc" << true;
    QTest::newRow("stars-backtrack-not") << "*a*b*c"
                                         << "xxaxxbxxbxx" << false;
    QTest::newRow("many-stars") << "**********x"
                                << "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" << false;
    QTest::newRow("case") << "Web"
                          << "web" << false;
    QTest::newRow("case-wild") << "*.Internal"
                               << "db.internal" << false;
    QTest::newRow("brackets-literal") << "x[12]"
                                      << "x1" << false;
    QTest::newRow("brackets-self") << "x[12]"
                                   << "x[12]" << true;
    QTest::newRow("comma-literal") << "a,b"
                                   << "a" << false;
    QTest::newRow("backslash-literal") << "a\\*"
                                       << "a\\bc" << true;
}

void TestSshConfigReader::patternMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(SshConfigReader::patternMatches(pattern, host), matches);
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

// Every field of every corpus host, as the reader gave them before it was
// indexed: the index and the pattern matcher must not change any of them.
void TestSshConfigReader::corpusIsUnchanged()
{
    const QString dir = QStringLiteral(KEYPORT_TEST_DATA "/sshconfig");
    SshConfigReader reader(dir);
    QVERIFY(reader.read(dir + QStringLiteral("/config")).ok());
    QCOMPARE(reader.warnings(), QStringList());
    QCOMPARE(
        dump(reader.hosts()),
        QStringLiteral("included-a|a.example.org|globaluser|2222||||10-crlf.conf:1\n"
                       "included-b||globaluser|2222||||10-crlf.conf:5\n"
                       "nested-parent|nested.example.net|globaluser|7000||||20-nested.conf:1\n"
                       "web|web.example.com|globaluser|2200|~/.ssh/id with space,~/.ssh/id_second|||config:5\n"
                       "web-alias|web.example.com|globaluser|2200|~/.ssh/id with space,~/.ssh/id_second|||config:5\n"
                       "db.internal|10.0.0.5|globaluser|2222||bastion||config:14\n"
                       "skip.internal|10.0.0.5|globaluser|2222||||config:14\n"
                       "quoted||globaluser|2222|||/usr/bin/nc %h %p|config:21\n"));
}

void TestSshConfigReader::missingFileIsNotFound()
{
    SshConfigReader reader(QStringLiteral("/nonexistent"));
    auto r = reader.read(QStringLiteral("/nonexistent/config"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(reader.warnings().isEmpty()); // no config is not a problem
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

// A file that includes itself, directly, through another file, or twice on
// one line (which doubles the reads at every level): each ends at once with a
// warning naming the file, instead of reading 2^16 copies.
void TestSshConfigReader::includeLoopsEnd_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<QStringList>("aliases");
    QTest::newRow("self") << QByteArray("Host top\nInclude config\nHost after\n") << QByteArray()
                          << QStringList { QStringLiteral("top"), QStringLiteral("after") };
    QTest::newRow("a-b-a") << QByteArray("Host top\nInclude other\nHost after\n")
                           << QByteArray("Host in-other\nInclude config\n")
                           << QStringList { QStringLiteral("top"), QStringLiteral("in-other"),
                                            QStringLiteral("after") };
    QTest::newRow("self-twice") << QByteArray("Host top\nInclude config config\nInclude config ./config\n")
                                << QByteArray() << QStringList { QStringLiteral("top") };
    QTest::newRow("glob-into-itself") << QByteArray("Host top\nInclude *\n") << QByteArray("Host in-other\nInclude *\n")
                                      << QStringList { QStringLiteral("top"), QStringLiteral("in-other") };
}

void TestSshConfigReader::includeLoopsEnd()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, other);
    QFETCH(QStringList, aliases);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("config")), config);
    if (!other.isEmpty())
        writeFile(dir.filePath(QStringLiteral("other")), other);
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(dir.filePath(QStringLiteral("config"))).ok());
    QCOMPARE(aliasesOf(reader.hosts()), aliases);
    QVERIFY(!reader.warnings().isEmpty());
    QVERIFY2(reader.warnings().size() <= 4, qPrintable(reader.warnings().join(QLatin1Char('\n'))));
    for (const QString &w : reader.warnings())
        QVERIFY2(w.contains(dir.path()), qPrintable(w)); // names the file
}

// READCONF_MAX_DEPTH: the top file is depth 0, and files down to depth 16 are
// read; the 17th Include is where OpenSSH stops (ssh itself exits there).
void TestSshConfigReader::includeDepthIsOpenSshs()
{
    KEYPORT_REQUIRE_TOOL("ssh");
    for (const int deepest : { 16, 17 }) {
        QTemporaryDir dir;
        for (int i = 0; i <= deepest; ++i) {
            QByteArray text;
            if (i < deepest) // outside any Host block, so every level applies to every host
                text += "Include " + QFile::encodeName(dir.filePath(QStringLiteral("c%1").arg(i + 1))) + "\n";
            text += "Host h" + QByteArray::number(i) + "\n    Port " + QByteArray::number(1000 + i) + "\n";
            writeFile(dir.filePath(QStringLiteral("c%1").arg(i)), text);
        }
        const QString top = dir.filePath(QStringLiteral("c0"));
        SshConfigReader reader(dir.path());
        QVERIFY(reader.read(top).ok());
        const QStringList aliases = aliasesOf(reader.hosts());
        int exitCode = -1;
        const auto g = sshG(top, QStringLiteral("h16"), &exitCode);
        QCOMPARE(aliases.size(), 17);
        QCOMPARE(aliases.last(), QStringLiteral("h0"));
        if (deepest == 16) {
            QCOMPARE(aliases.first(), QStringLiteral("h16"));
            QCOMPARE(hostNamed(reader.hosts(), QStringLiteral("h16")).port, 1016);
            QCOMPARE(reader.warnings(), QStringList());
            QCOMPARE(exitCode, 0); // ssh reads all 16 levels
            QCOMPARE(g.value(QStringLiteral("port")), QStringLiteral("1016"));
        } else {
            QVERIFY(!aliases.contains(QStringLiteral("h17")));
            QCOMPARE(reader.warnings().size(), 1);
            QVERIFY2(reader.warnings()[0].contains(dir.filePath(QStringLiteral("c17"))),
                     qPrintable(reader.warnings()[0]));
            QVERIFY(exitCode != 0); // and refuses a 17th
        }
    }
}

// Never open what could block (a FIFO nobody writes to), never read what
// never ends (/dev/zero, /dev/urandom), and name what was skipped.
void TestSshConfigReader::specialFilesAreSkipped_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << "fifo";
    QTest::newRow("dev-zero") << "/dev/zero";
    QTest::newRow("dev-urandom") << "/dev/urandom";
    QTest::newRow("directory") << "directory";
    QTest::newRow("socket") << "socket";
}

void TestSshConfigReader::specialFilesAreSkipped()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX special files");
#else
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString special = kind;
    int sock = -1;
    if (kind == QLatin1String("fifo")) {
        special = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(special).constData(), 0600), 0);
    } else if (kind == QLatin1String("directory")) {
        special = dir.filePath(QStringLiteral("a-directory"));
        QVERIFY(QDir().mkpath(special));
    } else if (kind == QLatin1String("socket")) {
        special = dir.filePath(QStringLiteral("sock"));
        sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, QFile::encodeName(special).constData(), sizeof addr.sun_path);
        QCOMPARE(::bind(sock, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(sock, 1), 0);
    }
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, "Host before\nInclude " + QFile::encodeName(special) + "\nHost after\n");

    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(config).ok());
    QCOMPARE(aliasesOf(reader.hosts()), (QStringList { QStringLiteral("before"), QStringLiteral("after") }));
    QCOMPARE(reader.warnings().size(), 1);
    QVERIFY2(reader.warnings()[0].contains(special), qPrintable(reader.warnings()[0]));
    QVERIFY2(reader.warnings()[0].contains(config), qPrintable(reader.warnings()[0])); // and where it was included

    // The same file as the config itself.
    SshConfigReader top(dir.path());
    auto r = top.read(special);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(special), qPrintable(r.error().message));
    QCOMPARE(top.warnings().size(), 1);
    QVERIFY2(top.warnings()[0].contains(special), qPrintable(top.warnings()[0]));
    QVERIFY(top.hosts().isEmpty());
    if (sock >= 0)
        ::close(sock);
#endif
}

void TestSshConfigReader::oversizedIncludeIsSkipped()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.conf"));
    writeFile(big, "Host in-big\n" + QByteArray(4 * 1024 * 1024, '#'));
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, "Host before\nInclude big.conf\n");
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(config).ok());
    QCOMPARE(aliasesOf(reader.hosts()), QStringList { QStringLiteral("before") });
    QCOMPARE(reader.warnings().size(), 1);
    QVERIFY2(reader.warnings()[0].contains(big), qPrintable(reader.warnings()[0]));
}

// Includes without a loop can still multiply (one line naming a 2 MiB file
// a hundred times): what is read in total is bounded too.
void TestSshConfigReader::includedBytesAreBounded()
{
    QTemporaryDir dir;
    QByteArray part = "Host in-part\n";
    while (part.size() < 2 * 1024 * 1024)
        part += "# padding padding padding padding padding padding padding padding padding padding\n";
    writeFile(dir.filePath(QStringLiteral("part.conf")), part);
    QByteArray config = "Host before\nInclude";
    for (int i = 0; i < 100; ++i)
        config += " part.conf";
    config += "\nHost after\n";
    writeFile(dir.filePath(QStringLiteral("config")), config);
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(dir.filePath(QStringLiteral("config"))).ok());
    QCOMPARE(aliasesOf(reader.hosts()),
             (QStringList { QStringLiteral("before"), QStringLiteral("in-part"), QStringLiteral("after") }));
    QVERIFY(!reader.warnings().isEmpty());
    QVERIFY(reader.warnings().size() < 100);
    QVERIFY2(reader.warnings()[0].contains(dir.filePath(QStringLiteral("part.conf"))),
             qPrintable(reader.warnings()[0]));
}

// Empty files cost no bytes: ten files that each include the next ten times
// would be read 10^10 times (a fuzzer found the hang). Reads are counted too.
void TestSshConfigReader::includedReadsAreBounded()
{
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i) {
        QByteArray line = "Include";
        for (int k = 0; k < 10; ++k)
            line += " f" + QByteArray::number(i + 1);
        writeFile(dir.filePath(QStringLiteral("f%1").arg(i)), i < 9 ? line + "\n" : QByteArray("Host deepest\n"));
    }
    writeFile(dir.filePath(QStringLiteral("config")), "Host before\nInclude f0\nHost after\n");
    SshConfigReader reader(dir.path());
    QElapsedTimer t;
    t.start();
    QVERIFY(reader.read(dir.filePath(QStringLiteral("config"))).ok());
    QVERIFY2(t.elapsed() < 60000, "the reads were not bounded");
    QCOMPARE(aliasesOf(reader.hosts()),
             (QStringList { QStringLiteral("before"), QStringLiteral("deepest"), QStringLiteral("after") }));
    QVERIFY(!reader.warnings().isEmpty());
    QVERIFY2(reader.warnings().last().contains(QStringLiteral("10000")), qPrintable(reader.warnings().last()));
}

// "Port 70000" was read as 70000 and became port 4464 (a quint16) when a
// workspace was made of it; a fuzzer found it. ssh refuses such a config.
void TestSshConfigReader::portsOutOfRangeAreRefused()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, "Host big\n    Port 70000\nHost negative\n    Port -22\nHost word\n    Port ssh2\n"
                      "Host fine\n    Port 2222\n");
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(config).ok());
    const auto hosts = reader.hosts();
    QCOMPARE(hosts.size(), 4);
    QCOMPARE(hosts[0].port, 0);
    QCOMPARE(hosts[1].port, 0);
    QCOMPARE(hosts[2].port, 0);
    QCOMPARE(hosts[3].port, 2222);
    QCOMPARE(reader.warnings().size(), 3);
    QVERIFY2(reader.warnings()[0].contains(QStringLiteral("config:2"))
                 && reader.warnings()[0].contains(QStringLiteral("70000")),
             qPrintable(reader.warnings()[0]));
}

// Relative to ~/.ssh for the user's config, `~/` is the home directory, and a
// name that matches nothing is no error (as in OpenSSH).
void TestSshConfigReader::includePathsLikeOpenSsh()
{
    const QString ssh = m_home->sshDir();
    writeFile(QDir(ssh).filePath(QStringLiteral("rel.d/one.conf")), "Host relative\n");
    writeFile(m_home->filePath(QStringLiteral("elsewhere/tilde.conf")), "Host tilde\n");
    const QString config = QDir(ssh).filePath(QStringLiteral("config"));
    writeFile(config, "Include rel.d/*.conf\nInclude ~/elsewhere/tilde.conf\nInclude missing.conf nothing/*\n");
    SshConfigReader reader; // ~/.ssh of the temp HOME
    QVERIFY(reader.read(config).ok());
    QCOMPARE(aliasesOf(reader.hosts()), (QStringList { QStringLiteral("relative"), QStringLiteral("tilde") }));
    QCOMPARE(reader.warnings(), QStringList());
}

// glob(3) sorts whole paths byte by byte: "a-b/x.conf" before "a/x.conf"
// ('-' < '/'), though "a" sorts before "a-b" as a directory name. The first
// file read wins, so the order shows in the options (and ssh agrees).
// Brackets are glob syntax too, and `*` does not match a leading dot.
void TestSshConfigReader::includeGlobsSortLikeGlob3()
{
    KEYPORT_REQUIRE_TOOL("ssh");
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("inc/a/x.conf")), "Host globbed\n    User from-a\n    Port 1001\n");
    writeFile(dir.filePath(QStringLiteral("inc/a-b/x.conf")), "Host globbed\n    User from-a-b\n");
    writeFile(dir.filePath(QStringLiteral("inc/.hidden/x.conf")), "Host globbed\n    User from-hidden\n");
    writeFile(dir.filePath(QStringLiteral("br/h7.conf")), "Host bracketed\n    Port 7007\n");
    writeFile(dir.filePath(QStringLiteral("br/hx.conf")), "Host bracketed\n    Port 9009\n");
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, "Include " + QFile::encodeName(dir.filePath(QStringLiteral("inc/*/x.conf"))) + "\nInclude "
                          + QFile::encodeName(dir.filePath(QStringLiteral("br/h[0-9].conf"))) + "\n");
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(config).ok());
    const auto hosts = reader.hosts();
    QCOMPARE(aliasesOf(hosts), (QStringList { QStringLiteral("globbed"), QStringLiteral("bracketed") }));
    QCOMPARE(hostNamed(hosts, QStringLiteral("globbed")).user, QStringLiteral("from-a-b"));
    QCOMPARE(hostNamed(hosts, QStringLiteral("globbed")).port, 1001);
    QCOMPARE(hostNamed(hosts, QStringLiteral("bracketed")).port, 7007);
    QVERIFY(hostNamed(hosts, QStringLiteral("globbed")).file.endsWith(QLatin1String("inc/a-b/x.conf")));
    const auto g = sshG(config, QStringLiteral("globbed"));
    QCOMPARE(g.value(QStringLiteral("user")), QStringLiteral("from-a-b"));
    QCOMPARE(g.value(QStringLiteral("port")), QStringLiteral("1001"));
    QCOMPARE(sshG(config, QStringLiteral("bracketed")).value(QStringLiteral("port")), QStringLiteral("7007"));
}

// An Include inside `Host foo` is read only when connecting to foo: its own
// Host blocks can then only ever apply to a host that foo matches as well.
void TestSshConfigReader::includeUnderHostAppliesOnlyThere()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("inner.conf")),
              "Port 4444\nHost x\n    User inner-x\nHost foo\n    User inner-foo\n");
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, "Host foo\n    Include inner.conf\n    HostName foo.example\nHost x\n    HostName x.example\n");
    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(config).ok());
    const auto hosts = reader.hosts();
    QCOMPARE(aliasesOf(hosts), (QStringList { QStringLiteral("foo"), QStringLiteral("x") }));
    QCOMPARE(hostNamed(hosts, QStringLiteral("x")).user, QString());
    QCOMPARE(hostNamed(hosts, QStringLiteral("x")).hostName, QStringLiteral("x.example"));
    QCOMPARE(hostNamed(hosts, QStringLiteral("foo")).user, QStringLiteral("inner-foo"));
    QCOMPARE(hostNamed(hosts, QStringLiteral("foo")).port, 4444);
    QCOMPARE(hostNamed(hosts, QStringLiteral("foo")).hostName, QStringLiteral("foo.example"));
}

// A generated config mixing literal hosts, several aliases per line,
// wildcards, negations, case, Includes (global, globbed, inside a Host block),
// ProxyJump and ProxyCommand in either order and `none`, %h and %% in
// HostName, repeated IdentityFiles: every listed host as `ssh -G` sees it.
void TestSshConfigReader::hostsMatchOpenSsh()
{
    KEYPORT_REQUIRE_TOOL("ssh");
    QTemporaryDir dir;
    auto path = [&dir](const char *name) {
        return QFile::encodeName(dir.filePath(QString::fromLatin1(name)));
    };
    QRandomGenerator rng(20261121); // fixed: the same config every run
    auto pick = [&rng](int n) {
        return int(rng.bounded(n));
    };
    auto options = [&](int i) {
        QByteArray o;
        const QByteArray n = QByteArray::number(i);
        switch (pick(4)) {
        case 0:
            o += "    HostName " + n + ".example.com\n";
            break;
        case 1:
            o += "    HostName %h.Example.Net\n";
            break;
        case 2:
            o += "    Hostname %%h-%h\n";
            break;
        }
        if (pick(2))
            o += "    User u" + n + "\n";
        if (pick(3) == 0)
            o += "    Port " + QByteArray::number(2000 + i) + "\n";
        for (int k = pick(3); k > 0; --k)
            o += "    IdentityFile ~/.ssh/id_" + QByteArray::number(pick(3)) + "\n";
        switch (pick(7)) {
        case 0:
            o += "    ProxyJump jump" + n + "\n";
            break;
        case 1:
            o += "    ProxyCommand nc -X connect %h %p\n";
            break;
        case 2:
            o += "    ProxyJump j" + n + "\n    ProxyCommand pc" + n + " %h\n";
            break;
        case 3:
            o += "    ProxyCommand pc" + n + " %h\n    ProxyJump j" + n + "\n";
            break;
        case 4:
            o += "    ProxyJump none\n";
            break;
        case 5:
            o += "    ProxyCommand none\n";
            break;
        }
        return o;
    };

    QByteArray config = "# generated for tst_sshconfigreader\nIdentityFile ~/.ssh/id_global\n";
    config += "Include " + path("conf.d") + "/*.conf\n\n";
    QByteArray d10 = "Host inc-a inc-b\n    User from-10\n", d20 = "Host inc-b\n    User from-20\n    Port 2020\n";
    for (int i = 0; i < 150; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray patterns;
        switch (pick(8)) {
        case 0:
            patterns = "h" + n + " alias" + n; // two aliases, one block
            break;
        case 1:
            patterns = "h" + n + ".corp";
            break;
        case 2:
            patterns = "Mixed" + n; // case matters to ssh
            break;
        case 3:
            patterns = "h" + n + " !h" + n; // never applies
            break;
        case 4:
            patterns = "db" + n + ".corp h" + n + "-db";
            break;
        default:
            patterns = "h" + n;
        }
        (i % 10 == 3 ? d10 : i % 10 == 7 ? d20 : config) += "Host " + patterns + "\n" + options(i) + "\n";
    }
    config += "Host Mixed1 mixed1 mixed2\n    User case-block\n\n";
    config += "Host guarded\n    Include " + path("guarded.conf") + "\n    HostName guarded.example\n\n";
    config += "Host secret.corp h1.corp h2.corp\n    User corp-literal\n\n";
    config += "Host *.corp !secret.corp\n    ProxyJump bastion.corp\n    User corp\n\n";
    config += "Host *-db db?.corp\n    User dbadmin\n    Port 5432\n\n";
    config += "Host h1?\n    HostName teen.example\n    IdentityFile ~/.ssh/id_teen\n\n";
    config += "Host h2,h3\n    User comma-literal\n\n";
    config += "Host !h4* h4*\n    User never\n\n";
    config += "Host *\n    User fallback\n    Port 2222\n    IdentityFile ~/.ssh/id_global\n    IdentityFile "
              "~/.ssh/id_last\n";
    writeFile(dir.filePath(QStringLiteral("config")), config);
    writeFile(dir.filePath(QStringLiteral("conf.d/10.conf")), d10);
    writeFile(dir.filePath(QStringLiteral("conf.d/20.conf")), d20);
    writeFile(dir.filePath(QStringLiteral("guarded.conf")),
              "Port 4444\nHost h5 guarded\n    User guarded-inner\nHost h6\n    ProxyJump inner-jump\n");

    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(dir.filePath(QStringLiteral("config"))).ok());
    QCOMPARE(reader.warnings(), QStringList());
    const auto hosts = reader.hosts();
    QVERIFY(hosts.size() > 150);

    const QString configPath = dir.filePath(QStringLiteral("config"));
    QString localUser;
    if (const passwd *pw = getpwuid(geteuid()))
        localUser = QString::fromLocal8Bit(pw->pw_name);
    const QString empty = dir.filePath(QStringLiteral("empty"));
    writeFile(empty, "");
    const QStringList defaultIds = inOrder(sshG(empty, QStringLiteral("x")), QStringLiteral("identityfile"));
    QVERIFY(!defaultIds.isEmpty());
    auto unlessNone = [](const QString &v) {
        return v.compare(QLatin1String("none"), Qt::CaseInsensitive) ? v : QString();
    };
    int compared = 0;
    for (const SshConfigHost &h : hosts) {
        if (h.alias.contains(QLatin1Char(',')))
            continue; // ssh refuses such a name on its command line; the pattern is still tested above
        int exitCode = -1;
        const auto g = sshG(configPath, h.alias, &exitCode);
        QCOMPARE(exitCode, 0);
        const QString what = h.alias + QStringLiteral(": ");
        // Host names are case-insensitive; ssh lowercases some of them.
        QCOMPARE(what + (h.hostName.isEmpty() ? h.alias : h.hostName).toLower(),
                 what + g.value(QStringLiteral("hostname")).toLower());
        QCOMPARE(what + (h.user.isEmpty() ? localUser : h.user), what + g.value(QStringLiteral("user")));
        QCOMPARE(what + QString::number(h.port ? h.port : 22), what + g.value(QStringLiteral("port")));
        QCOMPARE(what + (h.identityFiles.isEmpty() ? defaultIds : h.identityFiles).join(QLatin1Char(',')),
                 what + inOrder(g, QStringLiteral("identityfile")).join(QLatin1Char(',')));
        QCOMPARE(what + unlessNone(h.proxyJump), what + g.value(QStringLiteral("proxyjump")));
        QCOMPARE(what + unlessNone(h.proxyCommand), what + g.value(QStringLiteral("proxycommand")));
        ++compared;
    }
    QVERIFY(compared > 150);
}

// 10,000 Host blocks (the size of real configs) with Includes and wildcard
// blocks: every host listed, each with the options ssh would give it. No time
// is measured here (bench/sshconfigbench does); it has to finish quickly
// anyway, which a scan of every block for every host did not.
void TestSshConfigReader::tenThousandHosts()
{
    QTemporaryDir dir;
    constexpr int kHosts = 10000;
    QByteArray top = "Include conf.d/*.conf\n";
    QByteArray inc[4];
    for (int i = 0; i < kHosts; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray block = "Host host" + n + (i % 2 ? ".corp" : ".lab") + " alias" + n + "\n    HostName 10.0."
                           + QByteArray::number(i / 256) + "." + QByteArray::number(i % 256) + "\n";
        if (i % 3 == 0)
            block += "    User user" + n + "\n";
        if (i % 7 == 0)
            block += "    ProxyJump jump" + n + "\n";
        block += "\n";
        (i % 5 == 0 ? inc[i % 4] : top) += block;
        if (i == kHosts / 2)
            top += "Host *.corp !host5001.corp\n    ProxyJump bastion.corp\n    Port 2200\n\n";
    }
    top += "Host host1?.lab\n    User teen\n\nHost *\n    User fallback\n    IdentityFile ~/.ssh/id_all\n";
    writeFile(dir.filePath(QStringLiteral("config")), top);
    for (int k = 0; k < 4; ++k)
        writeFile(dir.filePath(QStringLiteral("conf.d/%1.conf").arg(k)), inc[k]);

    SshConfigReader reader(dir.path());
    QVERIFY(reader.read(dir.filePath(QStringLiteral("config"))).ok());
    QCOMPARE(reader.warnings(), QStringList());
    const auto hosts = reader.hosts();
    QCOMPARE(hosts.size(), 2 * kHosts);
    QSet<QString> aliases;
    for (const auto &h : hosts)
        aliases.insert(h.alias);
    QCOMPARE(aliases.size(), 2 * kHosts);
    for (int i = 0; i < kHosts; ++i) {
        if (i % 101 != 0 && i != 5001 && i != 14 && i != 7007)
            continue;
        const QString n = QString::number(i);
        const bool lab = i % 2 == 0;
        const bool beforeWildcard = i % 5 == 0 || i <= 5000; // included files come first
        const bool bastion = !lab && i != 5001;
        const QString own = i % 7 == 0 ? QStringLiteral("jump") + n : QString();
        const QString ownUser = i % 3 == 0 ? QStringLiteral("user") + n : QString();
        const SshConfigHost alias = hostNamed(hosts, QStringLiteral("alias") + n); // linear, but only in the test
        QCOMPARE(alias.hostName, QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256));
        QCOMPARE(alias.user, ownUser.isEmpty() ? QStringLiteral("fallback") : ownUser);
        QCOMPARE(alias.identityFiles, QStringList { QStringLiteral("~/.ssh/id_all") });
        QCOMPARE(alias.proxyJump, own);
        QCOMPARE(alias.port, 0); // alias<n> matches no wildcard block with a Port

        const SshConfigHost named =
            hostNamed(hosts, QStringLiteral("host%1.%2").arg(n, lab ? QStringLiteral("lab") : QStringLiteral("corp")));
        QCOMPARE(named.hostName, alias.hostName);
        const bool teen = lab && i >= 10 && i <= 19;
        QCOMPARE(named.user, !ownUser.isEmpty() ? ownUser : teen ? QStringLiteral("teen") : QStringLiteral("fallback"));
        QCOMPARE(named.proxyJump, bastion && (own.isEmpty() || !beforeWildcard) ? QStringLiteral("bastion.corp") : own);
        QCOMPARE(named.port, bastion ? 2200 : 0);
        QCOMPARE(named.file, alias.file);
    }
}

QTEST_GUILESS_MAIN(TestSshConfigReader)
#include "tst_sshconfigreader.moc"
