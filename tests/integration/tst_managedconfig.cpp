// The managed ssh config as OpenSSH reads it (ssh -G), the Include line
// (idempotent, reversible byte for byte, CRLF, symlinks, read-only), hostile
// names, and host-key pins.
#include "fixtures.h"

#include "common/text.h"
#include "sshconfig/sshconfigreader.h"

#include "identity/keystore.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace keyport;

namespace {

Workspace tcpWorkspace(const QString &source, const QString &name, quint16 port = 2022)
{
    Workspace w;
    w.source = source;
    w.name = name;
    w.user = QStringLiteral("dev");
    w.transport.kind = TransportSpec::Kind::Tcp;
    w.transport.host = QStringLiteral("127.0.0.1");
    w.transport.port = port;
    return w;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// The diff as ManagedSshConfig::diff() wrote it before Myers: a full LCS
// table, so only for small inputs. The reference for format and minimality.
QString lcsDiff(const ConfigPlan &plan)
{
    QString out;
    for (const ConfigChange &c : plan.changes) {
        if (!c.changes())
            continue;
        const QStringList a = c.before ? QString::fromUtf8(*c.before).split(QLatin1Char('\n')) : QStringList();
        const QStringList b = c.after ? QString::fromUtf8(*c.after).split(QLatin1Char('\n')) : QStringList();
        out += QStringLiteral("--- %1%2\n+++ %1%3\n")
                   .arg(c.path, c.before ? QString() : QStringLiteral(" (new)"),
                        c.after ? QString() : QStringLiteral(" (deleted)"));
        const qsizetype n = a.size(), m = b.size();
        QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j]) {
                out += QStringLiteral(" %1\n").arg(printable(a[i], 400));
                ++i, ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out += QStringLiteral("+%1\n").arg(printable(b[j++], 400));
            } else {
                out += QStringLiteral("-%1\n").arg(printable(a[i++], 400));
            }
        }
    }
    return out;
}

// What a one-file diff says the two sides were, and how many lines changed.
struct DiffSides {
    QStringList before, after;
    int added = 0, removed = 0;
};
DiffSides sidesOf(const QString &diff)
{
    DiffSides s;
    QStringList lines = diff.split(QLatin1Char('\n'));
    lines.removeLast(); // after the final newline
    for (qsizetype i = 2; i < lines.size(); ++i) { // after --- and +++
        const QString text = lines[i].mid(1);
        switch (lines[i].at(0).unicode()) {
        case ' ':
            s.before << text;
            s.after << text;
            break;
        case '+':
            s.after << text;
            ++s.added;
            break;
        case '-':
            s.before << text;
            ++s.removed;
            break;
        default:
            qFatal("not a diff line: %s", qPrintable(lines[i]));
        }
    }
    return s;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(data);
}

} // namespace

class TestManagedConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void opensshReadsGeneratedBlocks();
    void includeIsIdempotentAndReversible_data();
    void includeIsIdempotentAndReversible();
    void missingConfigIsCreatedAndRemoved();
    void symlinkedConfigIsWrittenThrough();
    void readOnlyConfigSaysWhatToAdd();
    void hostileValuesAreLeftOut_data();
    void hostileValuesAreLeftOut();
    void diffShowsTheChangeWithoutWriting();
    void pinsAndChangedKeys();
    void diffIsMinimalAndInTheOldFormat();
    void tenThousandWorkspaces();
    void damagedPinFileIsRefused_data();
    void damagedPinFileIsRefused();
    void pinFilesOpenSshWritesAreRead();

private:
    QMap<QString, QString> sshG(const QString &alias);
    std::unique_ptr<test::TempHome> m_home;
    QString m_sshDir;
};

void TestManagedConfig::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("ssh");
    m_home = std::make_unique<test::TempHome>();
    m_sshDir = m_home->sshDir();
}

void TestManagedConfig::init()
{
    QDir(m_sshDir).removeRecursively();
    QDir().mkpath(m_sshDir);
}

QMap<QString, QString> TestManagedConfig::sshG(const QString &alias)
{
    auto r = test::runProcess(
        test::findTool(QStringLiteral("ssh")),
        { QStringLiteral("-F"), QDir(m_sshDir).filePath(QStringLiteral("config")), QStringLiteral("-G"), alias });
    QMap<QString, QString> out;
    for (const QByteArray &line : r.out.split('\n')) {
        const qsizetype sp = line.indexOf(' ');
        if (sp > 0)
            out.insert(QString::fromUtf8(line.left(sp)), QString::fromUtf8(line.mid(sp + 1)));
    }
    return out;
}

void TestManagedConfig::opensshReadsGeneratedBlocks()
{
    writeFile(QDir(m_sshDir).filePath(QStringLiteral("config")), "Host mine\n    HostName mine.example.com\n");
    ManagedSshConfig config(QStringLiteral("/opt/key port/bin/keyport-cli"), m_sshDir);
    Workspace tcp = tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox"), 40022);
    tcp.identityFile = QDir(m_sshDir).filePath(QStringLiteral("id_ed25519"));
    Workspace ws;
    ws.source = QStringLiteral("knot");
    ws.name = QStringLiteral("dev-box");
    ws.user = QStringLiteral("ubuntu");
    ws.agentForwarding = true;
    ws.transport.kind = TransportSpec::Kind::WebSocket;
    ws.transport.url = QUrl(QStringLiteral("wss://knot.example.com/proxy/spaces/dev-box/ssh/"));
    auto plan = config.planWrite({ tcp, ws });
    QVERIFY(plan.ok());
    QVERIFY(plan->warnings.isEmpty());
    QVERIFY(config.apply(*plan).ok());

    auto g = sshG(QStringLiteral("local.sandbox"));
    QCOMPARE(g.value(QStringLiteral("hostname")), QStringLiteral("127.0.0.1"));
    QCOMPARE(g.value(QStringLiteral("port")), QStringLiteral("40022"));
    QCOMPARE(g.value(QStringLiteral("user")), QStringLiteral("dev"));
    QCOMPARE(g.value(QStringLiteral("identityfile")), tcp.identityFile);
    QCOMPARE(g.value(QStringLiteral("identitiesonly")), QStringLiteral("yes"));
    QCOMPARE(g.value(QStringLiteral("userknownhostsfile")), config.knownHostsPath());
    QCOMPARE(g.value(QStringLiteral("hostkeyalias")), QStringLiteral("local.sandbox"));
    QCOMPARE(g.value(QStringLiteral("stricthostkeychecking")), QStringLiteral("ask")); // not pinned yet
    QCOMPARE(g.value(QStringLiteral("forwardagent")), QStringLiteral("no"));

    auto k = sshG(QStringLiteral("knot.dev-box"));
    QCOMPARE(k.value(QStringLiteral("proxycommand")),
             QStringLiteral("\"/opt/key port/bin/keyport-cli\" forward knot.dev-box"));
    QCOMPARE(k.value(QStringLiteral("forwardagent")), QStringLiteral("yes")); // turned on for this one
    // The user's own host is untouched and still works.
    QCOMPARE(sshG(QStringLiteral("mine")).value(QStringLiteral("hostname")), QStringLiteral("mine.example.com"));

    // Once pinned, OpenSSH is strict.
    auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
    QVERIFY(KnownHosts(config.knownHostsPath()).pin(QStringLiteral("local.sandbox"), key->publicKey()).ok());
    QVERIFY(config.apply(*config.planWrite({ tcp, ws })).ok());
    QCOMPARE(sshG(QStringLiteral("local.sandbox")).value(QStringLiteral("stricthostkeychecking")),
             QStringLiteral("true"));
}

void TestManagedConfig::includeIsIdempotentAndReversible_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("lf") << QByteArray("# my config\nHost a\n    User x\n\nHost *\n    ServerAliveInterval 30\n");
    QTest::newRow("crlf") << QByteArray("Host a\r\n    User x\r\n");
    QTest::newRow("no-final-newline") << QByteArray("Host a\n    User x");
    QTest::newRow("tabs-and-trailing-spaces") << QByteArray("Host\ta  \n\tPort 22 \t\n");
}

void TestManagedConfig::includeIsIdempotentAndReversible()
{
    QFETCH(QByteArray, original);
    const QString path = QDir(m_sshDir).filePath(QStringLiteral("config"));
    writeFile(path, original);
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    const QList<Workspace> ws { tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")) };
    QVERIFY(config.apply(*config.planWrite(ws)).ok());
    const QByteArray once = readAll(path);
    QVERIFY(once.startsWith(config.includeLine().toUtf8()));
    QVERIFY(once.endsWith(original)); // every other byte untouched
    QCOMPARE(readAll(path + QStringLiteral(".keyport-backup")), original);
    // Idempotent: a second run plans nothing and changes nothing.
    auto again = config.planWrite(ws);
    QVERIFY(again->isNoop());
    QVERIFY(config.apply(*again).ok());
    QCOMPARE(readAll(path), once);
    QCOMPARE(once.count(config.includeLine().toUtf8()), 1);
    // Reversible byte for byte.
    QVERIFY(config.apply(*config.planRemove()).ok());
    QCOMPARE(readAll(path), original);
    QVERIFY(!QFile::exists(config.managedPath()));
}

void TestManagedConfig::missingConfigIsCreatedAndRemoved()
{
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    const QString path = config.userConfigPath();
    QVERIFY(!QFile::exists(path));
    QVERIFY(config.apply(*config.planWrite({ tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")) })).ok());
    QCOMPARE(readAll(path), config.includeLine().toUtf8() + '\n');
    QCOMPARE(sshG(QStringLiteral("local.sandbox")).value(QStringLiteral("port")), QStringLiteral("2022"));
    QVERIFY(config.apply(*config.planRemove()).ok());
    QVERIFY(!QFile::exists(path));
}

void TestManagedConfig::symlinkedConfigIsWrittenThrough()
{
    const QString real = m_home->filePath(QStringLiteral("dotfiles/ssh_config"));
    writeFile(real, "Host a\n");
    const QString link = QDir(m_sshDir).filePath(QStringLiteral("config"));
    QVERIFY(QFile::link(real, link));
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    QVERIFY(config.apply(*config.planWrite({})).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(readAll(real).startsWith("Include "));
    QVERIFY(config.apply(*config.planRemove()).ok());
    QCOMPARE(readAll(real), QByteArray("Host a\n"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestManagedConfig::readOnlyConfigSaysWhatToAdd()
{
    // Like a dotfile manager's link into a read-only store. /proc takes no new
    // files even from root, so this fails the same way for every user.
    const QString link = QDir(m_sshDir).filePath(QStringLiteral("config"));
    QVERIFY(QFile::link(QStringLiteral("/proc/keyport-readonly/config"), link));
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    auto plan = config.planWrite({ tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")) });
    QVERIFY(plan.ok());
    auto applied = config.apply(*plan);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(config.includeLine()), qPrintable(applied.error().message));
    QVERIFY(applied.error().message.contains(QStringLiteral("/proc/keyport-readonly/config")));
    QVERIFY(QFileInfo(link).isSymLink());
    QFile::remove(link);
}

void TestManagedConfig::hostileValuesAreLeftOut_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("field");
    QTest::newRow("newline-in-name") << "x\nProxyCommand evil"
                                     << "dev"
                                     << "h"
                                     << "name";
    QTest::newRow("space-in-name") << "two words"
                                   << "dev"
                                   << "h"
                                   << "name";
    QTest::newRow("pattern-name") << "star*"
                                  << "dev"
                                  << "h"
                                  << "name";
    QTest::newRow("space-in-user") << "ok"
                                   << "dev ProxyCommand=evil"
                                   << "h"
                                   << "user";
    QTest::newRow("dash-user") << "ok"
                               << "-oProxyCommand=x"
                               << "h"
                               << "user";
    QTest::newRow("percent-host") << "ok"
                                  << "dev"
                                  << "%h.evil"
                                  << "host";
    QTest::newRow("hash-host") << "ok"
                               << "dev"
                               << "h#x"
                               << "host";
    QTest::newRow("quote-host") << "ok"
                                << "dev"
                                << "h\"x"
                                << "host";
    QTest::newRow("no-port") << "ok"
                             << "dev"
                             << "h"
                             << "port";
    QTest::newRow("cr-user") << "ok"
                             << "dev\r"
                             << "h"
                             << "user";
}

void TestManagedConfig::hostileValuesAreLeftOut()
{
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QString, field);
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    Workspace bad = tcpWorkspace(QStringLiteral("knot"), name);
    bad.user = user;
    bad.transport.host = host;
    if (QByteArray(QTest::currentDataTag()) == "no-port")
        bad.transport.port = 0;
    const Workspace good = tcpWorkspace(QStringLiteral("knot"), QStringLiteral("fine"));
    auto plan = config.planWrite({ bad, good });
    QVERIFY(plan.ok());
    QCOMPARE(plan->warnings.size(), 1);
    QVERIFY2(plan->warnings[0].contains(field), qPrintable(plan->warnings[0]));
    QVERIFY(!plan->warnings[0].contains(QLatin1Char('\n')));
    QVERIFY(config.apply(*plan).ok());
    const QByteArray managed = readAll(config.managedPath());
    QVERIFY(managed.contains("Host knot.fine\n"));
    QVERIFY(!managed.contains("evil"));
    QCOMPARE(managed.count("\nHost "), 1);
    QCOMPARE(sshG(QStringLiteral("knot.fine")).value(QStringLiteral("port")), QStringLiteral("2022"));
}

void TestManagedConfig::diffShowsTheChangeWithoutWriting()
{
    writeFile(QDir(m_sshDir).filePath(QStringLiteral("config")), "Host a\n");
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    auto plan = config.planWrite({ tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")) });
    const QString diff = ManagedSshConfig::diff(*plan);
    QVERIFY(diff.contains(QStringLiteral("+") + config.includeLine()));
    QVERIFY(diff.contains(QStringLiteral(" Host a")));
    QVERIFY(diff.contains(QStringLiteral("+Host local.sandbox")));
    QVERIFY(diff.contains(QStringLiteral("(new)")));
    QCOMPARE(readAll(QDir(m_sshDir).filePath(QStringLiteral("config"))), QByteArray("Host a\n"));
    QVERIFY(!QFile::exists(config.managedPath()));
}

void TestManagedConfig::pinsAndChangedKeys()
{
    KnownHosts pins(QDir(m_sshDir).filePath(QStringLiteral("keyport/known_hosts")));
    auto a = PrivateKey::generate(KeyAlgorithm::Ed25519), b = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
    QCOMPARE(pins.check(QStringLiteral("local.sandbox"), a->publicKey()).error().code, ErrorCode::NotFound);
    QVERIFY(pins.pin(QStringLiteral("local.sandbox"), a->publicKey()).ok());
    QVERIFY(pins.pin(QStringLiteral("other.box"), b->publicKey()).ok());
    QVERIFY(pins.check(QStringLiteral("local.sandbox"), a->publicKey()).ok());
    auto changed = pins.check(QStringLiteral("local.sandbox"), b->publicKey());
    QVERIFY(!changed.ok());
    const QString msg = changed.error().message;
    QVERIFY(msg.contains(a->publicKey().fingerprint())); // expected
    QVERIFY(msg.contains(b->publicKey().fingerprint())); // offered
    QVERIFY(msg.contains(pins.path())); // where the pin is
    // Replacing one pin keeps the others.
    QVERIFY(pins.pin(QStringLiteral("local.sandbox"), b->publicKey()).ok());
    QCOMPARE(pins.pinned(QStringLiteral("other.box"))->fingerprint(), b->publicKey().fingerprint());
    QVERIFY(pins.unpin(QStringLiteral("local.sandbox")).ok());
    QVERIFY(!pins.pinned(QStringLiteral("local.sandbox")));
}

// Myers' diff finds a shortest edit script, as the LCS table did, and writes
// it the same way: ---/+++ headers, then ' ', '+' and '-' lines, within a
// run of changes the added lines before the removed ones. When both files
// keep their lines in one order (lines added, removed or changed, nothing
// moved; distinct lines) there is one shortest script, and the output is the
// old output byte for byte. Otherwise (moves, repeated lines) several are
// shortest: ours is as short and a diff of the same two files.
void TestManagedConfig::diffIsMinimalAndInTheOldFormat()
{
    QRandomGenerator rng(42);
    QStringList universe;
    for (int i = 0; i < 40; ++i)
        universe << QStringLiteral("line %1").arg(i);
    auto randomFile = [&](int alphabet, bool ordered) {
        QStringList lines;
        if (ordered) {
            for (const QString &line : std::as_const(universe))
                if (rng.bounded(3) == 0)
                    lines << line;
        } else {
            for (int i = int(rng.bounded(14)); i > 0; --i)
                lines << QStringLiteral("l%1").arg(rng.bounded(alphabet));
        }
        return lines.join(QLatin1Char('\n')).toUtf8() + (rng.bounded(2) ? "\n" : "");
    };
    for (int round = 0; round < 3000; ++round) {
        const bool ordered = round % 3 == 0;
        const int alphabet = 2 + round % 5;
        ConfigPlan plan;
        const int kind = round % 10;
        std::optional<QByteArray> before = kind == 0 ? std::nullopt : std::optional(randomFile(alphabet, ordered));
        std::optional<QByteArray> after = kind == 1 ? std::nullopt : std::optional(randomFile(alphabet, ordered));
        if (kind == 2 && before)
            after = *before + "line 41\nl0\n"; // an append
        plan.changes << ConfigChange { QStringLiteral("/x/config"), before, after };
        const QString ours = ManagedSshConfig::diff(plan), reference = lcsDiff(plan);
        const QByteArray tag = "round " + QByteArray::number(round) + "\n" + before.value_or("(none)") + "\n=>\n"
                               + after.value_or("(none)") + "\nours:\n" + ours.toUtf8() + "reference:\n"
                               + reference.toUtf8();
        if (!plan.changes[0].changes()) {
            QCOMPARE(ours, QString());
            continue;
        }
        if (ordered) {
            QVERIFY2(ours == reference, tag.constData());
            continue;
        }
        QVERIFY2(ours.startsWith(reference.section(QLatin1Char('\n'), 0, 1) + QLatin1Char('\n')), tag.constData());
        const DiffSides o = sidesOf(ours), r = sidesOf(reference);
        QVERIFY2(o.before == r.before && o.after == r.after, tag.constData());
        QVERIFY2(o.added == r.added && o.removed == r.removed, tag.constData()); // just as short
    }
    // Two files in one plan, the way planWrite() makes them.
    writeFile(QDir(m_sshDir).filePath(QStringLiteral("config")), "Host a\n    User x\n");
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    auto plan = config.planWrite({ tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")),
                                   tcpWorkspace(QStringLiteral("knot"), QStringLiteral("box"), 2200) });
    QVERIFY(plan.ok());
    QCOMPARE(ManagedSshConfig::diff(*plan), lcsDiff(*plan));
    QVERIFY(config.apply(*plan).ok());
    plan = config.planWrite({ tcpWorkspace(QStringLiteral("knot"), QStringLiteral("box"), 2201),
                              tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")) });
    QCOMPARE(ManagedSshConfig::diff(*plan), lcsDiff(*plan));
}

// The size of real setups: 10,000 workspaces, half of them pinned. The plan
// reads the pins once, the config it writes is what OpenSSH and our reader
// see, and the diff against the previous config (100 ports changed, the
// keyport-cli path moved, which changes every tunnel's ProxyCommand) is the
// shortest one. No time is measured (bench/sshconfigbench does); it has to
// finish quickly anyway, which an LCS table of 87,000 x 87,000 lines (30 GB) did not.
void TestManagedConfig::tenThousandWorkspaces()
{
    constexpr int kWorkspaces = 10000;
    auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
    QByteArray pins;
    QList<Workspace> workspaces;
    for (int i = 0; i < kWorkspaces; ++i) {
        Workspace w = tcpWorkspace(QStringLiteral("knot"), QStringLiteral("box%1").arg(i), quint16(20000 + i));
        if (i % 3 == 0) {
            w.transport.kind = TransportSpec::Kind::WebSocket;
            w.transport.url = QUrl(QStringLiteral("wss://knot.example.com/box%1/ssh/").arg(i));
        }
        workspaces << w;
        if (i % 2 == 0)
            pins += w.id().toUtf8() + ' ' + key->publicKey().toOpenSshLine({});
    }
    writeFile(QDir(m_sshDir).filePath(QStringLiteral("keyport/known_hosts")), pins);
    ManagedSshConfig old(QStringLiteral("/opt/keyport-1/bin/keyport-cli"), m_sshDir);
    auto first = old.planWrite(workspaces);
    QVERIFY(first.ok());
    QVERIFY(first->warnings.isEmpty());
    QVERIFY(old.apply(*first).ok());

    for (int i = 0; i < kWorkspaces; i += 100)
        workspaces[i].transport.port += 1; // the tunnels (i % 3 == 0) have no Port line
    ManagedSshConfig config(QStringLiteral("/opt/keyport-2/bin/keyport-cli"), m_sshDir);
    auto plan = config.planWrite(workspaces);
    QVERIFY(plan.ok());
    const QByteArray managed = *plan->changes[0].after;
    QCOMPARE(managed.count("\nHost knot.box"), kWorkspaces);
    QCOMPARE(managed.count("StrictHostKeyChecking yes"), kWorkspaces / 2);
    QCOMPARE(managed.count("StrictHostKeyChecking ask"), kWorkspaces / 2);

    ConfigPlan managedOnly;
    managedOnly.changes << plan->changes[0];
    const DiffSides sides = sidesOf(ManagedSshConfig::diff(managedOnly));
    QCOMPARE(sides.before.join(QLatin1Char('\n')).toUtf8(), *plan->changes[0].before);
    QCOMPARE(sides.after.join(QLatin1Char('\n')).toUtf8(), managed);
    int tunnels = 0, portsChanged = 0;
    for (int i = 0; i < kWorkspaces; ++i) {
        tunnels += i % 3 == 0;
        portsChanged += i % 100 == 0 && i % 3 != 0;
    }
    QCOMPARE(sides.removed, tunnels + portsChanged);
    QCOMPARE(sides.added, tunnels + portsChanged);

    // The same workspaces in the opposite order: a shortest script is out of
    // reach in time, so past a cost limit the diff takes the furthest point
    // it got to (as GNU diff does). Still a correct diff of the two files.
    ConfigPlan reversed;
    QList<QByteArray> blocks = managed.split('\n'); // header, then "Host" lines each starting a block
    QByteArray backwards;
    {
        QList<QByteArray> current, all;
        for (const QByteArray &line : std::as_const(blocks)) {
            if (line.startsWith("Host ") && !current.isEmpty()) {
                all << current.join('\n');
                current.clear();
            }
            current << line;
        }
        all << current.join('\n');
        backwards = all.takeFirst();
        std::reverse(all.begin(), all.end());
        for (const QByteArray &block : std::as_const(all))
            backwards += '\n' + block;
    }
    reversed.changes << ConfigChange { config.managedPath(), managed, backwards };
    const DiffSides turned = sidesOf(ManagedSshConfig::diff(reversed));
    QCOMPARE(turned.before.join(QLatin1Char('\n')).toUtf8(), managed);
    QCOMPARE(turned.after.join(QLatin1Char('\n')).toUtf8(), backwards);

    QVERIFY(config.apply(*plan).ok());
    SshConfigReader reader(m_sshDir);
    QVERIFY(reader.read(config.userConfigPath()).ok());
    const auto hosts = reader.hosts();
    QCOMPARE(hosts.size(), kWorkspaces);
    QCOMPARE(hosts[100].alias, QStringLiteral("knot.box100"));
    QCOMPARE(hosts[100].port, 20101);
    QCOMPARE(hosts[3].proxyCommand, QStringLiteral("/opt/keyport-2/bin/keyport-cli forward knot.box3"));
    auto g = sshG(QStringLiteral("knot.box9998"));
    QCOMPARE(g.value(QStringLiteral("port")), QStringLiteral("29998"));
    QCOMPARE(g.value(QStringLiteral("stricthostkeychecking")), QStringLiteral("true"));
    QCOMPARE(sshG(QStringLiteral("knot.box9999")).value(QStringLiteral("stricthostkeychecking")),
             QStringLiteral("ask"));
}

// A pin file Keyport cannot read completely must never look like "not pinned
// yet": connecting would then ask to trust whatever key is offered, and the
// managed config would say `StrictHostKeyChecking ask`. Every way of being
// damaged is an error that names the file (and the line), pin() and unpin()
// leave the file as it is, and no ssh config is planned.
void TestManagedConfig::damagedPinFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("contents"); // "<directory>" and "<unreadable>" are not contents
    QTest::addColumn<int>("line"); // the damaged line; 0: the file as a whole
    auto a = PrivateKey::generate(KeyAlgorithm::Ed25519), b = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
    const QByteArray good = "local.sandbox " + a->publicKey().toOpenSshLine({});
    const QByteArray other = "other.box " + b->publicKey().toOpenSshLine({});
    QTest::newRow("truncated-own-line") << QByteArray("local.sandbox " + a->publicKey().toOpenSshLine({}).left(40))
                                        << 1;
    QTest::newRow("truncated-other-line") << good + other.left(50) + "\n" << 2;
    QTest::newRow("host-only") << QByteArray("# pins\nlocal.sandbox\n") << 2;
    QTest::newRow("garbage-base64") << "# pins\n" + good + "other.box ssh-ed25519 ***not+base64***\n" << 3;
    QTest::newRow("wrong-type") << QByteArray("local.sandbox ssh-rsa ")
                                       + a->publicKey().toOpenSshLine({}).split(' ').value(1)
                                << 1;
    QTest::newRow("binary-junk") << good + other + QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00\xff\xfe\x00\x10", 12)
                                 << 3;
    QTest::newRow("invalid-utf8") << "local.sandbox\xff\xfe " + a->publicKey().toOpenSshLine({}) << 1;
    QTest::newRow("nul-byte") << other + good.left(20) + QByteArray(1, '\0') + good.mid(20) << 2;
    QTest::newRow("unknown-marker") << "@trusted " + good << 1;
    QTest::newRow("directory") << QByteArray("<directory>") << 0;
    QTest::newRow("unreadable") << QByteArray("<unreadable>") << 0;
}

void TestManagedConfig::damagedPinFileIsRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, line);
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    const QString path = config.knownHostsPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray before; // what must stay: the bytes, or for the two special cases the link/dir itself
    if (contents == "<directory>") {
        QVERIFY(QDir().mkpath(path));
    } else if (contents == "<unreadable>") {
#ifdef Q_OS_WIN
        QSKIP("POSIX permissions");
#else
        if (geteuid() == 0) {
            // chmod does not stop root. A write-only sysfs attribute does:
            // a regular file that open(O_RDONLY) refuses with EACCES.
            QString target;
            for (const char *candidate : { "/sys/bus/cpu/uevent", "/sys/bus/platform/uevent", "/sys/bus/pci/uevent" }) {
                const int fd = ::open(candidate, O_RDONLY);
                if (fd >= 0)
                    ::close(fd);
                else if (errno == EACCES && QFileInfo(QString::fromLatin1(candidate)).isFile())
                    target = QString::fromLatin1(candidate);
                if (!target.isEmpty())
                    break;
            }
            if (target.isEmpty())
                QSKIP("running as root and no write-only sysfs file to stand in for an unreadable one");
            QVERIFY(QFile::link(target, path));
            before = target.toUtf8();
        } else {
            writeFile(path, "local.sandbox ssh-ed25519 AAAA\n");
            QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        }
#endif
    } else {
        writeFile(path, contents);
        before = contents;
    }
    auto unchanged = [&] {
        if (contents == "<directory>")
            return QFileInfo(path).isDir() && QDir(path).isEmpty();
        if (QFileInfo(path).isSymLink())
            return QFileInfo(path).symLinkTarget().toUtf8() == before;
        if (contents == "<unreadable>")
            return QFile::permissions(path) == QFileDevice::Permissions();
        return readAll(path) == before;
    };
    auto namesIt = [&](const Error &e) {
        if (!e.message.contains(path))
            return false;
        return line == 0 || e.message.contains(QStringLiteral("line %1").arg(line));
    };
    auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
    const PublicKey offered = key->publicKey();
    const KnownHosts pins(path);

    const auto loaded = pins.load();
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().code == ErrorCode::BadFormat || loaded.error().code == ErrorCode::PermissionDenied);
    QVERIFY2(namesIt(loaded.error()), qPrintable(loaded.error().message));
    QVERIFY(!pins.lookup(QStringLiteral("local.sandbox")).ok());
    QVERIFY(!pins.pinned(QStringLiteral("local.sandbox"))); // only for display: check() is the trust decision

    // The trust decision: an error, never "nothing pinned yet".
    for (const QString &alias : { QStringLiteral("local.sandbox"), QStringLiteral("never.pinned") }) {
        const Status checked = pins.check(alias, offered);
        QVERIFY2(!checked.ok(), qPrintable(alias));
        QVERIFY2(checked.error().code != ErrorCode::NotFound, qPrintable(checked.error().message));
        QVERIFY2(namesIt(checked.error()), qPrintable(checked.error().message));
    }
    // Rewriting would drop the damaged lines, and any pin in them.
    const Status pinned = pins.pin(QStringLiteral("new.one"), offered);
    QVERIFY(!pinned.ok());
    QVERIFY2(namesIt(pinned.error()), qPrintable(pinned.error().message));
    QVERIFY(unchanged());
    const Status unpinned = pins.unpin(QStringLiteral("local.sandbox"));
    QVERIFY(!unpinned.ok());
    QVERIFY2(namesIt(unpinned.error()), qPrintable(unpinned.error().message));
    QVERIFY(unchanged());

    // No managed config that would let OpenSSH ask instead.
    const Workspace w = tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox"));
    auto plan = config.planWrite({ w, tcpWorkspace(QStringLiteral("other"), QStringLiteral("box")) });
    QVERIFY(!plan.ok());
    QVERIFY2(namesIt(plan.error()), qPrintable(plan.error().message));
    auto block = config.renderBlock(w);
    QVERIFY(!block.ok());
    QVERIFY2(namesIt(block.error()), qPrintable(block.error().message));
    QVERIFY(!QFile::exists(config.managedPath()));
    QVERIFY(!QFile::exists(config.userConfigPath()));
    QVERIFY(unchanged());

    if (contents == "<unreadable>" && !QFileInfo(path).isSymLink())
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // let init() clean up
}

// What OpenSSH itself may put in this file (it is UserKnownHostsFile, so
// after `StrictHostKeyChecking ask` ssh stores keys there), and what people
// do to files (comments, blank lines, CRLF, tabs): read, and kept by pin().
void TestManagedConfig::pinFilesOpenSshWritesAreRead()
{
    ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), m_sshDir);
    const QString path = config.knownHostsPath();
    auto a = PrivateKey::generate(KeyAlgorithm::Ed25519), b = PrivateKey::generate(KeyAlgorithm::EcdsaP256),
         c = PrivateKey::generate(KeyAlgorithm::Rsa, 3072);
    const QByteArray bLine = b->publicKey().toOpenSshLine({});
    const QByteArray original = "# Keyport pins\n\n"
                                "|1|F1E1KeoE/eEWhi10WpGv4OdiO6Y=|3988QV0VE8wmZL7suNrYQLITLCg= "
                                + bLine + "local.sandbox\t" + a->publicKey().toOpenSshLine({}).trimmed() + "\r\n"
                                + "@revoked revoked.box " + bLine + "other.box,other.alias "
                                + c->publicKey().toOpenSshLine(QStringLiteral("comment with spaces"));
    writeFile(path, original);
    const KnownHosts pins(path);
    QVERIFY(pins.load().ok());
    QCOMPARE(pins.load()->size(), 3); // local.sandbox, other.box, other.alias
    QVERIFY(pins.pinned(QStringLiteral("local.sandbox")).has_value()); // tab-separated
    QVERIFY(pins.pinned(QStringLiteral("other.alias")).has_value());
    QCOMPARE(pins.pinned(QStringLiteral("local.sandbox"))->fingerprint(), a->publicKey().fingerprint());
    QCOMPARE(pins.pinned(QStringLiteral("other.alias"))->fingerprint(), c->publicKey().fingerprint());
    QVERIFY(pins.check(QStringLiteral("other.box"), c->publicKey()).ok());
    QCOMPARE(pins.check(QStringLiteral("revoked.box"), b->publicKey()).error().code, ErrorCode::NotFound);
    QCOMPARE(pins.check(QStringLiteral("new.one"), b->publicKey()).error().code, ErrorCode::NotFound);
    auto plan = config.planWrite({ tcpWorkspace(QStringLiteral("local"), QStringLiteral("sandbox")) });
    QVERIFY(plan.ok());
    QVERIFY(plan->changes[0].after->contains("StrictHostKeyChecking yes"));
    QVERIFY(pins.pin(QStringLiteral("new.one"), b->publicKey()).ok());
    QCOMPARE(readAll(path), QByteArray(original).replace("\n\n", "\n") + "new.one " + bLine);
}

QTEST_GUILESS_MAIN(TestManagedConfig)
#include "tst_managedconfig.moc"
