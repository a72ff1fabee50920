// Atomic, private, never-overwriting file writes; a full disk loses nothing.
#include "common/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace keyport;

class TestAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void privateFileIs0600();
    void noReplaceKeepsExisting();
    void replaceSwapsContents();
    void fullDiskLeavesNothingBehind();
};

static mode_t modeOf(const QString &path)
{
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

void TestAtomicFile::privateFileIs0600()
{
    QTemporaryDir dir;
    const mode_t old = ::umask(0); // even with a permissive umask
    const QString p = dir.filePath(QStringLiteral("secret"));
    QVERIFY(writeFileAtomically(p, "s3cret", FileMode::Private, Overwrite::NoReplace).ok());
    const QString q = dir.filePath(QStringLiteral("public"));
    QVERIFY(writeFileAtomically(q, "pub", FileMode::Public, Overwrite::NoReplace).ok());
    ::umask(old);
    QCOMPARE(modeOf(p), mode_t(0600));
    QCOMPARE(modeOf(q), mode_t(0644));
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("s3cret"));
}

void TestAtomicFile::noReplaceKeepsExisting()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("k"));
    QVERIFY(writeFileAtomically(p, "first", FileMode::Private, Overwrite::NoReplace).ok());
    auto second = writeFileAtomically(p, "second", FileMode::Private, Overwrite::NoReplace);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("first"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp left
}

void TestAtomicFile::replaceSwapsContents()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("k"));
    QVERIFY(writeFileAtomically(p, "first", FileMode::Private, Overwrite::NoReplace).ok());
    QVERIFY(writeFileAtomically(p, "second", FileMode::Private, Overwrite::Replace).ok());
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second"));
}

void TestAtomicFile::fullDiskLeavesNothingBehind()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("k"));
    QVERIFY(writeFileAtomically(p, "original", FileMode::Private, Overwrite::NoReplace).ok());
    // A file size limit makes write() fail like a full disk (EFBIG).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit small = old;
    small.rlim_cur = 16;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    auto r = writeFileAtomically(p, QByteArray(4096, 'x'), FileMode::Private, Overwrite::Replace);
    auto n = writeFileAtomically(dir.filePath(QStringLiteral("new")), QByteArray(4096, 'x'), FileMode::Private,
                                 Overwrite::NoReplace);
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Io);
    QVERIFY2(r.error().message.contains(QStringLiteral("space")), qPrintable(r.error().message));
    QVERIFY(!n.ok());
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("original"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("k") });
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
