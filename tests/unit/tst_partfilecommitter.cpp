// Part files made durable and renamed in batches: each file reaches its
// target whole, in batches of at most kMaxBatch, one that cannot be renamed
// stays as a part file with a reason, and nothing is called on a committer
// that is gone.
#include "session/partfilecommitter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace keyport;

class TestPartFileCommitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void renamesEachFileWhole();
    void batchesAreBounded();
    void aFileThatCannotMoveStays();
    void aLinkPlantedAsThePartIsRefused();
    void goneBeforeTheBatchEndsCallsNothing();

private:
    // Writes `n` part files with contents of their own; returns (part, target) pairs.
    static QList<std::pair<QString, QString>> parts(const QTemporaryDir &dir, int n);
};

QList<std::pair<QString, QString>> TestPartFileCommitter::parts(const QTemporaryDir &dir, int n)
{
    QList<std::pair<QString, QString>> out;
    for (int i = 0; i < n; ++i) {
        const QString target = dir.filePath(QStringLiteral("file %1.txt").arg(i));
        QFile f(target + QStringLiteral(".keyport-part"));
        if (!f.open(QIODevice::WriteOnly)
            || f.write(QByteArray::number(i).repeated(100)) != 100 * QByteArray::number(i).size())
            return {};
        out.append({ f.fileName(), target });
    }
    return out;
}

void TestPartFileCommitter::renamesEachFileWhole()
{
    QTemporaryDir dir;
    const auto files = parts(dir, 40);
    QCOMPARE(files.size(), 40);
    PartFileCommitter committer;
    QList<int> order;
    int ok = 0;
    for (int i = 0; i < files.size(); ++i)
        committer.commit(files[i].first, files[i].second, [&, i](const Status &s) {
            order << i;
            ok += s ? 1 : 0;
        });
    QCOMPARE(committer.pending(), 40);
    committer.flush();
    QTRY_COMPARE(order.size(), 40);
    QCOMPARE(ok, 40);
    QList<int> expected(40);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(order, expected); // each called once, in the order given
    QCOMPARE(committer.pending(), 0);
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY(!QFile::exists(files[i].first));
        QFile f(files[i].second);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray::number(i).repeated(100));
    }
}

void TestPartFileCommitter::batchesAreBounded()
{
    QTemporaryDir dir;
    const int n = PartFileCommitter::kMaxBatch + 44;
    const auto files = parts(dir, n);
    QCOMPARE(files.size(), n);
    PartFileCommitter committer;
    QSignalSpy batches(&committer, &PartFileCommitter::batchDone);
    int called = 0;
    for (const auto &[part, target] : files)
        committer.commit(part, target, [&](const Status &s) { called += s ? 1 : 0; });
    // Without flush(): the full batch starts at once, the rest after the delay.
    QTRY_COMPARE(called, n);
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches[0][0].toInt(), PartFileCommitter::kMaxBatch);
    QCOMPARE(batches[1][0].toInt(), 44);
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.keyport-part") }, QDir::Files).size(), 0);
}

void TestPartFileCommitter::aFileThatCannotMoveStays()
{
    QTemporaryDir dir;
    const auto files = parts(dir, 3);
    QCOMPARE(files.size(), 3);
    // The middle one's target is a folder that is not empty: rename(2) cannot replace it.
    QVERIFY(QDir().mkpath(files[1].second + QStringLiteral("/inside")));
    PartFileCommitter committer;
    QList<Status> results;
    for (const auto &[part, target] : files)
        committer.commit(part, target, [&](const Status &s) { results << s; });
    committer.flush();
    QTRY_COMPARE(results.size(), 3);
    QVERIFY(results[0]);
    QVERIFY(results[2]);
    QVERIFY(!results[1]);
    QVERIFY2(results[1].error().message.contains(QLatin1String("stays as")), qPrintable(results[1].error().message));
    QVERIFY(QFile::exists(files[1].first)); // the complete file is kept, for another try
    QVERIFY(QFileInfo(files[1].second).isDir());
}

void TestPartFileCommitter::aLinkPlantedAsThePartIsRefused()
{
    QTemporaryDir dir;
    const QString part = dir.filePath(QStringLiteral("x.keyport-part"));
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QFile f(elsewhere);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(QFile::link(elsewhere, part));
    const QList<Status> results = PartFileCommitter::commitNow({ { part, dir.filePath(QStringLiteral("x")) } });
    QCOMPARE(results.size(), 1);
    QVERIFY(!results[0]);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x"))));
}

void TestPartFileCommitter::goneBeforeTheBatchEndsCallsNothing()
{
    QTemporaryDir dir;
    const auto files = parts(dir, 64);
    QCOMPARE(files.size(), 64);
    int called = 0;
    {
        PartFileCommitter committer;
        for (const auto &[part, target] : files)
            committer.commit(part, target, [&](const Status &) { ++called; });
        committer.flush(); // running on the pool while the committer goes
    }
    // The batch that ran renamed its files (they were complete and durable); no one was told.
    QTRY_COMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.keyport-part") }, QDir::Files).size(), 0);
    QTest::qWait(50); // a post back, had there been one, is delivered by now
    QCOMPARE(called, 0);
}

QTEST_GUILESS_MAIN(TestPartFileCommitter)
#include "tst_partfilecommitter.moc"
