// Every committed fuzz input, replayed in a normal build: the seed corpus of
// each target and every input that once crashed or hung one (regressions/).
// A target that breaks an invariant aborts, and this test with it.

#include "fuzztarget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace keyport;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void everyFolderNamesATarget();
    void replay_data();
    void replay();
};

namespace {
QDir fuzzDir()
{
    return QDir(QStringLiteral(KEYPORT_FUZZ_DIR));
}
} // namespace

// A corpus whose target was renamed would be replayed by nothing.
void TestFuzzRegressions::everyFolderNamesATarget()
{
    QSet<QString> names;
    for (const fuzz::Target &t : fuzz::targets())
        names.insert(QString::fromLatin1(t.name));
    QVERIFY(names.size() >= 10);
    for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
        const QDir dir(fuzzDir().filePath(kind));
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(names.contains(sub), qPrintable(QStringLiteral("%1/%2 names no fuzz target").arg(kind, sub)));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("target");
    for (int i = 0; i < fuzz::targets().size(); ++i)
        QTest::newRow(fuzz::targets()[i].name) << i;
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, target);
    const fuzz::Target &t = fuzz::targets()[target];
    const QString name = QString::fromLatin1(t.name);
    int seeds = 0, regressions = 0;
    for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
        const QDir dir(fuzzDir().filePath(kind + QLatin1Char('/') + name));
        for (const QString &file : dir.entryList(QDir::Files)) {
            if (file == QLatin1String("README.md"))
                continue;
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray input = f.readAll();
            QElapsedTimer timer;
            timer.start();
            t.run(input);
            // libFuzzer's own timeout is far longer; an input this slow in a
            // normal build is a hang waiting to happen.
            QVERIFY2(timer.elapsed() < 10000,
                     qPrintable(QStringLiteral("%1/%2/%3 took %4 ms").arg(kind, name, file).arg(timer.elapsed())));
            ++(kind == QLatin1String("corpus") ? seeds : regressions);
        }
    }
    // A target without seeds starts from nothing and finds little.
    QVERIFY2(seeds > 0, qPrintable(QStringLiteral("tests/fuzz/corpus/%1 holds no seed").arg(name)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
