// OpenSSH key format: round trips, passphrases, damaged input.
#include "identity/bcryptpbkdf.h"
#include "identity/keyfile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace keyport;

class TestKeyFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void wrongAndMissingPassphrase();
    void damaged_data();
    void damaged();
    void bcryptIsDeterministicAndSaltSensitive();
    void fuzzFindingsAreDamaged_data();
    void fuzzFindingsAreDamaged();
};

void TestKeyFile::roundTrip_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("passphrase");
    const struct {
        const char *name;
        KeyAlgorithm alg;
        int bits;
    } types[] = { { "ed25519", KeyAlgorithm::Ed25519, 256 },
                  { "ecdsa256", KeyAlgorithm::EcdsaP256, 256 },
                  { "ecdsa384", KeyAlgorithm::EcdsaP384, 384 },
                  { "ecdsa521", KeyAlgorithm::EcdsaP521, 521 },
                  { "rsa3072", KeyAlgorithm::Rsa, 3072 } };
    for (const auto &t : types) {
        QTest::addRow("%s-plain", t.name) << int(t.alg) << t.bits << QByteArray();
        QTest::addRow("%s-encrypted", t.name) << int(t.alg) << t.bits << QByteArray("correct horse");
    }
}

void TestKeyFile::roundTrip()
{
    QFETCH(int, alg);
    QFETCH(int, bits);
    QFETCH(QByteArray, passphrase);
    auto key = PrivateKey::generate(KeyAlgorithm(alg), bits);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().oneLine()));
    QCOMPARE(key->publicKey().bits(), bits);
    // Few rounds keep the unit test fast; interop tests use the default.
    auto file = encodeOpenSshKey(*key, QStringLiteral("me@host ünï"), passphrase, 2);
    QVERIFY(file.ok());
    QVERIFY(file->startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    if (!passphrase.isEmpty()) {
        // No 16-byte run of private material may appear in clear.
        const QByteArray body = file->mid(36, file->indexOf("-----END") - 36);
        const QByteArray raw = QByteArray::fromBase64(QByteArray(body).replace('\n', ""));
        const QByteArray fields = key->openSshFields();
        int secretWindows = 0;
        for (qsizetype i = 0; i + 16 <= fields.size(); ++i) {
            const QByteArray window = fields.mid(i, 16);
            if (key->publicKey().blob().contains(window.left(8)) || key->publicKey().blob().contains(window.right(8)))
                continue;
            ++secretWindows;
            QVERIFY2(!raw.contains(window), qPrintable(QStringLiteral("private key material in clear at %1: %2")
                                                           .arg(i)
                                                           .arg(QString::fromLatin1(window.toHex()))));
        }
        QVERIFY(secretWindows > 0);
    }

    auto header = inspectKeyFile(*file);
    QVERIFY(header.ok());
    QCOMPARE(header->encrypted, !passphrase.isEmpty());
    QCOMPARE(header->cipher, passphrase.isEmpty() ? QStringLiteral("none") : QStringLiteral("aes256-ctr"));
    QVERIFY(header->publicKey.has_value());
    QCOMPARE(header->publicKey->fingerprint(), key->publicKey().fingerprint());

    auto back = decryptKeyFile(*file, passphrase);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().oneLine()));
    QCOMPARE(back->comment, QStringLiteral("me@host ünï"));
    QCOMPARE(back->key.publicKey().blob(), key->publicKey().blob());
    QCOMPARE(back->key.openSshFields(), key->openSshFields());
}

void TestKeyFile::wrongAndMissingPassphrase()
{
    auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
    QVERIFY(key.ok());
    auto file = encodeOpenSshKey(*key, QStringLiteral("c"), "right", 2);
    QVERIFY(file.ok());
    auto wrong = decryptKeyFile(*file, "wrong");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    auto missing = decryptKeyFile(*file, {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NeedPassphrase);
}

void TestKeyFile::damaged_data()
{
    QTest::addColumn<QByteArray>("contents");
    auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
    const QByteArray good = *encodeOpenSshKey(*key, QStringLiteral("c"), {}, 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not-a-key") << QByteArray("hello world\n");
    QTest::newRow("no-end-line") << good.left(good.indexOf("-----END"));
    QTest::newRow("truncated-half") << good.left(good.size() / 2) + "\n-----END OPENSSH PRIVATE KEY-----\n";
    QTest::newRow("bad-base64") << QByteArray(
        "-----BEGIN OPENSSH PRIVATE KEY-----\n@@@@\n-----END OPENSSH PRIVATE KEY-----\n");
    QByteArray flipped = good;
    flipped[100] = flipped[100] == 'A' ? 'B' : 'A';
    QTest::newRow("flipped-byte") << flipped;
    // A huge length field must not make us allocate or read past the end.
    QByteArray raw = QByteArray("openssh-key-v1", 15) + QByteArray("\xff\xff\xff\xf0", 4);
    QTest::newRow("huge-length") << "-----BEGIN OPENSSH PRIVATE KEY-----\n" + raw.toBase64()
                                        + "\n-----END OPENSSH PRIVATE KEY-----\n";
    QTest::newRow("pem-garbage") << QByteArray(
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
}

void TestKeyFile::damaged()
{
    QFETCH(QByteArray, contents);
    auto r = decryptKeyFile(contents, {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == ErrorCode::BadFormat, qPrintable(r.error().oneLine()));
    QVERIFY(!r.error().message.isEmpty());
}

void TestKeyFile::bcryptIsDeterministicAndSaltSensitive()
{
    const QByteArray a = bcryptPbkdf("password", "salt", 4, 48);
    QCOMPARE(a.size(), 48);
    QCOMPARE(bcryptPbkdf("password", "salt", 4, 48), a);
    QVERIFY(bcryptPbkdf("password", "salT", 4, 48) != a);
    QVERIFY(bcryptPbkdf("password", "salt", 5, 48) != a);
    QVERIFY(bcryptPbkdf({}, "salt", 4, 48).isEmpty());
}

// What the privatekey fuzz target found (tests/fuzz/regressions/privatekey):
// files whose halves do not belong together, or that make no key at all,
// read as damaged, with or without a passphrase.
void TestKeyFile::fuzzFindingsAreDamaged_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(KEYPORT_FUZZ_DIR "/regressions/privatekey"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestKeyFile::fuzzFindingsAreDamaged()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray contents = f.readAll();
    auto r = decryptKeyFile(contents, QByteArrayLiteral("fuzz"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == ErrorCode::BadFormat,
             qPrintable(r.error().oneLine() + QLatin1Char(' ') + r.error().detail));
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
