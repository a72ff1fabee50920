// Interop with OpenSSH's own tools, both ways: keys we write open in
// ssh-keygen with the same public key and fingerprint; keys ssh-keygen writes
// (every type, encrypted, PEM) import with the same fingerprint.
#include "fixtures.h"

#include "identity/keystore.h"

#include <QDir>
#include <QFile>

using namespace keyport;

namespace {

QString keygen()
{
    return test::findTool(QStringLiteral("ssh-keygen"));
}

// "256 SHA256:xxx comment (ED25519)" -> bits, fingerprint, type
QStringList fingerprintLine(const QString &path)
{
    auto r = test::runProcess(
        keygen(), { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"), path });
    if (r.exitCode != 0)
        return {};
    const QString line = QString::fromUtf8(r.out).trimmed();
    return { line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1, 1),
             line.section(QLatin1Char(' '), -1) };
}

} // namespace

class TestOpenSshInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ourKeysOpenInSshKeygen_data();
    void ourKeysOpenInSshKeygen();
    void sshKeygenKeysImport_data();
    void sshKeygenKeysImport();
    void changedPassphraseOpensInSshKeygen();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestOpenSshInterop::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    m_home = std::make_unique<test::TempHome>();
}

void TestOpenSshInterop::ourKeysOpenInSshKeygen_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QByteArray>("passphrase");
    const struct {
        const char *name;
        KeyAlgorithm alg;
        int bits;
        const char *display;
    } types[] = { { "ed25519", KeyAlgorithm::Ed25519, 256, "(ED25519)" },
                  { "ecdsa256", KeyAlgorithm::EcdsaP256, 256, "(ECDSA)" },
                  { "ecdsa384", KeyAlgorithm::EcdsaP384, 384, "(ECDSA)" },
                  { "ecdsa521", KeyAlgorithm::EcdsaP521, 521, "(ECDSA)" },
                  { "rsa3072", KeyAlgorithm::Rsa, 3072, "(RSA)" },
                  { "rsa4096", KeyAlgorithm::Rsa, 4096, "(RSA)" } };
    for (const auto &t : types) {
        QTest::addRow("%s-plain", t.name) << int(t.alg) << t.bits << QString::fromLatin1(t.display) << QByteArray();
        QTest::addRow("%s-passphrase", t.name)
            << int(t.alg) << t.bits << QString::fromLatin1(t.display) << QByteArray("pässphrase with spaces");
    }
}

void TestOpenSshInterop::ourKeysOpenInSshKeygen()
{
    QFETCH(int, alg);
    QFETCH(int, bits);
    QFETCH(QString, display);
    QFETCH(QByteArray, passphrase);
    const QString name = QStringLiteral("ours_%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    GenerateOptions opts;
    opts.algorithm = KeyAlgorithm(alg);
    opts.bits = KeyAlgorithm(alg) == KeyAlgorithm::Rsa ? bits : 0;
    opts.comment = QStringLiteral("test@keyport");
    opts.passphrase = passphrase;
    auto key = KeyStore().generate(name, opts);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().oneLine()));

    // ssh-keygen -y derives the same public key from our private file.
    auto derived = test::runProcess(keygen(), { QStringLiteral("-y"), QStringLiteral("-P"),
                                                QString::fromUtf8(passphrase), QStringLiteral("-f"), key->path });
    QVERIFY2(derived.exitCode == 0, qPrintable(derived.describe()));
    QFile pub(key->publicPath());
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QByteArray ourPub = pub.readAll();
    QCOMPARE(derived.out.split(' ').mid(0, 2), ourPub.split(' ').mid(0, 2));
    // A wrong passphrase must not open it.
    if (!passphrase.isEmpty()) {
        auto wrong = test::runProcess(keygen(), { QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("nope"),
                                                  QStringLiteral("-f"), key->path });
        QVERIFY(wrong.exitCode != 0);
    }

    // ssh-keygen -l shows the same bits, fingerprint and type as we do, from
    // the private file alone (no .pub beside it) as well.
    const QStringList fromPub = fingerprintLine(key->publicPath());
    QCOMPARE(fromPub, (QStringList { QString::number(bits), key->publicKey->fingerprint(), display }));
    QCOMPARE(key->publicKey->bits(), bits);
    QVERIFY(QFile::rename(key->publicPath(), key->publicPath() + QStringLiteral(".moved")));
    auto alone = KeyStore().inspect(key->path);
    QVERIFY(alone.ok());
    QCOMPARE(alone->publicKey->fingerprint(), key->publicKey->fingerprint());
    if (passphrase.isEmpty()) {
        QCOMPARE(fingerprintLine(key->path).value(1), key->publicKey->fingerprint());
        QCOMPARE(alone->comment, QStringLiteral("test@keyport")); // read from inside the key
    }
    QCOMPARE(QFile::permissions(key->path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFile::Permissions());
}

void TestOpenSshInterop::sshKeygenKeysImport_data()
{
    QTest::addColumn<QStringList>("keygenArgs");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("format");
    const struct {
        const char *name;
        QStringList args;
        const char *format;
    } types[] = {
        { "ed25519", { QStringLiteral("-t"), QStringLiteral("ed25519") }, "openssh" },
        { "ecdsa256",
          { QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("256") },
          "openssh" },
        { "ecdsa384",
          { QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("384") },
          "openssh" },
        { "ecdsa521",
          { QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("521") },
          "openssh" },
        { "rsa3072",
          { QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072") },
          "openssh" },
        { "rsa-pem",
          { QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072"),
            QStringLiteral("-m"), QStringLiteral("PEM") },
          "pem" },
        { "ecdsa-pem",
          { QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-m"), QStringLiteral("PEM") },
          "pem" },
        { "rsa-pkcs8",
          { QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-m"), QStringLiteral("PKCS8") },
          "pkcs8" },
        { "ed25519-gcm",
          { QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-Z"),
            QStringLiteral("aes256-gcm@openssh.com") },
          "openssh" },
        { "ed25519-cbc",
          { QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-Z"), QStringLiteral("aes128-cbc") },
          "openssh" },
    };
    for (const auto &t : types) {
        QTest::addRow("%s-plain", t.name) << t.args << QString() << QString::fromLatin1(t.format);
        QTest::addRow("%s-encrypted", t.name)
            << t.args << QStringLiteral("s3cret phrase") << QString::fromLatin1(t.format);
    }
}

void TestOpenSshInterop::sshKeygenKeysImport()
{
    QFETCH(QStringList, keygenArgs);
    QFETCH(QString, passphrase);
    QFETCH(QString, format);
    QTemporaryDir elsewhere;
    const QString name = QStringLiteral("theirs_%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString src = elsewhere.filePath(name);
    auto gen = test::runProcess(keygen(), QStringList { QStringLiteral("-q"), QStringLiteral("-N"), passphrase,
                                                        QStringLiteral("-C"), QStringLiteral("their comment"),
                                                        QStringLiteral("-f"), src }
                                              + keygenArgs);
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    const QStringList expected = fingerprintLine(src + QStringLiteral(".pub"));
    QVERIFY(!expected.isEmpty());

    auto imported = KeyStore().import(src);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().oneLine()));
    QCOMPARE(imported->path, QDir(m_home->sshDir()).filePath(name));
    QCOMPARE(keyFormatName(imported->format), format);
    QCOMPARE(imported->encrypted, !passphrase.isEmpty());
    QVERIFY(imported->publicKey.has_value());
    QCOMPARE(imported->publicKey->fingerprint(), expected[1]);
    QCOMPARE(QString::number(imported->publicKey->bits()), expected[0]);
    QCOMPARE(imported->comment, QStringLiteral("their comment"));
    QVERIFY(QFile::exists(imported->publicPath()));

    // It decrypts with the right passphrase to the same key, and not with a wrong one.
    auto opened = KeyStore().decrypt(imported->path, passphrase.toUtf8());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().oneLine()));
    QCOMPARE(opened->key.publicKey().fingerprint(), expected[1]);
    if (!passphrase.isEmpty()) {
        auto wrong = KeyStore().decrypt(imported->path, "wrong");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    }
    // Importing again never overwrites.
    auto again = KeyStore().import(src);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
}

void TestOpenSshInterop::changedPassphraseOpensInSshKeygen()
{
    GenerateOptions opts;
    opts.passphrase = "old one";
    auto key = KeyStore().generate(QStringLiteral("rekeyed"), opts);
    QVERIFY(key.ok());
    // Wrong old passphrase: refused, file untouched.
    QFile f(key->path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto refused = KeyStore().changePassphrase(key->path, "not it", "new one");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();

    QVERIFY(KeyStore().changePassphrase(key->path, "old one", "new one").ok());
    auto y = test::runProcess(keygen(), { QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("new one"),
                                          QStringLiteral("-f"), key->path });
    QVERIFY2(y.exitCode == 0, qPrintable(y.describe()));
    auto old = test::runProcess(keygen(), { QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("old one"),
                                            QStringLiteral("-f"), key->path });
    QVERIFY(old.exitCode != 0);
    QCOMPARE(fingerprintLine(key->publicPath()).value(1), key->publicKey->fingerprint());

    // ...and a passphrase ssh-keygen sets opens with us.
    auto p =
        test::runProcess(keygen(), { QStringLiteral("-p"), QStringLiteral("-P"), QStringLiteral("new one"),
                                     QStringLiteral("-N"), QStringLiteral("third"), QStringLiteral("-f"), key->path });
    QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
    QVERIFY(KeyStore().decrypt(key->path, "third").ok());
    QCOMPARE(QFile::permissions(key->path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestOpenSshInterop)
#include "tst_opensshinterop.moc"
