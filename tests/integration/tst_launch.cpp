// The launch pipeline (core/launch/launchjob) against real peers: its
// questions (start? trust? replace?), the host-key rules, the agent step
// with the user's lifetime and confirm settings (a constraint-refusing agent
// tells them apart), the certificate step with a source that issues real
// OpenSSH certificates (ssh-keygen -s, an sshd that trusts only the CA), and
// a keyport-cli whose path holds a quote.
#include "fixtures.h"

#include "common/paths.h"
#include "common/settings.h"
#include "identity/agentclient.h"
#include "identity/keystore.h"
#include "launch/launchjob.h"
#include "sources/sandbox/sandbox.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"
#include "workspace/registry.h"
#include "workspace/sourcekind.h"
#include "workspace/workspacesettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace keyport;

namespace {

// The answers a test gives, and what was asked.
class RecordingQuestions : public LaunchQuestions {
public:
    bool startAnswer = true;
    bool trustAnswer = true;
    int starts = 0;
    int trusts = 0;
    std::optional<PublicKey> replacing;
    void startWorkspace(const Workspace &, Answer answer) override
    {
        ++starts;
        answer(startAnswer);
    }
    void trustHostKey(const Workspace &, const PublicKey &, const std::optional<PublicKey> &r, Answer answer) override
    {
        ++trusts;
        replacing = r;
        answer(trustAnswer);
    }
    void includeInSshConfig(const Workspace &, const QString &, const QString &, Answer answer) override
    {
        answer(true);
    }
    PassphrasePrompt passphrasePrompt() override
    {
        return [](const KeyInfo &, const QString &reason, std::function<void(std::optional<QByteArray>)> reply) {
            reply(reason.isEmpty() ? std::optional<QByteArray>("launch-pass") : std::nullopt);
        };
    }
};

struct Outcome {
    Error error;
    bool changed = false;
    bool pinnedNow = false;
    QStringList notes;
    Workspace workspace;
};

// A source that issues certificates, signed by a real OpenSSH CA.
struct CaState {
    QString caKey; // the CA's private key
    QString userKey; // the workspace's key (no authorized_keys entry anywhere)
    quint16 port = 0;
    int validSeconds = 300;
    int issued = 0;
};
CaState g_ca;

class CaSource : public Source {
public:
    CaSource(SourceConfig config, QObject *parent)
        : Source(parent)
        , m_config(std::move(config))
    {
    }
    QString name() const override { return m_config.name; }
    QString kind() const override { return QStringLiteral("testca"); }
    QString describe() const override { return QStringLiteral("a test CA"); }
    Capabilities capabilities() const override { return Capability::IssueCertificates; }
    ListJob *list() override
    {
        Workspace w;
        w.source = m_config.name;
        w.name = QStringLiteral("box");
        w.state = WorkspaceState::Running;
        w.user = paths::userName();
        w.identityFile = g_ca.userKey;
        w.transport.host = QStringLiteral("127.0.0.1");
        w.transport.port = g_ca.port;
        return finishedJob(Result<QList<Workspace>>(QList<Workspace> { w }), this);
    }
    ValueJob<QByteArray> *issueCertificate(const Workspace &w, const PublicKey &key) override
    {
        const QString user = w.user;
        const QByteArray line = key.toOpenSshLine({});
        return new TaskJob<QByteArray>(
            [user, line]() -> Result<QByteArray> {
                QTemporaryDir dir;
                const QString pub = dir.filePath(QStringLiteral("key.pub"));
                QFile f(pub);
                f.open(QIODevice::WriteOnly);
                f.write(line);
                f.close();
                auto r =
                    test::runProcess(test::findTool(QStringLiteral("ssh-keygen")),
                                     { QStringLiteral("-q"), QStringLiteral("-s"), g_ca.caKey, QStringLiteral("-I"),
                                       QStringLiteral("keyport-test"), QStringLiteral("-n"), user, QStringLiteral("-V"),
                                       QStringLiteral("-1m:+%1s").arg(g_ca.validSeconds), pub });
                QFile cert(dir.filePath(QStringLiteral("key-cert.pub")));
                if (r.exitCode != 0 || !cert.open(QIODevice::ReadOnly))
                    return Error(ErrorCode::Internal, QString::fromUtf8(r.err));
                ++g_ca.issued;
                return cert.readAll();
            },
            this);
    }

private:
    SourceConfig m_config;
};

// A source whose listing never answers (a server that hangs).
class StallSource : public Source {
public:
    StallSource(SourceConfig config, QObject *parent)
        : Source(parent)
        , m_config(std::move(config))
    {
    }
    QString name() const override { return m_config.name; }
    QString kind() const override { return QStringLiteral("stall"); }
    QString describe() const override { return QStringLiteral("a server that never answers"); }
    ListJob *list() override
    {
        return new ListJob([](ListJob *) {}, this);
    }

private:
    SourceConfig m_config;
};

} // namespace

KEYPORT_SOURCE_KIND(stall,
                    { .id = QStringLiteral("stall"),
                      .create = [](const SourceConfig &c, QObject *parent) { return new StallSource(c, parent); },
                      .builtInName = {},
                      .order = 100 })

KEYPORT_SOURCE_KIND(testca, { .id = QStringLiteral("testca"),
                              .create = [](const SourceConfig &c, QObject *parent) { return new CaSource(c, parent); },
                              .builtInName = {},
                              .order = 100 })

LaunchRequest request(LaunchRequest::Action action, const QString &workspace = QStringLiteral("local.sandbox"))
{
    LaunchRequest r;
    r.action = action;
    r.workspaceId = workspace;
    return r;
}

class TestLaunch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unknownHostKeyIsAskedThenPinned();
    void declinedTrustPinsNothing();
    void changedHostKeyIsRefusedWithoutAQuestion();
    void replacingIsAskedOnlyWhenRequested();
    void agentGetsTheSettingsLifetime_data();
    void agentGetsTheSettingsLifetime();
    void stoppedWorkspaceStartsOnlyWhenAnswered();
    void certificatesAreIssuedAndRenewed();
    void cliPathWithAQuote();
    void sourceRemovedWhileListing();

private:
    Outcome launch(LaunchRequest request);
    QString knownHosts() const { return ManagedSshConfig({}).knownHostsPath(); }

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    SourceRegistry *m_registry = nullptr;
    RecordingQuestions m_questions;
};

void TestLaunch::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    const QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(KeyStore().generate(QStringLiteral("id_ed25519"), {}).ok());
    auto started = Sandbox::start(QStringLiteral("id_ed25519"));
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_registry = new SourceRegistry(this);
}

void TestLaunch::cleanupTestCase()
{
    Sandbox::stop();
}

Outcome TestLaunch::launch(LaunchRequest request)
{
    request.cliPath = test::cliPath();
    if (request.workspaceId.isEmpty())
        request.workspaceId = QStringLiteral("local.sandbox");
    auto *job = new LaunchJob(m_registry, request, &m_questions);
    Outcome out;
    QSignalSpy finished(job, &Job::finished);
    connect(job, &Job::finished, this, [job, &out] {
        out.error = job->error();
        out.changed = job->hostKeyChanged();
        out.pinnedNow = job->pinnedNow();
        out.notes = job->notes();
        out.workspace = job->workspace();
    });
    job->start();
    if (!finished.wait(60000))
        out.error = Error(ErrorCode::Timeout, QStringLiteral("the launch did not finish"));
    return out;
}

void TestLaunch::unknownHostKeyIsAskedThenPinned()
{
    m_questions = {};
    const Outcome o = launch(request(LaunchRequest::Action::Prepare));
    QVERIFY2(!o.error.isError(), qPrintable(o.error.oneLine()));
    QCOMPARE(m_questions.trusts, 1);
    QVERIFY(!m_questions.replacing);
    QVERIFY(o.pinnedNow);
    QVERIFY(KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox")));
    // Pinned now: nothing is asked again.
    const Outcome again = launch(request(LaunchRequest::Action::Prepare));
    QVERIFY(!again.error.isError());
    QCOMPARE(m_questions.trusts, 1);
    QVERIFY(!again.pinnedNow);
}

void TestLaunch::declinedTrustPinsNothing()
{
    QVERIFY(KnownHosts(knownHosts()).unpin(QStringLiteral("local.sandbox")).ok());
    m_questions = {};
    m_questions.trustAnswer = false;
    const Outcome o = launch(request(LaunchRequest::Action::Prepare));
    QCOMPARE(o.error.code, ErrorCode::Cancelled);
    QCOMPARE(m_questions.trusts, 1);
    QVERIFY(!KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox")));
}

void TestLaunch::changedHostKeyIsRefusedWithoutAQuestion()
{
    const PublicKey other = PrivateKey::generate(KeyAlgorithm::Ed25519)->publicKey();
    QVERIFY(KnownHosts(knownHosts()).pin(QStringLiteral("local.sandbox"), other).ok());
    m_questions = {};
    for (auto action : { LaunchRequest::Action::Prepare, LaunchRequest::Action::Trust, LaunchRequest::Action::Shell }) {
        const Outcome o = launch(request(action));
        QVERIFY(o.error.isError());
        QVERIFY(o.changed);
        QVERIFY2(o.error.message.contains(other.fingerprint()), qPrintable(o.error.message)); // expected key named
        QCOMPARE(m_questions.trusts, 0); // never a question
        QCOMPARE(KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox"))->fingerprint(), other.fingerprint());
    }
}

void TestLaunch::replacingIsAskedOnlyWhenRequested()
{
    const PublicKey other = *KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox"));
    m_questions = {};
    m_questions.trustAnswer = false;
    LaunchRequest r = request(LaunchRequest::Action::Trust);
    r.replaceChangedHostKey = true;
    const Outcome declined = launch(r);
    QCOMPARE(declined.error.code, ErrorCode::Cancelled);
    QCOMPARE(m_questions.trusts, 1);
    QCOMPARE(m_questions.replacing->fingerprint(), other.fingerprint()); // says what would be replaced
    QCOMPARE(KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox"))->fingerprint(), other.fingerprint());
    m_questions.trustAnswer = true;
    const Outcome replaced = launch(r);
    QVERIFY2(!replaced.error.isError(), qPrintable(replaced.error.oneLine()));
    QVERIFY(KnownHosts(knownHosts()).pinned(QStringLiteral("local.sandbox"))->fingerprint() != other.fingerprint());
}

void TestLaunch::agentGetsTheSettingsLifetime_data()
{
    QTest::addColumn<int>("lifetimeMinutes");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<bool>("loaded");
    // The agent refuses constrained keys: only "no lifetime, no confirm" gets in,
    // which tells whether the pipeline used the settings (it once used 3600 s always).
    QTest::newRow("until removed") << 0 << false << true;
    QTest::newRow("one hour") << 60 << false << false;
    QTest::newRow("confirm each use") << 0 << true << false;
}

void TestLaunch::agentGetsTheSettingsLifetime()
{
    QFETCH(int, lifetimeMinutes);
    QFETCH(bool, confirm);
    QFETCH(bool, loaded);
    QTemporaryDir dir;
    QProcess agent;
    const QString socket = dir.filePath(QStringLiteral("agent.sock"));
    agent.start(QStringLiteral(KEYPORT_PEER_AGENT), { socket });
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFile::exists(socket));
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    GenerateOptions encrypted;
    encrypted.passphrase = "launch-pass";
    const QString name = QStringLiteral("enc_%1_%2").arg(lifetimeMinutes).arg(confirm);
    auto key = KeyStore().generate(name, encrypted);
    QVERIFY(key.ok());
    WorkspaceOverride o;
    o.identityFile = key->path;
    QVERIFY(workspacesettings::setOverride(QStringLiteral("local.sandbox"), o).ok());
    AppSettings s;
    s.agentLifetimeMinutes = lifetimeMinutes;
    s.agentConfirm = confirm;
    LaunchRequest r = request(LaunchRequest::Action::Prepare);
    r.settings = s;
    const Outcome out = launch(r);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.oneLine()));
    auto ids = AgentClient().list();
    QVERIFY(ids.ok());
    const bool there =
        std::any_of(ids->cbegin(), ids->cend(), [&key](const AgentIdentity &id) { return id.key == *key->publicKey; });
    QCOMPARE(there, loaded);
    // A refused add does not stop the launch: it is said.
    QCOMPARE(out.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not added to the agent")), !loaded);
    qunsetenv("SSH_AUTH_SOCK");
    WorkspaceOverride back;
    back.identityFile = QDir(paths::sshDir()).filePath(QStringLiteral("id_ed25519"));
    QVERIFY(workspacesettings::setOverride(QStringLiteral("local.sandbox"), back).ok());
    test::stopProcess(&agent);
}

void TestLaunch::stoppedWorkspaceStartsOnlyWhenAnswered()
{
    QVERIFY(Sandbox::stop().ok());
    // The registry lists it stopped now.
    m_questions = {};
    m_questions.startAnswer = false;
    const Outcome declined = launch(request(LaunchRequest::Action::Prepare));
    QCOMPARE(declined.error.code, ErrorCode::Cancelled);
    QCOMPARE(m_questions.starts, 1);
    QVERIFY(declined.error.message.contains(QStringLiteral("workspaces start local.sandbox")));
    QVERIFY(!Sandbox::status().running);
    m_questions.startAnswer = true;
    const Outcome started = launch(request(LaunchRequest::Action::Prepare));
    QVERIFY2(!started.error.isError(), qPrintable(started.error.oneLine()));
    QCOMPARE(m_questions.starts, 2);
    QCOMPARE(started.workspace.state, WorkspaceState::Running);
    QVERIFY(Sandbox::status().running);
}

void TestLaunch::certificatesAreIssuedAndRenewed()
{
    QTemporaryDir dir;
    g_ca.caKey = dir.filePath(QStringLiteral("ca"));
    QCOMPARE(test::runProcess(test::findTool(QStringLiteral("ssh-keygen")),
                              { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), g_ca.caKey })
                 .exitCode,
             0);
    // The sshd trusts the CA, and no key by itself.
    test::SshServer sshd;
    sshd.setExtraConfig(QStringLiteral("TrustedUserCAKeys %1.pub\n").arg(g_ca.caKey));
    const QString err = sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    g_ca.port = sshd.port();
    auto key = KeyStore().generate(QStringLiteral("id_ca_user"), {});
    QVERIFY(key.ok());
    g_ca.userKey = key->path;
    g_ca.validSeconds = 300;
    g_ca.issued = 0;
    QVERIFY(m_registry
                ->add({ QStringLiteral("ca"),
                        QStringLiteral("testca"),
                        QStringLiteral("http://127.0.0.1:1"),
                        {},
                        {},
                        false,
                        {},
                        {},
                        {},
                        0,
                        {},
                        {} })
                .ok());
    const auto ssh = [] {
        return test::runSsh(ManagedSshConfig({}).managedPath(),
                            { QStringLiteral("-o"), QStringLiteral("IdentityAgent=none"), QStringLiteral("ca.box"),
                              QStringLiteral("echo"), QStringLiteral("certified") });
    };
    m_questions = {};
    const Outcome first = launch(request(LaunchRequest::Action::Prepare, QStringLiteral("ca.box")));
    QVERIFY2(!first.error.isError(), qPrintable(first.error.oneLine()));
    QCOMPARE(g_ca.issued, 1);
    // Written next to the key, private, and what plain ssh then logs in with.
    const auto perms = QFileInfo(key->certificatePath()).permissions();
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    auto in = ssh();
    QVERIFY2(in.exitCode == 0 && in.out.trimmed() == "certified", qPrintable(in.describe()));
    // With minutes left it is used as it is...
    QVERIFY(!launch(request(LaunchRequest::Action::Prepare, QStringLiteral("ca.box"))).error.isError());
    QCOMPARE(g_ca.issued, 1);
    // ...with less than a minute left it is renewed before ssh needs it.
    QFile::remove(key->certificatePath());
    g_ca.validSeconds = 20;
    QVERIFY(!launch(request(LaunchRequest::Action::Prepare, QStringLiteral("ca.box"))).error.isError());
    QCOMPARE(g_ca.issued, 2);
    g_ca.validSeconds = 300;
    QVERIFY(!launch(request(LaunchRequest::Action::Prepare, QStringLiteral("ca.box"))).error.isError());
    QCOMPARE(g_ca.issued, 3);
    QVERIFY(m_registry->remove(QStringLiteral("ca")).ok());
}

void TestLaunch::cliPathWithAQuote()
{
    // A keyport-cli installed under a path with a quote: the ProxyCommand
    // libssh runs through /bin/sh must still find it.
    KEYPORT_REQUIRE_TOOL("openssl");
    test::SshServer sshd;
    QString err = sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QProcess peer;
    const quint16 port =
        test::startKnotPeer(peer, QStringLiteral(KEYPORT_KNOT_PEER),
                            { QStringLiteral("--token"), QStringLiteral("quote-token"), QStringLiteral("--sshd-port"),
                              QString::number(sshd.port()), QStringLiteral("--authorized-keys"),
                              QDir(sshd.dir()).filePath(QStringLiteral("authorized_keys")) });
    QVERIFY(port);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QTemporaryDir dir;
    const QString odd = dir.filePath(QStringLiteral("it's here"));
    QVERIFY(QDir().mkpath(odd));
    const QString cli = QDir(odd).filePath(QStringLiteral("keyport-cli"));
    QVERIFY(QFile::copy(test::cliPath(), cli));
    QFile::setPermissions(cli, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto add =
        test::runProcess(cli,
                         { QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                           QStringLiteral("quoted"), QStringLiteral("--url"), url, QStringLiteral("--token-stdin") },
                         "quote-token\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    auto trust =
        test::runProcess(cli, { QStringLiteral("trust"), QStringLiteral("quoted.dev"), QStringLiteral("--yes") });
    QVERIFY2(trust.exitCode == 0, qPrintable(trust.describe()));
    QVERIFY(trust.err.contains("SHA256:"));
    test::stopProcess(&peer);
}

void TestLaunch::sourceRemovedWhileListing()
{
    // Its listing job is the source's: it goes with the source, unfinished.
    // The listing of all sources must still finish, saying what happened.
    QVERIFY(m_registry
                ->add({ QStringLiteral("hang"),
                        QStringLiteral("stall"),
                        QStringLiteral("http://127.0.0.1:1"),
                        {},
                        {},
                        false,
                        {},
                        {},
                        {},
                        0,
                        {},
                        {} })
                .ok());
    ListAllJob *all = m_registry->listAll();
    QSignalSpy finished(all, &Job::finished);
    QMap<QString, Error> errors;
    QStringList listed;
    connect(all, &Job::finished, this, [all, &errors, &listed] {
        errors = all->errors();
        listed = all->listed();
    });
    all->start();
    QTest::qWait(300); // the other sources have answered; "hang" never will
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_registry->remove(QStringLiteral("hang")).ok());
    QVERIFY(finished.wait(5000));
    QVERIFY(errors.contains(QStringLiteral("hang")));
    QVERIFY(errors.value(QStringLiteral("hang")).message.contains(QStringLiteral("removed")));
    QVERIFY(listed.contains(QStringLiteral("local")));
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
