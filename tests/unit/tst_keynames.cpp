// Key names: what may become a file in ~/.ssh.
#include "fixtures.h"

#include "identity/keystore.h"

#include <QDir>
#include <QFile>

using namespace keyport;

class TestKeyNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newKeyPath_data();
    void newKeyPath();
    void existingFilesAreRefused_data();
    void existingFilesAreRefused();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestKeyNames::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
    QDir().mkpath(m_home->sshDir());
}

void TestKeyNames::newKeyPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << "id_ed25519_work" << true;
    QTest::newRow("dots-and-at") << "work.key@example+1" << true;
    QTest::newRow("dotdot") << ".." << false;
    QTest::newRow("dotdot-path") << "../evil" << false;
    QTest::newRow("dotdot-inside") << "sub/../evil" << false;
    QTest::newRow("absolute-outside") << "/tmp/evil" << false;
    QTest::newRow("relative-subdir") << "sub/key" << false;
    QTest::newRow("newline") << "key\nProxyCommand evil" << false;
    QTest::newRow("carriage-return") << "key\r" << false;
    // A regular expression's "$" matches before a final newline: found by fuzzing.
    QTest::newRow("final-newline") << "key\n" << false;
    QTest::newRow("escape") << "key\x1b[31m" << false;
    QTest::newRow("tab") << "key\tx" << false;
    QTest::newRow("space") << "my key" << false;
    QTest::newRow("leading-dash") << "-oProxyCommand=x" << false;
    QTest::newRow("hidden") << ".hidden" << false;
    QTest::newRow("pub-suffix") << "key.pub" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("backslash") << "a\\b" << false;
}

void TestKeyNames::newKeyPath()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    auto r = KeyStore().pathForNewKey(name);
    QCOMPARE(r.ok(), accepted);
    if (accepted)
        QCOMPARE(*r, QDir(m_home->sshDir()).filePath(name));
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestKeyNames::existingFilesAreRefused_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("key") << "taken";
    QTest::newRow("pub") << "taken.pub";
    QTest::newRow("cert") << "taken-cert.pub";
}

void TestKeyNames::existingFilesAreRefused()
{
    QFETCH(QString, existing);
    const QString path = QDir(m_home->sshDir()).filePath(existing);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto r = KeyStore().pathForNewKey(QStringLiteral("taken"));
    QFile::remove(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    // A full path inside ~/.ssh is the same name.
    QVERIFY(KeyStore().pathForNewKey(QDir(m_home->sshDir()).filePath(QStringLiteral("fresh"))).ok());
}

QTEST_GUILESS_MAIN(TestKeyNames)
#include "tst_keynames.moc"
