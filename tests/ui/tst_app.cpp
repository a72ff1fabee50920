// The desktop app driven through its real widgets on the offscreen platform,
// against real peers: the sandbox sshd, gnome-keyring, the knot test peer,
// and recording stubs for the terminal and VS Code on PATH. Functions run in
// order and build on each other (one HOME, one window).
#include "fixtures.h"

#include "appcontext.h"
#include "errorbanner.h"
#include "generatekeydialog.h"
#include "hostkeydialog.h"
#include "identitiespage.h"
#include "keyspage.h"
#include "mainwindow.h"
#include "sourcedialog.h"
#include "sourcespage.h"
#include "workspacemodel.h"
#include "workspacespage.h"

#include "identity/certificate.h"
#include "identity/keystore.h"
#include "identity/privatekey.h"
#include "identity/secretstore.h"
#include "launch/certificatejob.h"
#include "launch/sshcommand.h"
#include "model/sshidentity.h"
#include "proxy/proxymanager.h"
#include "sources/sandbox/sandbox.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"
#include "workspace/registry.h"
#include "workspace/workspacesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace keyport;

namespace {

QStringList visibleIds(WorkspaceModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        if (const Workspace *w = model->workspaceAt(row))
            ids << w->id();
    return ids;
}

// A program on PATH that records its arguments, one per line.
void writeStub(const QString &dir, const QString &name)
{
    QVERIFY(test::writeRecordingStub(dir, name));
}

QStringList recorded(const QString &dir, const QString &name)
{
    return test::recordedArgs(dir, name);
}

template <typename T> T *waitForChild(QObject *parent, const char *name = nullptr)
{
    T *found = nullptr;
    for (int i = 0; i < 300 && !found; ++i) {
        found = name ? parent->findChild<T *>(QString::fromLatin1(name)) : parent->findChild<T *>();
        if (!found)
            QTest::qWait(50);
    }
    return found;
}

} // namespace

class TestApp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsGroupsAndFiltersAsYouType();
    void ctrlKFocusesSearch();
    void cancellingALaunchClosesItsQuestion();
    void connectAsksToPinThenLaunchesTheTerminal();
    void openInVsCodeCallsTheEditor();
    void changedHostKeyBlocks();
    void proxyFromALinkCarriesSsh();
    void generateKeyThroughTheDialog();
    void addKnotSourceFillsTheList();
    void spacesSourceTestedThenSavedSpendsTheAuthKeyOnce();
    void detailsSayWhatAnEntryHostCannotServe();
    void certificatesCountDownInDetailsAndKeys();
    void keysPageShowsWhereAKeyIsRegisteredAndAsksBeforeRemoving();
    void identityAddedThroughTheDialogIsListedWithItsRules();

private:
    Workspace sandbox() const;
    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    QTemporaryDir m_bin;
    std::unique_ptr<MainWindow> m_window;
    QProcess m_peer;
    QProcess m_spacesPeer;
    QTemporaryDir m_spacesState;
    QString m_spacesUrl;
};

void TestApp::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    const QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    writeStub(m_bin.path(), QStringLiteral("xterm"));
    writeStub(m_bin.path(), QStringLiteral("code"));
    qputenv("PATH", (m_bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());

    QVERIFY(KeyStore().generate(QStringLiteral("id_ed25519"), {}).ok());
    auto started = Sandbox::start(QStringLiteral("id_ed25519"));
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    for (const auto &[name, project, tags] :
         { std::tuple { "api-staging", "shop", "staging,api" }, std::tuple { "api-prod", "shop", "prod,api" },
           std::tuple { "gpu-box", "ml", "gpu" } }) {
        UserHost h;
        h.name = QString::fromLatin1(name);
        h.host = QStringLiteral("192.0.2.10");
        h.project = QString::fromLatin1(project);
        h.tags = QString::fromLatin1(tags).split(QLatin1Char(','));
        QVERIFY(workspacesettings::addHost(h).ok());
    }
    AppSettings s = AppSettings::load().value_or({});
    s.terminal = QStringLiteral("xterm");
    QVERIFY(s.save().ok());

    m_window = std::make_unique<MainWindow>();
    m_window->context()->setCliPath(test::cliPath());
    QSignalSpy refreshed(m_window->workspacesPage(), &WorkspacesPage::refreshed);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(refreshed.wait(20000));
}

void TestApp::cleanupTestCase()
{
    m_window.reset();
    Sandbox::stop();
    test::stopProcess(&m_peer);
    test::stopProcess(&m_spacesPeer);
}

Workspace TestApp::sandbox() const
{
    const Workspace *w = m_window->workspacesPage()->model()->workspace(QStringLiteral("local.sandbox"));
    return w ? *w : Workspace {};
}

void TestApp::listsGroupsAndFiltersAsYouType()
{
    WorkspaceModel *model = m_window->workspacesPage()->model();
    QTRY_VERIFY(visibleIds(model).contains(QStringLiteral("local.sandbox")));
    QVERIFY(visibleIds(model).contains(QStringLiteral("ssh.api-prod")));
    // Grouped: a section per source, a group row for project "shop" before its hosts.
    const int shop = model->rowOf(QStringLiteral("ssh.api-prod"));
    bool groupAbove = false;
    for (int row = shop - 1; row >= 0 && model->kindAt(row) != WorkspaceModel::RowKind::Section; --row)
        groupAbove = groupAbove
                     || (model->kindAt(row) == WorkspaceModel::RowKind::Group
                         && model->index(row).data().toString() == QLatin1String("shop"));
    QVERIFY(groupAbove);
    QCOMPARE(model->index(model->rowOf(QStringLiteral("local.sandbox")), 0).data(WorkspaceModel::StateRole).toInt(),
             int(WorkspaceState::Running));

    QLineEdit *search = m_window->workspacesPage()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("project:shop"));
    QCOMPARE(visibleIds(model), (QStringList { QStringLiteral("ssh.api-prod"), QStringLiteral("ssh.api-staging") }));
    QTest::keyClicks(search, QStringLiteral(" tag:prod"));
    QCOMPARE(visibleIds(model), QStringList { QStringLiteral("ssh.api-prod") });
    search->clear();
    QTest::keyClicks(search, QStringLiteral("state:running"));
    QCOMPARE(visibleIds(model), QStringList { QStringLiteral("local.sandbox") });
    search->clear();
    QTest::keyClicks(search, QStringLiteral("GPU"));
    QCOMPARE(visibleIds(model), QStringList { QStringLiteral("ssh.gpu-box") });
    search->clear();
    QVERIFY(visibleIds(model).size() >= 4);
}

void TestApp::ctrlKFocusesSearch()
{
    m_window->showPage(MainWindow::Keys);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->workspacesPage()->isVisible());
    QTRY_VERIFY(m_window->workspacesPage()->searchField()->hasFocus());
}

void TestApp::cancellingALaunchClosesItsQuestion()
{
    WorkspacesPage *page = m_window->workspacesPage();
    QVERIFY(page->select(QStringLiteral("local.sandbox")));
    page->findChild<QPushButton *>(QStringLiteral("connect"))->click();
    auto *dialog = waitForChild<HostKeyDialog>(page);
    QVERIFY2(dialog, qPrintable(page->banner()->message()));
    QPointer<HostKeyDialog> asked(dialog);
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelLaunch"));
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QTRY_VERIFY(!asked || !asked->isVisible()); // the question went with its launch
    QVERIFY(!cancel->isVisible());
    QVERIFY(page->banner()->message().isEmpty()); // cancelling is no error
    QTest::qWait(200);
    QVERIFY(recorded(m_bin.path(), QStringLiteral("xterm")).isEmpty());
    QVERIFY(!KnownHosts(ManagedSshConfig(test::cliPath()).knownHostsPath()).pinned(QStringLiteral("local.sandbox")));
}

void TestApp::connectAsksToPinThenLaunchesTheTerminal()
{
    WorkspacesPage *page = m_window->workspacesPage();
    QVERIFY(page->select(QStringLiteral("local.sandbox")));
    auto *connectButton = page->findChild<QPushButton *>(QStringLiteral("connect"));
    QVERIFY(connectButton && connectButton->isVisible());
    QTest::mouseClick(connectButton, Qt::LeftButton);

    auto *dialog = waitForChild<HostKeyDialog>(page);
    QVERIFY2(dialog, qPrintable(page->banner()->message()));
    QVERIFY(!dialog->isWarning());
    const auto offered = sshcommand::fetchHostKey(sandbox(), test::cliPath());
    QVERIFY(offered.ok());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text().contains(offered->fingerprint()));
    QVERIFY(recorded(m_bin.path(), QStringLiteral("xterm")).isEmpty()); // nothing runs before trust
    dialog->findChild<QPushButton *>(QStringLiteral("trust"))->click();

    QTRY_VERIFY_WITH_TIMEOUT(!recorded(m_bin.path(), QStringLiteral("xterm")).isEmpty(), 15000);
    const QString knownHosts = ManagedSshConfig(test::cliPath()).knownHostsPath();
    QCOMPARE(KnownHosts(knownHosts).pinned(QStringLiteral("local.sandbox"))->fingerprint(), offered->fingerprint());

    // xterm -T <title> -e ssh -F <config> -- local.sandbox
    const QStringList argv = recorded(m_bin.path(), QStringLiteral("xterm"));
    const qsizetype e = argv.indexOf(QStringLiteral("-e"));
    QVERIFY2(e >= 0, qPrintable(argv.join(QLatin1Char(' '))));
    const QStringList ssh = argv.mid(e + 1);
    QCOMPARE(ssh.first(), QStringLiteral("ssh"));
    QCOMPARE(ssh.last(), QStringLiteral("local.sandbox"));
    QVERIFY(ssh.contains(QStringLiteral("-F")));
    // And that command really gets in, with nothing left to ask.
    QStringList run = ssh.mid(1);
    run.insert(run.indexOf(QStringLiteral("--")), QStringLiteral("-oBatchMode=yes"));
    const auto r = test::runProcess(QStringLiteral("ssh"), run << QStringLiteral("echo") << QStringLiteral("in"));
    QVERIFY2(r.exitCode == 0 && r.out.trimmed() == "in", qPrintable(r.describe()));
    // Connecting puts it in Recent.
    QTRY_VERIFY(m_window->context()->settings().recent.contains(QStringLiteral("local.sandbox")));
}

void TestApp::openInVsCodeCallsTheEditor()
{
    WorkspacesPage *page = m_window->workspacesPage();
    m_window->context()->updateSettings([](AppSettings &s) { s.sshConfigIntegration = true; });
    QVERIFY(page->select(QStringLiteral("local.sandbox")));
    page->findChild<QPushButton *>(QStringLiteral("openCode"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!recorded(m_bin.path(), QStringLiteral("code")).isEmpty(), 15000);
    QCOMPARE(recorded(m_bin.path(), QStringLiteral("code")),
             (QStringList { QStringLiteral("--remote"), QStringLiteral("ssh-remote+local.sandbox") }));
    // The editor reads ~/.ssh/config: it now includes Keyport's hosts.
    QVERIFY(ManagedSshConfig(test::cliPath()).isIncluded());
}

void TestApp::changedHostKeyBlocks()
{
    WorkspacesPage *page = m_window->workspacesPage();
    const QString knownHosts = ManagedSshConfig(test::cliPath()).knownHostsPath();
    const PublicKey other = PrivateKey::generate(KeyAlgorithm::Ed25519)->publicKey();
    QVERIFY(KnownHosts(knownHosts).pin(QStringLiteral("local.sandbox"), other).ok());
    QFile::remove(QDir(m_bin.path()).filePath(QStringLiteral("xterm.args")));

    QVERIFY(page->select(QStringLiteral("local.sandbox")));
    page->findChild<QPushButton *>(QStringLiteral("connect"))->click();
    HostKeyDialog *warning = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((warning = page->findChild<HostKeyDialog *>()) && warning->isWarning(), 15000);
    QVERIFY(warning->findChild<QLabel *>(QStringLiteral("detail"))->text().contains(other.fingerprint()));
    // No way forward from the warning, and nothing was launched or re-pinned.
    QVERIFY(!warning->findChild<QPushButton *>(QStringLiteral("trust")));
    QVERIFY(page->banner()->message().contains(QStringLiteral("local.sandbox")));
    QTest::qWait(300);
    QVERIFY(recorded(m_bin.path(), QStringLiteral("xterm")).isEmpty());
    QCOMPARE(KnownHosts(knownHosts).pinned(QStringLiteral("local.sandbox"))->fingerprint(), other.fingerprint());
    warning->reject();
    // Put the real key back for what follows.
    QVERIFY(KnownHosts(knownHosts).unpin(QStringLiteral("local.sandbox")).ok());
}

void TestApp::proxyFromALinkCarriesSsh()
{
    m_window->handleMessage(QStringLiteral("keyport://proxy/local/sandbox"));
    // The proxy's commands name the pinned key: a first-seen one is asked about first.
    HostKeyDialog *dialog = nullptr;
    const auto asking = [&dialog, this] {
        for (auto *d : m_window->workspacesPage()->findChildren<HostKeyDialog *>())
            if (!d->isWarning() && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(asking(), qPrintable(m_window->workspacesPage()->banner()->message()), 15000);
    QVERIFY(m_window->context()->proxies()->running().isEmpty()); // nothing listens before trust
    dialog->findChild<QPushButton *>(QStringLiteral("trust"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->context()->proxies()->find(QStringLiteral("local.sandbox")), 15000);
    const auto running = m_window->context()->proxies()->find(QStringLiteral("local.sandbox"));
    auto *endpoint = m_window->workspacesPage()->findChild<QLabel *>(QStringLiteral("proxyEndpoint"));
    QTRY_COMPARE(endpoint->text(), running->endpoint());
    // Short as a person types it; with Keyport's known_hosts, the full line
    // works as printed (plus batch mode and a command): pinned key, own key.
    auto *line = m_window->workspacesPage()->findChild<QLineEdit *>(QStringLiteral("proxy-ssh"));
    QCOMPARE(line->text(), QStringLiteral("ssh -p %1 %2@127.0.0.1").arg(running->server->port()).arg(sandbox().user));
    m_window->workspacesPage()->findChild<QCheckBox *>(QStringLiteral("proxyKnownHosts"))->setChecked(true);
    QVERIFY(line->text().contains(QStringLiteral("HostKeyAlias=local.sandbox")));
    QStringList words = line->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(words.takeFirst(), QStringLiteral("ssh"));
    words.prepend(QStringLiteral("-oBatchMode=yes"));
    words << QStringLiteral("echo") << QStringLiteral("proxied");
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), words);
    QVERIFY(ssh.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(ssh.state() == QProcess::NotRunning, 20000); // the proxy runs on this thread
    QVERIFY2(ssh.exitCode() == 0, ssh.readAllStandardError().constData());
    QCOMPARE(ssh.readAllStandardOutput().trimmed(), QByteArray("proxied"));
    QTRY_VERIFY(running->server->bytesMoved() > 0);

    // A hostile link is refused with a message, not acted on.
    m_window->handleMessage(QStringLiteral("keyport://connect/local/../../etc"));
    QVERIFY(m_window->workspacesPage()->banner()->message().contains(QStringLiteral("Keyport link")));
    m_window->context()->proxies()->stop(QStringLiteral("local.sandbox"));
    QVERIFY(!m_window->context()->proxies()->find(QStringLiteral("local.sandbox")));
}

void TestApp::generateKeyThroughTheDialog()
{
    KeysPage *keys = m_window->keysPage();
    m_window->showPage(MainWindow::Keys);
    keys->generate();
    auto *dialog = waitForChild<GenerateKeyDialog>(keys);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("id_gui"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphrase")), QStringLiteral("correct horse"));
    QVERIFY(!ok->isEnabled()); // the two entries differ
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("match")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeat")), QStringLiteral("correct horse"));
    QVERIFY(ok->isEnabled());
    QSignalSpy refreshed(keys, &KeysPage::refreshed);
    ok->click();
    QVERIFY(refreshed.wait(30000));
    const QString path = QDir(m_home->sshDir()).filePath(QStringLiteral("id_gui"));
    QVERIFY(QFile::exists(path));
    const auto r =
        test::runProcess(QStringLiteral("ssh-keygen"), { QStringLiteral("-y"), QStringLiteral("-P"),
                                                         QStringLiteral("correct horse"), QStringLiteral("-f"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile pub(path + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QCOMPARE(r.out.split(' ').mid(0, 2), pub.readAll().split(' ').mid(0, 2));
    // Remembered in the keychain, as the dialog offered by default.
    const auto info = KeyStore().inspect(path);
    auto *read = secrets::read(secrets::passphraseKey(info->publicKey->fingerprint()));
    QSignalSpy done(read, &Job::finished);
    read->start();
    QVERIFY(done.wait(10000));
    QVERIFY(read->secret());
    QCOMPARE(*read->secret(), QByteArray("correct horse"));
}

// The Identities page: empty at first, saying what an identity is for; one
// added through its dialog is listed with its rules and stored as
// `keyport-cli identities add` stores it, with the rule that keeps the
// sandbox out named.
void TestApp::identityAddedThroughTheDialogIsListedWithItsRules()
{
    IdentitiesPage *page = m_window->identitiesPage();
    m_window->showPage(MainWindow::Identities);
    QSignalSpy refreshed(page, &IdentitiesPage::refreshed);
    page->refresh();
    QVERIFY(refreshed.wait(10000));
    auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("identities"));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("identitiesEmpty"))->isVisible());
    page->addIdentity();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QDialog *>()) && dialog->isVisible());
    auto *key = dialog->findChild<QComboBox *>(QStringLiteral("identityKey"));
    QTRY_VERIFY_WITH_TIMEOUT(key->findText(QStringLiteral("id_gui")) >= 0, 10000);
    key->setCurrentIndex(key->findText(QStringLiteral("id_gui")));
    dialog->findChild<QLineEdit *>(QStringLiteral("identityName"))->setText(QStringLiteral("gui key"));
    const Workspace sandbox = *m_window->workspacesPage()->model()->workspace(QStringLiteral("local.sandbox"));
    dialog->findChild<QLineEdit *>(QStringLiteral("identityTags"))->setText(QStringLiteral("not-this, either"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1, 10000);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("gui key"));
    QVERIFY2(tree->topLevelItem(0)->text(3).contains(QStringLiteral("any of the tags not-this, either")),
             qPrintable(tree->topLevelItem(0)->text(3)));
    // It does not admit the sandbox (no such tag); the rule says so.
    const auto local = sshidentities::loadLocal();
    QVERIFY(local && local->size() == 1);
    QVERIFY(!local->first().admits(sandbox).ok());
    QVERIFY(local->first().admits(sandbox).error().message.contains(QStringLiteral("needs one of not-this, either")));
    QCOMPARE(local->first().keyPath, QDir(m_home->sshDir()).filePath(QStringLiteral("id_gui")));
    QVERIFY(sshidentities::saveLocal({}).ok());
}

void TestApp::addKnotSourceFillsTheList()
{
    const Sandbox::State s = Sandbox::status();
    m_peer.start(QStringLiteral(KEYPORT_KNOT_PEER),
                 { QStringLiteral("--token"), QStringLiteral("gui-token"), QStringLiteral("--sshd-port"),
                   QString::number(s.port), QStringLiteral("--authorized-keys"),
                   m_home->filePath(QStringLiteral("peer_keys")) });
    QVERIFY(m_peer.waitForStarted(5000));
    const QByteArray line = test::readUntil(m_peer, "\n").trimmed();
    QVERIFY2(line.startsWith("LISTENING "), line.constData());
    const QString url = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(line.mid(10));

    SourcesPage *sources = m_window->sourcesPage();
    m_window->showPage(MainWindow::Sources);
    sources->addSource(QStringLiteral("knot"));
    QPointer<SourceDialog> dialog = waitForChild<SourceDialog>(sources);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("team"));
    dialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(url);
    QCOMPARE(SourceDialog::tokenPage(QStringLiteral("knot"), url).path().section(QLatin1Char('/'), 1, 2),
             QStringLiteral("api-tokens/create"));
    // A wrong token: an error in the dialog, nothing stored.
    dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("wrong"));
    dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("result"));
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().contains(QStringLiteral("401")) || result->text().contains(QStringLiteral("token")), 10000);
    QVERIFY(!m_window->context()->registry()->config(QStringLiteral("team")));
    QVERIFY(dialog->isVisible());

    dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("gui-token"));
    dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->context()->registry()->config(QStringLiteral("team")).has_value(), 10000);
    QTRY_VERIFY(!dialog); // accepted, and gone: the edit dialog below is another one
    WorkspaceModel *model = m_window->workspacesPage()->model();
    QTRY_VERIFY2_WITH_TIMEOUT(visibleIds(model).contains(QStringLiteral("team.dev")),
                              qPrintable(model->sourceStatus(QStringLiteral("team")).error.message), 15000);
    QCOMPARE(model->index(model->rowOf(QStringLiteral("team.idle")), 0).data(WorkspaceModel::StateRole).toInt(),
             int(WorkspaceState::Stopped));
    // The hostile name the peer serves is listed on one line, without its control characters.
    bool sawEvil = false;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data().toString().startsWith(QLatin1String("evil"))) {
            sawEvil = true;
            QVERIFY(!model->index(row).data().toString().contains(QLatin1Char('\n')));
        }
    QVERIFY(sawEvil);

    // Editing with a wrong token keeps the source as it was; an empty token keeps the stored one.
    auto *tree = sources->findChild<QTreeWidget *>(QStringLiteral("sources"));
    QTRY_VERIFY(!tree->findItems(QStringLiteral("team"), Qt::MatchExactly).isEmpty());
    tree->setCurrentItem(tree->findItems(QStringLiteral("team"), Qt::MatchExactly).first());
    sources->editSource();
    QPointer<SourceDialog> edit = waitForChild<SourceDialog>(sources);
    QVERIFY(edit);
    edit->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("wrong"));
    edit->findChild<QPushButton *>(QStringLiteral("save"))->click();
    auto *editResult = edit->findChild<QLabel *>(QStringLiteral("result"));
    QTRY_VERIFY_WITH_TIMEOUT(editResult->text().contains(QStringLiteral("401")), 10000);
    QCOMPARE(m_window->context()->registry()->config(QStringLiteral("team"))->url, url);
    edit->findChild<QLineEdit *>(QStringLiteral("token"))->clear();
    edit->findChild<QCheckBox *>(QStringLiteral("insecure"))->setChecked(true);
    edit->findChild<QPushButton *>(QStringLiteral("save"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->context()->registry()->config(QStringLiteral("team"))->insecure, 10000);
    QTRY_VERIFY(!edit); // accepted, and gone (delete on close)
}

void TestApp::spacesSourceTestedThenSavedSpendsTheAuthKeyOnce()
{
    // The control plane's CA; its entry host is the sandbox's sshd (its commands are not run here).
    const QString ca = m_spacesState.filePath(QStringLiteral("ca"));
    QVERIFY(test::makeKeyWithSshKeygen(ca));
    const Sandbox::State sandboxState = Sandbox::status();
    const quint16 port = test::startKnotPeer(
        m_spacesPeer, QStringLiteral(KEYPORT_SPACES_PEER),
        { QStringLiteral("--email"), QStringLiteral("me@example.org"), QStringLiteral("--auth-key"),
          QStringLiteral("sk-once"), QStringLiteral("--ca-key"), ca, QStringLiteral("--host-key-pub"),
          ca + QStringLiteral(".pub"), QStringLiteral("--ssh-host"), QStringLiteral("127.0.0.1"),
          QStringLiteral("--ssh-port"), QString::number(sandboxState.port), QStringLiteral("--state-dir"),
          m_spacesState.filePath(QStringLiteral("entry")) });
    QVERIFY(port);
    m_spacesUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

    SourcesPage *sources = m_window->sourcesPage();
    m_window->showPage(MainWindow::Sources);
    sources->addSource(QStringLiteral("spaces"));
    QPointer<SourceDialog> dialog = waitForChild<SourceDialog>(sources);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("rooms"));
    dialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(m_spacesUrl);
    dialog->findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("me@example.org"));
    dialog->findChild<QLineEdit *>(QStringLiteral("sshHost"))->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("sshPort"))->setText(QString::number(sandboxState.port));
    dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("sk-once"));
    // Test redeems the one-time key; Save must use the session it was exchanged for,
    // not spend the key again (the peer answers a second use with "already redeemed").
    dialog->findChild<QPushButton *>(QStringLiteral("test"))->click();
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("result"));
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QStringLiteral("It works")), qPrintable(result->text()), 15000);
    QVERIFY(!m_window->context()->registry()->config(QStringLiteral("rooms")));
    dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? result->text() : QString()), 15000);
    QVERIFY(m_window->context()->registry()->config(QStringLiteral("rooms")));
    // Only the session token is kept, and the auth key is in no file Keyport wrote.
    const auto grep =
        test::runProcess(QStringLiteral("grep"), { QStringLiteral("-rl"), QStringLiteral("-D"), QStringLiteral("skip"),
                                                   QStringLiteral("sk-once"), m_home->path() });
    QVERIFY2(grep.exitCode == 1, qPrintable(grep.describe()));
    WorkspaceModel *model = m_window->workspacesPage()->model();
    QTRY_VERIFY2_WITH_TIMEOUT(visibleIds(model).contains(QStringLiteral("rooms.my-room")),
                              qPrintable(model->sourceStatus(QStringLiteral("rooms")).error.message), 15000);
}

void TestApp::detailsSayWhatAnEntryHostCannotServe()
{
    WorkspacesPage *page = m_window->workspacesPage();
    m_window->showPage(MainWindow::Workspaces);
    QVERIFY(page->select(QStringLiteral("rooms.my-room")));
    const auto button = [page](const char *name) {
        return page->findChild<QPushButton *>(QString::fromLatin1(name));
    };
    auto *notice = page->findChild<QLabel *>(QStringLiteral("notice"));
    QVERIFY(button("connect")->isEnabled());
    QVERIFY(!notice->isHidden());
    for (const char *name : { "openCode", "openCursor", "browseFiles", "proxy" }) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QVERIFY2(button(name)->toolTip().contains(QStringLiteral("entry host")), qPrintable(button(name)->toolTip()));
    }
    // What the control plane says about the Space: its role, in the details.
    QStringList details;
    for (auto *label : page->findChildren<QLabel *>())
        if (label->objectName().startsWith(QLatin1String("reported")))
            details << label->accessibleName() + QLatin1Char('=') + label->text();
    QVERIFY2(details.contains(QStringLiteral("Role=admin")), qPrintable(details.join(u' ')));

    // An id the entry host would not take: listed, not connectable, and it says why.
    QVERIFY(page->select(QStringLiteral("rooms.bad-id")));
    QVERIFY(notice->text().startsWith(QStringLiteral("Cannot be connected")));
    QVERIFY(!button("connect")->isEnabled());
    QVERIFY(!button("connect")->toolTip().isEmpty());
    // Back on an ordinary host, everything is usable again with its own tooltips.
    QVERIFY(page->select(QStringLiteral("local.sandbox")));
    QVERIFY(notice->isHidden());
    for (const char *name : { "connect", "openCode", "browseFiles", "proxy" })
        QVERIFY2(button(name)->isEnabled(), name);
    QCOMPARE(button("connect")->toolTip(), QStringLiteral("Open a terminal with ssh (Enter)"));
}

void TestApp::certificatesCountDownInDetailsAndKeys()
{
    // A certificate as the launch pipeline (and plain ssh through the managed config) gets one.
    WorkspacesPage *page = m_window->workspacesPage();
    const Workspace *room = page->model()->workspace(QStringLiteral("rooms.my-room"));
    QVERIFY(room);
    std::optional<Status> outcome;
    bool issued = false;
    startJob(new CertificateJob(m_window->context()->registry(), *room, this), this, [&](CertificateJob *done) {
        outcome = done->failed() ? Status(done->error()) : Status();
        issued = done->issued();
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 20000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error().message));
    QVERIFY(issued);
    QSignalSpy refreshed(page, &WorkspacesPage::refreshed);
    page->refreshAll();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(page->select(QStringLiteral("rooms.my-room")));
    // The details' rows are rebuilt whenever the selection is shown again (a
    // listing, the facts read): look the field up each time, hold no pointer.
    const auto field = [page] {
        auto *label = page->findChild<QLabel *>(QStringLiteral("certificate"));
        return label ? label->text() : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(field().contains(QStringLiteral("left")), 10000);
    // The principal and serial of the certificate on disk, as issued.
    const auto cert = Certificate::fromOpenSshLine(
        test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("id_ed25519_rooms-cert.pub"))));
    QVERIFY(cert.ok());
    QVERIFY(!cert->principals.isEmpty());
    QVERIFY2(field().contains(QStringLiteral("for %1").arg(cert->principals.first())), qPrintable(field()));
    QVERIFY2(field().contains(QStringLiteral("serial %1").arg(cert->serial)), qPrintable(field()));
    // It counts down on its own.
    const QString before = field();
    QTRY_VERIFY_WITH_TIMEOUT(field() != before, 3000);
    QVERIFY2(field().contains(QStringLiteral("left")), qPrintable(field()));

    KeysPage *keys = m_window->keysPage();
    m_window->showPage(MainWindow::Keys);
    QSignalSpy keysRefreshed(keys, &KeysPage::refreshed);
    keys->refresh();
    QVERIFY(keysRefreshed.wait(20000));
    auto *tree = keys->findChild<QTreeWidget *>(QStringLiteral("keys"));
    const int column = 7; // Certificate
    const auto cell = [tree, column](bool tip = false) {
        const auto found = tree->findItems(QStringLiteral("id_ed25519_rooms"), Qt::MatchExactly);
        return found.isEmpty() ? QString() : tip ? found.first()->toolTip(column) : found.first()->text(column);
    };
    QVERIFY2(cell().contains(QStringLiteral("left")), qPrintable(cell()));
    QVERIFY(cell(true).contains(QStringLiteral("serial %1").arg(cert->serial)));
    const QString was = cell();
    QTRY_VERIFY_WITH_TIMEOUT(cell() != was, 3000);
    QCOMPARE(keysRefreshed.size(), 1); // by the tick, not by another listing
}

void TestApp::keysPageShowsWhereAKeyIsRegisteredAndAsksBeforeRemoving()
{
    KeysPage *keys = m_window->keysPage();
    auto *tree = keys->findChild<QTreeWidget *>(QStringLiteral("keys"));
    const int column = 8; // Registered with
    const auto item = [tree] {
        const auto found = tree->findItems(QStringLiteral("id_ed25519_rooms"), Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.first();
    };
    // The certificate step registered the source's own key.
    QTRY_VERIFY_WITH_TIMEOUT(item() && item()->text(column).contains(QStringLiteral("rooms")), 15000);
    const auto peerKeys = [this] {
        return test::peerGet(m_spacesUrl + QStringLiteral("/_peer/state")).value(QStringLiteral("keys")).toArray();
    };
    QCOMPARE(peerKeys().size(), 1);
    tree->setCurrentItem(item());

    // Cancel first: nothing leaves the source.
    keys->unregisterFrom(QStringLiteral("rooms"));
    QMessageBox *ask = waitForChild<QMessageBox>(keys);
    QVERIFY(ask);
    QVERIFY(ask->text().contains(QStringLiteral("id_ed25519_rooms")));
    ask->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QCOMPARE(peerKeys().size(), 1);

    keys->unregisterFrom(QStringLiteral("rooms"));
    QPointer<QMessageBox> confirm = waitForChild<QMessageBox>(keys);
    QVERIFY(confirm);
    confirm->findChild<QPushButton *>(QStringLiteral("confirmUnregister"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(peerKeys().size(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(item() && !item()->text(column).contains(QStringLiteral("rooms")), 15000);
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
