// Wiping secrets: QByteArray shares buffers between copies, so a wipe must
// overwrite the shared buffer itself, not a copy made by detaching.
#include "common/secret.h"

#include <QTest>

using namespace keyport;

class TestSecret : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wipesTheSharedBuffer();
    void leavesStaticDataAlone();
    void deepCopySurvivesTheOwnersWipe();
};

namespace {
bool allZero(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        if (data[i] != 0)
            return false;
    return true;
}
} // namespace

void TestSecret::wipesTheSharedBuffer()
{
    QByteArray secret(32, 'p');
    secret[0] = 'q'; // a heap buffer of its own
    QByteArray copy = secret; // shares the buffer, as copies passed around do
    const char *buffer = copy.constData();
    QCOMPARE(buffer, secret.constData());
    wipe(secret);
    QVERIFY(secret.isEmpty());
    // The bytes are gone where they were stored: the copy sees zeros.
    QCOMPARE(copy.constData(), buffer);
    QVERIFY(allZero(buffer, 32));
}

void TestSecret::leavesStaticDataAlone()
{
    QByteArray literal = QByteArrayLiteral("not a secret, read-only");
    wipe(literal); // must not write into read-only memory
    QVERIFY(literal.isEmpty());
    QByteArray empty;
    wipe(empty);
    QVERIFY(empty.isEmpty());
}

void TestSecret::deepCopySurvivesTheOwnersWipe()
{
    QByteArray owner(16, 's');
    owner[1] = 't';
    const QByteArray worker = deepCopy(owner);
    QVERIFY(worker.constData() != owner.constData());
    wipe(owner);
    QCOMPARE(worker.size(), 16);
    QCOMPARE(worker[1], 't');
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
