// Terminal and editor command lines: argv only, never a shell string.
#include "launch/launcher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyport;

class TestLauncher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void terminalArgv_data();
    void terminalArgv();
    void customTemplate();
    void detection();
    void editors();
};

void TestLauncher::terminalArgv_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("prefix");
    QTest::newRow("gnome-terminal") << "gnome-terminal" << QStringList { QStringLiteral("--") };
    QTest::newRow("konsole") << "konsole" << QStringList { QStringLiteral("-e") };
    QTest::newRow("kitty") << "kitty" << QStringList {};
    QTest::newRow("alacritty") << "alacritty" << QStringList { QStringLiteral("-e") };
    QTest::newRow("wezterm") << "wezterm" << QStringList { QStringLiteral("start"), QStringLiteral("--") };
    QTest::newRow("foot") << "foot" << QStringList {};
    QTest::newRow("xterm") << "xterm" << QStringList { QStringLiteral("-e") };
    QTest::newRow("x-terminal-emulator") << "x-terminal-emulator" << QStringList { QStringLiteral("-e") };
    QTest::newRow("windows-terminal") << "windows-terminal" << QStringList {};
}

void TestLauncher::terminalArgv()
{
    QFETCH(QString, id);
    QFETCH(QStringList, prefix);
    // A hostile-looking word stays one argument: there is no shell to split it.
    const QStringList cmd { QStringLiteral("ssh"), QStringLiteral("knot.dev; rm -rf ~") };
    const LaunchCommand c = terminalCommand({ id, QStringLiteral("/usr/bin/") + id }, cmd);
    QCOMPARE(c.program, QStringLiteral("/usr/bin/") + id);
    QCOMPARE(c.args, prefix + cmd);
}

void TestLauncher::customTemplate()
{
    auto c = customTerminalCommand(QStringLiteral("myterm --title {title}  -e {command}"),
                                   { QStringLiteral("ssh"), QStringLiteral("a b") }, QStringLiteral("local.sandbox"));
    QVERIFY(c.ok());
    QCOMPARE(c->program, QStringLiteral("myterm"));
    QCOMPARE(c->args, (QStringList { QStringLiteral("--title"), QStringLiteral("local.sandbox"), QStringLiteral("-e"),
                                     QStringLiteral("ssh"), QStringLiteral("a b") }));
    QVERIFY(!customTerminalCommand(QStringLiteral("myterm -e"), { QStringLiteral("ssh") }, {}).ok());
    QVERIFY(!customTerminalCommand(QStringLiteral("   "), { QStringLiteral("ssh") }, {}).ok());
}

void TestLauncher::detection()
{
    QTemporaryDir bin;
    for (const char *name : { "kitty", "xterm" }) {
        QFile f(bin.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    }
    const QByteArray saved = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()));
    const auto found = detectTerminals();
    qputenv("PATH", saved);
    QStringList ids;
    for (const auto &t : found)
        ids << t.id;
    QCOMPARE(ids, (QStringList { QStringLiteral("kitty"), QStringLiteral("xterm") }));
    QCOMPARE(found[0].program, bin.filePath(QStringLiteral("kitty")));
}

void TestLauncher::editors()
{
    const LaunchCommand c =
        editorCommand(QStringLiteral("/usr/bin/code"), QStringLiteral("knot.dev"), QStringLiteral("/home/u"));
    QCOMPARE(c.args, (QStringList { QStringLiteral("--remote"), QStringLiteral("ssh-remote+knot.dev"),
                                    QStringLiteral("/home/u") }));
    QCOMPARE(editorCommand(QStringLiteral("cursor"), QStringLiteral("x"), {}).args.size(), 2);
    QCOMPARE(findEditor(QStringLiteral("emacs")).error().code, ErrorCode::InvalidArgument);
    const QByteArray saved = qgetenv("PATH"), home = qgetenv("HOME");
    QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    qputenv("HOME", QFile::encodeName(empty.path()));
    auto missing = findEditor(QStringLiteral("codium"));
    qputenv("PATH", saved);
    qputenv("HOME", home);
    if (missing.ok())
        QSKIP("codium is installed system-wide here");
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
