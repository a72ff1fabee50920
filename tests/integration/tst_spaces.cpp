// The spaces source against a protocol-faithful control plane
// (tests/peers/spacespeer) backed by real OpenSSH: its certificates come
// from a CA made here with ssh-keygen, and its entry host is a real sshd that
// trusts only that CA and lets the remote command pick the Space. Adding with
// a one-time auth key, listing, up/down, connect, certificates renewed for a
// plain ssh after they expired, the host key from the API, registered keys,
// the server's refusals, and the agent holding key and certificate only as
// long as the certificate lives. Functions run in order and share one peer, one
// HOME and one keyring.
#include "fixtures.h"

#include "identity/certificate.h"
#include "identity/publickey.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

using namespace keyport;

namespace {
const QByteArray kAuthKey = "sak_one-time-3f9c2a71";
const char kEmail[] = "alice@example.com";
} // namespace

class TestSpaces : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addingRedeemsTheAuthKeyOnce();
    void listsSpacesWithTheirResources();
    void hostileNamesNeverReachTheConfig();
    void connectRunsTheCommandInTheSpace();
    void theHostKeyComesFromTheApi();
    void plainSshAfterTheCertificateExpired();
    void unregisteredKeyIsRegisteredFirst();
    void upAndDownNeedTheAdminRole();
    void rateLimitedSaysWhenToRetry();
    void entryHostServesOnlyShells();
    void changedHostKeyIsRefused();
    void noKeyFromTheApiKeepsThePin();
    void revokedSessionSaysLogInAgain();
    void importsTheCliSession();
    void theAgentHoldsTheCertificateUntilItExpires();

private:
    QJsonObject peerState();
    void control(const QString &path);
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString userConfig() const { return QDir(m_home->sshDir()).filePath(QStringLiteral("config")); }
    QString keyPath() const { return QDir(m_home->sshDir()).filePath(QStringLiteral("id_ed25519_spaces")); }
    std::optional<Certificate> certificate() const;
    QJsonObject listed(const QString &id);

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    test::SshServer m_sshd;
    QTemporaryDir m_state;
    QProcess m_peer;
    quint16 m_port = 0;
};

void TestSpaces::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    // The control plane's CA, and an entry sshd that trusts only it.
    const QString ca = m_state.filePath(QStringLiteral("ca"));
    QVERIFY(test::makeKeyWithSshKeygen(ca));
    const QString entry = m_state.filePath(QStringLiteral("entry"));
    m_sshd.setExtraConfig(QStringLiteral("TrustedUserCAKeys %1.pub\nForceCommand %2/entry.sh\n").arg(ca, entry));
    err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_port = test::startKnotPeer(
        m_peer, QStringLiteral(KEYPORT_SPACES_PEER),
        { QStringLiteral("--email"), QString::fromLatin1(kEmail), QStringLiteral("--auth-key"),
          QString::fromLatin1(kAuthKey), QStringLiteral("--ca-key"), ca, QStringLiteral("--host-key-pub"),
          m_sshd.hostKeyPublicPath(), QStringLiteral("--ssh-host"), QStringLiteral("127.0.0.1"),
          QStringLiteral("--ssh-port"), QString::number(m_sshd.port()), QStringLiteral("--state-dir"), entry });
    QVERIFY(m_port);
}

void TestSpaces::cleanupTestCase()
{
    test::stopProcess(&m_peer);
}

QJsonObject TestSpaces::peerState()
{
    return test::peerGet(url() + QStringLiteral("/_peer/state"));
}

void TestSpaces::control(const QString &path)
{
    QVERIFY(test::peerPost(url() + path));
}

std::optional<Certificate> TestSpaces::certificate() const
{
    auto c = Certificate::fromOpenSshLine(test::readFile(keyPath() + QStringLiteral("-cert.pub")));
    return c ? std::optional<Certificate>(*c) : std::nullopt;
}

QJsonObject TestSpaces::listed(const QString &id)
{
    const auto r = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "spaces" }));
    for (const auto &v : QJsonDocument::fromJson(r.out).array())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

void TestSpaces::addingRedeemsTheAuthKeyOnce()
{
    const QStringList add { QStringLiteral("sources"),         QStringLiteral("add"),
                            QStringLiteral("spaces"),          QStringLiteral("spaces"),
                            QStringLiteral("--url"),           url(),
                            QStringLiteral("--email"),         QString::fromLatin1(kEmail),
                            QStringLiteral("--login-user"),    m_sshd.user(),
                            QStringLiteral("--ssh-host"),      QStringLiteral("127.0.0.1"),
                            QStringLiteral("--ssh-port"),      QString::number(m_sshd.port()),
                            QStringLiteral("--cert-ttl"),      QStringLiteral("10s"),
                            QStringLiteral("--auth-key-stdin") };
    auto wrong = test::runCli(add, "sak_not-the-key\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("did not accept the auth key"), wrong.err.constData());
    auto badTtl = test::runCli(QStringList(add).replaceInStrings(QStringLiteral("10s"), QStringLiteral("5 minutes")),
                               kAuthKey + '\n');
    QCOMPARE(badTtl.exitCode, 1);
    QVERIFY2(badTtl.err.contains("5m, 90s or 1h30m"), badTtl.err.constData());

    auto ok = test::runCli(add, kAuthKey + '\n');
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    // The auth key is spent and kept nowhere; only the session token is, in the keychain.
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(!test::readFile(f).contains(kAuthKey), qPrintable(f));
    }
    const QJsonArray sources =
        QJsonDocument::fromJson(test::runCli(test::args({ "sources", "list", "--json" })).out).array();
    bool found = false;
    for (const auto &v : sources)
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("spaces")) {
            found = true;
            QCOMPARE(v.toObject().value(QStringLiteral("email")).toString(), QString::fromLatin1(kEmail));
            QCOMPARE(v.toObject().value(QStringLiteral("cert_ttl")).toString(), QStringLiteral("10s"));
        }
    QVERIFY(found);

    // A second use of the same auth key reads as such.
    auto again = test::runCli(test::args({ "sources", "login", "spaces", "--auth-key-stdin" }), kAuthKey + '\n');
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("used already"), again.err.constData());
    // ... and took nothing away: the source still lists.
    QCOMPARE(listed(QStringLiteral("spaces.my-room")).value(QStringLiteral("state")).toString(),
             QStringLiteral("running"));
}

void TestSpaces::listsSpacesWithTheirResources()
{
    const QJsonObject room = listed(QStringLiteral("spaces.my-room"));
    QCOMPARE(room.value(QStringLiteral("remote_command")).toString(), QStringLiteral("sp_1"));
    QVERIFY(room.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("admin")));
    QCOMPARE(room.value(QStringLiteral("identity_file")).toString(), keyPath());
    QString details;
    for (const auto &d : room.value(QStringLiteral("details")).toArray())
        details += d.toArray().at(0).toString() + QLatin1Char('=') + d.toArray().at(1).toString() + QLatin1Char(';');
    QVERIFY2(details.contains(QStringLiteral("CPU=2 cores")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Memory=4")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Tokens used=125")), qPrintable(details));
    const QJsonObject team = listed(QStringLiteral("spaces.team-room"));
    QCOMPARE(team.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QVERIFY(team.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("member")));
    // The entry host's key came with the listing.
    const auto hostKey = PublicKey::fromOpenSshLine(test::readFile(m_sshd.hostKeyPublicPath()));
    QVERIFY(hostKey);
    QCOMPARE(room.value(QStringLiteral("vouched_host_key")).toString().toUtf8(), hostKey->toOpenSshLine({}).trimmed());
}

void TestSpaces::hostileNamesNeverReachTheConfig()
{
    QCOMPARE(test::runCli(test::args({ "ssh-config" })).exitCode, 0);
    const QByteArray managed = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    QVERIFY2(managed.contains("Host spaces.my-room\n"), managed.constData());
    QVERIFY(!managed.contains("pwned"));
    QVERIFY(!managed.contains("bad-id"));
    const QJsonObject bad = listed(QStringLiteral("spaces.bad-id"));
    QVERIFY2(bad.value(QStringLiteral("unreachable")).toString().contains(QLatin1String("entry host")),
             QJsonDocument(bad).toJson().constData());
    auto connect = test::runCli(test::args({ "connect", "spaces.bad-id", "--yes", "--", "true" }));
    QCOMPARE(connect.exitCode, 1);
    QVERIFY2(connect.err.contains("cannot be connected"), connect.err.constData());
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
}

void TestSpaces::connectRunsTheCommandInTheSpace()
{
    QVERIFY(!QFile::exists(keyPath())); // made on first use
    QVERIFY(peerState().value(QStringLiteral("keys")).toArray().isEmpty());
    // No --yes: nothing may need a question (the host key comes from the API).
    auto r = test::runCli(test::args({ "connect", "spaces.my-room", "--", "echo in $SPACE_ID; pwd" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("in sp_1\n"), r.out.constData());
    QVERIFY2(r.out.contains("/spaces/sp_1\n"), r.out.constData());
    QVERIFY(QFile::exists(keyPath()));
    const QJsonObject state = peerState();
    QCOMPARE(state.value(QStringLiteral("keys")).toArray().size(), 1); // registered first
    QCOMPARE(state.value(QStringLiteral("last_cert")).toObject().value(QStringLiteral("principal")).toString(),
             m_sshd.user());
    QCOMPARE(state.value(QStringLiteral("last_cert")).toObject().value(QStringLiteral("ttl")).toInt(), 10);
    const auto cert = certificate();
    QVERIFY(cert);
    QCOMPARE(cert->principals, QStringList { m_sshd.user() });
    const qint64 left = cert->secondsLeft(QDateTime::currentDateTimeUtc()).value_or(-1);
    QVERIFY2(left > 0 && left <= 10, qPrintable(QString::number(left)));
    QVERIFY((QFileInfo(keyPath() + QStringLiteral("-cert.pub")).permissions()
             & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
            == 0);

    // `keys show --json` carries what OpenSSH's own reader sees in that file.
    QProcessEnvironment utc = QProcessEnvironment::systemEnvironment();
    utc.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const auto listed = test::runProcess(
        QStringLiteral("ssh-keygen"),
        { QStringLiteral("-L"), QStringLiteral("-f"), keyPath() + QStringLiteral("-cert.pub") }, {}, utc);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QString text = QString::fromUtf8(listed.out);
    const auto serial = QRegularExpression(QStringLiteral("Serial: (\\d+)")).match(text);
    const auto valid = QRegularExpression(QStringLiteral("Valid: from (\\S+) to (\\S+)")).match(text);
    const auto principal = QRegularExpression(QStringLiteral("Principals:\\s*\n\\s*(\\S+)")).match(text);
    QVERIFY2(serial.hasMatch() && valid.hasMatch() && principal.hasMatch(), qPrintable(text));
    const auto shown = test::runCli(test::args({ "keys", "show", "id_ed25519_spaces", "--json" }));
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    const QJsonObject json =
        QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("certificate")).toObject();
    QCOMPARE(json.value(QStringLiteral("serial")).toString(), serial.captured(1));
    QCOMPARE(json.value(QStringLiteral("principals")).toArray(), QJsonArray { principal.captured(1) });
    const auto utcTime = [](const QString &t) {
        QDateTime d = QDateTime::fromString(t, Qt::ISODate);
        d.setTimeZone(QTimeZone::utc());
        return d;
    };
    QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("valid_before")).toString(), Qt::ISODate),
             utcTime(valid.captured(2)));
    QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("valid_after")).toString(), Qt::ISODate),
             utcTime(valid.captured(1)));
    QVERIFY(json.value(QStringLiteral("valid_now")).toBool());
    QVERIFY(json.value(QStringLiteral("seconds_left")).toInt() > 0);
}

void TestSpaces::theHostKeyComesFromTheApi()
{
    const QByteArray pins = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/known_hosts")));
    const auto hostKey = PublicKey::fromOpenSshLine(test::readFile(m_sshd.hostKeyPublicPath()));
    QVERIFY2(pins.contains("spaces.my-room " + hostKey->toOpenSshLine({}).trimmed()), pins.constData());
    const QByteArray managed = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    const qsizetype block = managed.indexOf("Host spaces.my-room\n");
    QVERIFY(managed.indexOf("StrictHostKeyChecking yes", block) > block);
}

void TestSpaces::plainSshAfterTheCertificateExpired()
{
    QCOMPARE(test::runCli(test::args({ "ssh-config" })).exitCode, 0); // the Include line in ~/.ssh/config
    const auto before = certificate();
    QVERIFY(before);
    // Past the TTL: this certificate can no longer log in anywhere.
    QThread::sleep(qMax<qint64>(1, before->secondsLeft(QDateTime::currentDateTimeUtc()).value_or(0) + 1));
    QVERIFY(!before->isValidAt(QDateTime::currentDateTimeUtc()));
    const int issued = peerState().value(QStringLiteral("issued")).toInt();
    // A plain ssh, as a person types it: no command (RemoteCommand picks the Space).
    auto r = test::runSsh(userConfig(), { QStringLiteral("spaces.my-room") }, "echo in $SPACE_ID\nexit\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("in sp_1"), r.out.constData());
    QCOMPARE(peerState().value(QStringLiteral("issued")).toInt(), issued + 1);
    const auto after = certificate();
    QVERIFY(after && after->serial != before->serial);
    // scp-like tools read the same config: a command through the alias works too.
    auto cmd = test::runSsh(userConfig(), { QStringLiteral("-o"), QStringLiteral("RemoteCommand=none"),
                                            QStringLiteral("spaces.my-room"), QStringLiteral("sp_1 -- echo ok") });
    QVERIFY2(cmd.exitCode == 0 && cmd.out.contains("ok"), qPrintable(cmd.describe()));
}

void TestSpaces::unregisteredKeyIsRegisteredFirst()
{
    auto keys = test::runCli(test::args({ "keys", "registered", "--source", "spaces", "--json" }));
    QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
    const QJsonArray list = QJsonDocument::fromJson(keys.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("local_key")).toString(), QStringLiteral("id_ed25519_spaces"));
    const QString fingerprint = list[0].toObject().value(QStringLiteral("fingerprint")).toString();
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
    auto unasked = test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), fingerprint,
                                  QStringLiteral("--source"), QStringLiteral("spaces") });
    QCOMPARE(unasked.exitCode, 2);
    auto removed = test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), fingerprint,
                                  QStringLiteral("--source"), QStringLiteral("spaces"), QStringLiteral("--yes") });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QVERIFY(peerState().value(QStringLiteral("keys")).toArray().isEmpty());
    // The next certificate registers it again before it is issued.
    QFile::remove(keyPath() + QStringLiteral("-cert.pub"));
    auto r = test::runCli(test::args({ "certificate", "spaces.my-room" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Registered the key"), r.err.constData());
    QCOMPARE(peerState().value(QStringLiteral("keys")).toArray().size(), 1);
}

void TestSpaces::upAndDownNeedTheAdminRole()
{
    auto up = test::runCli(test::args({ "workspaces", "start", "spaces.side-room" }));
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    QCOMPARE(listed(QStringLiteral("spaces.side-room")).value(QStringLiteral("state")).toString(),
             QStringLiteral("running"));
    auto down = test::runCli(test::args({ "workspaces", "stop", "spaces.side-room" }));
    QVERIFY2(down.exitCode == 0, qPrintable(down.describe()));
    QCOMPARE(listed(QStringLiteral("spaces.side-room")).value(QStringLiteral("state")).toString(),
             QStringLiteral("stopped"));
    auto member = test::runCli(test::args({ "workspaces", "start", "spaces.team-room" }));
    QCOMPARE(member.exitCode, 1);
    QVERIFY2(member.err.contains("needs the admin role") && member.err.contains("member"), member.err.constData());
}

void TestSpaces::rateLimitedSaysWhenToRetry()
{
    control(QStringLiteral("/_peer/ratelimit?count=1&after=30"));
    auto r = test::runCli(test::args({ "keys", "registered", "--source", "spaces" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("(429)") && r.err.contains("try again in 30 second"), r.err.constData());
}

void TestSpaces::entryHostServesOnlyShells()
{
    auto files = test::runCli(test::args({ "ls", "spaces.my-room:." }));
    QCOMPARE(files.exitCode, 1);
    QVERIFY2(files.err.contains("cannot serve files"), files.err.constData());
    auto editor = test::runCli(test::args({ "open", "spaces.my-room", "--editor", "code", "--yes" }));
    QCOMPARE(editor.exitCode, 1);
    QVERIFY2(editor.err.contains("cannot serve an editor") || editor.err.contains("not installed"),
             editor.err.constData());
}

void TestSpaces::changedHostKeyIsRefused()
{
    // The API now vouches for another key than the one the sshd presents.
    const QString other = m_state.filePath(QStringLiteral("other_host_key"));
    QVERIFY(test::makeKeyWithSshKeygen(other));
    control(QStringLiteral("/_peer/host-key?pub=") + other + QStringLiteral(".pub"));
    auto r = test::runCli(test::args({ "connect", "spaces.my-room", "--yes", "--", "true" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("has changed") && r.err.contains("spaces control plane"), r.err.constData());
    control(QStringLiteral("/_peer/host-key?pub=") + m_sshd.hostKeyPublicPath());
    auto back = test::runCli(test::args({ "connect", "spaces.my-room", "--", "echo back" }));
    QVERIFY2(back.exitCode == 0 && back.out.contains("back"), qPrintable(back.describe()));
}

void TestSpaces::noKeyFromTheApiKeepsThePin()
{
    control(QStringLiteral("/_peer/host-key?pub=/nonexistent"));
    auto r = test::runCli(test::args({ "connect", "spaces.my-room", "--", "echo still" }));
    QVERIFY2(r.exitCode == 0 && r.out.contains("still"), qPrintable(r.describe()));
    const QByteArray managed = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    const qsizetype block = managed.indexOf("Host spaces.my-room\n");
    QVERIFY(managed.indexOf("StrictHostKeyChecking yes", block) > block);
    control(QStringLiteral("/_peer/host-key?pub=") + m_sshd.hostKeyPublicPath());
}

void TestSpaces::revokedSessionSaysLogInAgain()
{
    control(QStringLiteral("/_peer/revoke"));
    auto r = test::runCli(test::args({ "workspaces", "list", "--source", "spaces" }));
    QVERIFY2(r.err.contains("log in again") || r.err.contains("Log in again"), r.err.constData());
    QVERIFY2(r.err.contains("keyport-cli sources login spaces --auth-key-stdin"), r.err.constData());
    // A new auth key brings the source back.
    control(QStringLiteral("/_peer/auth-key?key=sak_second-key"));
    auto login = test::runCli(test::args({ "sources", "login", "spaces", "--auth-key-stdin" }), "sak_second-key\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QCOMPARE(listed(QStringLiteral("spaces.my-room")).value(QStringLiteral("state")).toString(),
             QStringLiteral("running"));
}

void TestSpaces::importsTheCliSession()
{
    // A session as the spaces CLI keeps it, with a token of its own.
    control(QStringLiteral("/_peer/auth-key?key=sak_cli-key"));
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(url() + QStringLiteral("/api/v1/auth/login")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        nam.post(req, QByteArrayLiteral("{\"email\":\"alice@example.com\",\"key\":\"sak_cli-key\"}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    const QString token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("session_token")).toString();
    QVERIFY(!token.isEmpty());
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString session = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(
        test::writeFile(session, QJsonDocument(QJsonObject { { QStringLiteral("base_url"), url() },
                                                             { QStringLiteral("email"), QString::fromLatin1(kEmail) },
                                                             { QStringLiteral("session_token"), token } })
                                     .toJson()));
    QVERIFY(QFile::setPermissions(session, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    auto loose = test::runCli({ QStringLiteral("sources"), QStringLiteral("import-spaces"), session,
                                QStringLiteral("--name"), QStringLiteral("cli") });
    QCOMPARE(loose.exitCode, 1);
    QVERIFY2(loose.err.contains("chmod 600"), loose.err.constData());
    QVERIFY(QFile::setPermissions(session, QFile::ReadOwner | QFile::WriteOwner));
    auto ok = test::runCli({ QStringLiteral("sources"), QStringLiteral("import-spaces"), session,
                             QStringLiteral("--name"), QStringLiteral("cli"), QStringLiteral("--ssh-host"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--ssh-port"), QString::number(m_sshd.port()),
                             QStringLiteral("--login-user"), m_sshd.user() });
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    const auto r = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "cli" }));
    QVERIFY2(r.out.contains("cli.my-room"), qPrintable(r.describe()));
    auto in = test::runCli(test::args({ "connect", "cli.my-room", "--", "echo via the CLI session in $SPACE_ID" }));
    QVERIFY2(in.out.contains("via the CLI session in sp_1"), qPrintable(in.describe()));
}

namespace {
// ssh-add -l as the agent answers it (exit 1: no identities).
test::ProcessResult agentKeys()
{
    return test::runProcess(test::findTool(QStringLiteral("ssh-add")), { QStringLiteral("-l") });
}
} // namespace

void TestSpaces::theAgentHoldsTheCertificateUntilItExpires()
{
    KEYPORT_REQUIRE_TOOL("ssh-agent");
    KEYPORT_REQUIRE_TOOL("ssh-add");
    test::SshAgentProcess agent;
    const QString err = agent.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QFile::remove(keyPath() + QStringLiteral("-cert.pub"));
    auto issued = test::runCli(test::args({ "certificate", "spaces.my-room" }));
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.describe()));
    const auto cert = certificate();
    QVERIFY(cert);
    // Asked for an hour: neither outlives the 10 s certificate.
    auto add = test::runCli(test::args({ "agent", "add", "id_ed25519_spaces", "--lifetime", "3600" }));
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY2(add.out.contains("with its certificate"), add.out.constData());
    QVERIFY2(!add.out.contains("1h"), add.out.constData());
    auto held = agentKeys();
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    QCOMPARE(held.out.count('\n'), 2); // the key and its certificate
    QVERIFY2(held.out.contains("ED25519-CERT"), held.out.constData());
    auto listedJson = test::runCli(test::args({ "agent", "list", "--json" }));
    bool found = false;
    for (const auto &v : QJsonDocument::fromJson(listedJson.out).array()) {
        const QJsonObject c = v.toObject().value(QStringLiteral("certificate")).toObject();
        found = found || c.value(QStringLiteral("serial")).toString() == QString::number(cert->serial);
    }
    QVERIFY2(found, listedJson.out.constData());
    // Added again unchanged: "loaded" means this very certificate.
    auto again = test::runCli(test::args({ "agent", "add", "id_ed25519_spaces" }));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(agentKeys().out.count('\n'), 2);

    QThread::sleep(qMax<qint64>(1, cert->secondsLeft(QDateTime::currentDateTimeUtc()).value_or(0) + 2));
    auto gone = agentKeys();
    QVERIFY2(gone.exitCode == 1 && !gone.out.contains("SHA256:"), qPrintable(gone.describe()));

    // An encrypted key, its passphrase in the keychain: the plain ssh's
    // Match exec puts it back into the agent with the new certificate, so
    // ssh (BatchMode: it cannot ask) logs in through the agent.
    const QByteArray passphrase = "correct horse";
    auto encrypt =
        test::runProcess(test::findTool(QStringLiteral("ssh-keygen")),
                         { QStringLiteral("-p"), QStringLiteral("-q"), QStringLiteral("-f"), keyPath(),
                           QStringLiteral("-P"), QString(), QStringLiteral("-N"), QString::fromLatin1(passphrase) });
    QVERIFY2(encrypt.exitCode == 0, qPrintable(encrypt.describe()));
    auto remember = test::runCli(test::args({ "keys", "remember", "id_ed25519_spaces" }), passphrase + '\n');
    QVERIFY2(remember.exitCode == 0, qPrintable(remember.describe()));
    QCOMPARE(test::runCli(test::args({ "ssh-config" })).exitCode, 0);
    auto plain = test::runSsh(userConfig(), { QStringLiteral("spaces.my-room") }, "echo agent in $SPACE_ID\nexit\n");
    QVERIFY2(plain.exitCode == 0 && plain.out.contains("agent in sp_1"), qPrintable(plain.describe()));
    auto renewed = agentKeys();
    QVERIFY2(renewed.out.contains("ED25519-CERT"), qPrintable(renewed.describe()));
    const auto next = certificate();
    QVERIFY(next && next->serial != cert->serial);
    // Removing the key from the agent takes its certificate too.
    auto removed = test::runCli(test::args({ "agent", "remove", "id_ed25519_spaces" }));
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(agentKeys().exitCode, 1);
}

QTEST_GUILESS_MAIN(TestSpaces)
#include "tst_spaces.moc"
