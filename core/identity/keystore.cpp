#include "keystore.h"

#include "common/atomicfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "common/secret.h"
#include "common/text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/crypto.h>

namespace keyport {

namespace {

constexpr qint64 kMaxKeyFileSize = 256 * 1024;

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error(ErrorCode::NotFound, tr("%1 does not exist.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(f.error() == QFile::PermissionsError ? ErrorCode::PermissionDenied : ErrorCode::Io,
                     tr("Cannot read %1.").arg(path), f.errorString());
    if (f.size() > kMaxKeyFileSize)
        return Error(ErrorCode::BadFormat, tr("%1 is too large to be a key file.").arg(path));
    return f.readAll();
}

QByteArray firstLine(const QByteArray &data)
{
    const qsizetype nl = data.indexOf('\n');
    return nl < 0 ? data : data.left(nl);
}

bool isCompanionFile(const QString &name)
{
    return name.endsWith(QLatin1String(".pub")) || name == QLatin1String("known_hosts")
           || name == QLatin1String("authorized_keys") || name == QLatin1String("config")
           || name.startsWith(QLatin1String("known_hosts")) || name.startsWith(QLatin1Char('.'));
}

} // namespace

Status validateKeyFileName(const QString &fileName)
{
    if (fileName.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The key name is empty."));
    if (hasControlCharacters(fileName))
        return Error(ErrorCode::InvalidArgument,
                     tr("The key name \"%1\" contains control characters.").arg(printable(fileName)));
    if (fileName == QLatin1String(".") || fileName == QLatin1String(".."))
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a file name.").arg(fileName));
    // anchoredPattern (\A...\z), not ^...$: "$" also matches before a final "\n".
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._@+-]*")));
    if (!allowed.match(fileName).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     tr("The key name \"%1\" is not allowed: use letters, digits and . _ @ + - "
                        "(no spaces, not starting with . or -).")
                         .arg(printable(fileName)));
    if (fileName.endsWith(QLatin1String(".pub")))
        return Error(ErrorCode::InvalidArgument,
                     tr("A key name must not end in .pub; that name is for the public half."));
    return {};
}

KeyStore::KeyStore(QString sshDir)
    : m_sshDir(sshDir.isEmpty() ? paths::sshDir() : std::move(sshDir))
{
}

Status KeyStore::ensureDir() const
{
    QString why;
    if (m_sshDir == paths::sshDir() ? !paths::ensureSshDir(&why) : !QDir().mkpath(m_sshDir))
        return Error(ErrorCode::Io, why.isEmpty() ? tr("Cannot create %1.").arg(m_sshDir) : why);
    return {};
}

QString KeyStore::displayName(const QString &path) const
{
    const QFileInfo fi(path);
    if (QDir::cleanPath(fi.absolutePath()) == QDir::cleanPath(m_sshDir))
        return fi.fileName();
    return QDir::cleanPath(fi.absoluteFilePath());
}

QList<KeyInfo> KeyStore::discover() const
{
    QList<KeyInfo> keys;
    const QDir dir(m_sshDir);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : entries) {
        if (isCompanionFile(fi.fileName()) || fi.size() > kMaxKeyFileSize)
            continue;
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly) || !looksLikePrivateKey(f.peek(4096)))
            continue;
        auto info = inspect(fi.absoluteFilePath());
        if (info)
            keys << *info;
        else
            qCInfo(lcIdentity) << "skipping" << fi.fileName() << ":" << info.error().oneLine();
    }
    return keys;
}

Result<QString> KeyStore::resolve(const QString &nameOrPath) const
{
    if (nameOrPath.isEmpty() || hasControlCharacters(nameOrPath))
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a valid key name or path.").arg(printable(nameOrPath)));
    const bool isPath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.contains(QDir::separator());
    const QString path = isPath ? QFileInfo(nameOrPath).absoluteFilePath() : QDir(m_sshDir).filePath(nameOrPath);
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, isPath
                                              ? tr("No key file at %1.").arg(path)
                                              : tr("No key named \"%1\" in %2; `keyport-cli keys list` shows the keys.")
                                                    .arg(printable(nameOrPath), m_sshDir));
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::InvalidArgument, tr("%1 is not a file.").arg(path));
    return QDir::cleanPath(path);
}

Result<QString> KeyStore::pathForNewKey(const QString &name, const QSet<QString> *existing) const
{
    if (hasControlCharacters(name))
        return Error(ErrorCode::InvalidArgument,
                     tr("The key name \"%1\" contains control characters.").arg(printable(name)));
    QString fileName = name;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        // A path is accepted only when it names a file directly in ~/.ssh.
        const QStringList parts = QDir::fromNativeSeparators(name).split(QLatin1Char('/'));
        if (parts.contains(QStringLiteral("..")))
            return Error(ErrorCode::InvalidArgument, tr("The key name must not contain \"..\"."));
        const QFileInfo fi(name);
        if (QDir::cleanPath(fi.absolutePath()) != QDir::cleanPath(QFileInfo(m_sshDir).absoluteFilePath()))
            return Error(ErrorCode::InvalidArgument,
                         tr("New keys are created in %1; \"%2\" points elsewhere.").arg(m_sshDir, printable(name)));
        fileName = fi.fileName();
    }
    if (auto ok = validateKeyFileName(fileName); !ok)
        return ok.error();
    const QString path = QDir(m_sshDir).filePath(fileName);
    for (const QString &p : { path, path + QStringLiteral(".pub"), path + QStringLiteral("-cert.pub") })
        if (existing ? existing->contains(QFileInfo(p).fileName()) : QFileInfo::exists(p) || QFileInfo(p).isSymLink())
            return Error(ErrorCode::AlreadyExists,
                         tr("%1 already exists; choose another name (Keyport never overwrites key files).").arg(p));
    return path;
}

Result<KeyInfo> KeyStore::inspect(const QString &path) const
{
    auto contents = readSmallFile(path);
    if (!contents)
        return contents.error();
    auto header = inspectKeyFile(*contents);
    if (!header)
        return Error(header.error().code, tr("%1: %2").arg(displayName(path), header.error().message),
                     header.error().detail);
    KeyInfo info;
    info.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    info.name = displayName(info.path);
    info.format = header->format;
    info.encrypted = header->encrypted;
    info.cipher = header->cipher;
    info.publicKey = header->publicKey;
    info.comment = header->comment;
    if (!info.publicKey && !info.encrypted) {
        // PEM keys carry no separate public half: derive it.
        auto key = decryptKeyFile(*contents, {});
        if (key)
            info.publicKey = key->key.publicKey();
    }

    if (auto pub = readSmallFile(info.publicPath())) {
        info.hasPublicFile = true;
        QString comment;
        auto pk = PublicKey::fromOpenSshLine(firstLine(*pub), &comment);
        if (!pk) {
            info.problem = tr("%1 is not a valid public key.").arg(info.publicPath());
        } else if (info.publicKey && !(*pk == *info.publicKey)) {
            info.problem = tr("%1 does not belong to this private key.").arg(info.publicPath());
        } else {
            info.publicKey = *pk;
            if (!comment.isEmpty())
                info.comment = comment;
        }
    }

    if (auto certLine = readSmallFile(info.certificatePath())) {
        auto cert = Certificate::fromOpenSshLine(firstLine(*certLine));
        if (!cert)
            info.certificateProblem = cert.error().oneLine();
        else if (info.publicKey && !(cert->key == *info.publicKey))
            info.certificateProblem = tr("The certificate is for a different key.");
        else
            info.certificate = *cert;
    }
    return info;
}

Result<KeyInfo> KeyStore::find(const QString &nameOrPath) const
{
    auto path = resolve(nameOrPath);
    if (!path)
        return path.error();
    return inspect(*path);
}

Result<KeyInfo> KeyStore::generate(const QString &name, const GenerateOptions &options) const
{
    auto path = pathForNewKey(name);
    if (!path)
        return path.error();
    if (hasControlCharacters(options.comment))
        return Error(ErrorCode::InvalidArgument, tr("The comment must not contain control characters."));
    if (auto ok = ensureDir(); !ok)
        return ok.error();
    auto key = PrivateKey::generate(options.algorithm, options.bits);
    if (!key)
        return key.error();
    auto encoded = encodeOpenSshKey(*key, options.comment, options.passphrase, options.kdfRounds);
    if (!encoded)
        return encoded.error();
    auto written = writeFileAtomically(*path, *encoded, FileMode::Private, Overwrite::NoReplace);
    wipe(*encoded);
    if (!written)
        return written.error();
    written = writeFileAtomically(*path + QStringLiteral(".pub"), key->publicKey().toOpenSshLine(options.comment),
                                  FileMode::Public, Overwrite::NoReplace);
    if (!written) {
        QFile::remove(*path); // all or nothing: no private key without its .pub
        return written.error();
    }
    qCInfo(lcIdentity) << "generated" << algorithmDisplayName(options.algorithm) << "key"
                       << key->publicKey().fingerprint();
    return inspect(*path);
}

Result<KeyInfo> KeyStore::import(const QString &sourcePath) const
{
    const QString source = QFileInfo(sourcePath).absoluteFilePath();
    auto info = inspect(source);
    if (!info)
        return info.error();
    const QString fileName = QFileInfo(source).fileName();
    if (QDir::cleanPath(QFileInfo(source).absolutePath()) == QDir::cleanPath(m_sshDir))
        return Error(ErrorCode::AlreadyExists, tr("%1 is already in %2.").arg(fileName, m_sshDir));
    auto target = pathForNewKey(fileName);
    if (!target)
        return target.error();
    if (auto ok = ensureDir(); !ok)
        return ok.error();

    auto contents = readSmallFile(source);
    if (!contents)
        return contents.error();
    QList<QString> written;
    auto rollback = [&written] {
        for (const QString &p : written)
            QFile::remove(p);
    };
    auto status = writeFileAtomically(*target, *contents, FileMode::Private, Overwrite::NoReplace);
    if (!status)
        return status.error();
    written << *target;

    QByteArray pubLine;
    if (info->hasPublicFile && info->problem.isEmpty()) {
        auto pub = readSmallFile(info->publicPath());
        if (pub)
            pubLine = *pub;
    } else if (info->publicKey) {
        pubLine = info->publicKey->toOpenSshLine(info->comment);
    }
    if (!pubLine.isEmpty()) {
        status = writeFileAtomically(*target + QStringLiteral(".pub"), pubLine, FileMode::Public, Overwrite::NoReplace);
        if (!status) {
            rollback();
            return status.error();
        }
        written << *target + QStringLiteral(".pub");
    }
    if (info->certificate) {
        auto cert = readSmallFile(info->certificatePath());
        if (cert) {
            status = writeFileAtomically(*target + QStringLiteral("-cert.pub"), *cert, FileMode::Public,
                                         Overwrite::NoReplace);
            if (!status) {
                rollback();
                return status.error();
            }
        }
    }
    return inspect(*target);
}

Result<DecryptedKey> KeyStore::decrypt(const QString &path, const QByteArray &passphrase) const
{
    auto contents = readSmallFile(path);
    if (!contents)
        return contents.error();
    auto key = decryptKeyFile(*contents, passphrase);
    wipe(*contents);
    if (!key)
        return key.error();
    if (key->comment.isEmpty()) {
        // PEM keys keep their comment only in the .pub.
        if (auto pub = readSmallFile(path + QStringLiteral(".pub"))) {
            QString comment;
            if (PublicKey::fromOpenSshLine(firstLine(*pub), &comment))
                key->comment = comment;
        }
    }
    return key;
}

Status KeyStore::changePassphrase(const QString &path, const QByteArray &oldPassphrase,
                                  const QByteArray &newPassphrase) const
{
    auto key = decrypt(path, oldPassphrase);
    if (!key)
        return key.error();
    auto encoded = encodeOpenSshKey(key->key, key->comment, newPassphrase);
    if (!encoded)
        return encoded.error();
    // Replace in one rename: the old file stays intact until the new one is complete.
    auto status = writeFileAtomically(path, *encoded, FileMode::Private, Overwrite::Replace);
    wipe(*encoded);
    return status;
}

Status KeyStore::remove(const QString &path) const
{
    auto info = inspect(path);
    if (!info)
        return Error(info.error().code, tr("%1 is not a key file; nothing was deleted.").arg(path),
                     info.error().oneLine());
    for (const QString &p : { info->path, info->publicPath(), info->certificatePath() }) {
        if (QFileInfo::exists(p) && !QFile::remove(p))
            return Error(ErrorCode::PermissionDenied, tr("Cannot delete %1.").arg(p));
    }
    qCInfo(lcIdentity) << "deleted key" << info->name;
    return {};
}

} // namespace keyport
