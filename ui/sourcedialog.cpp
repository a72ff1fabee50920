#include "sourcedialog.h"

#include "appcontext.h"

#include "common/secret.h"
#include "identity/secretstore.h"
#include "sources/northflank/northflanksource.h"
#include "workspace/addsourcejob.h"
#include "workspace/sourcekind.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace keyport {

SourceDialog::SourceDialog(SourceRegistry *registry, const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_kind(kind)
{
    const bool hub = kind == QLatin1String("jupyterhub");
    const bool spaces = isSpaces();
    const bool northflank = kind == QLatin1String("northflank");
    // What differs by kind before the kind's own fields.
    struct Looks {
        QString title, name, url;
    };
    const Looks looks =
        hub      ? Looks { tr("Add a JupyterHub"), QStringLiteral("hub"), QStringLiteral("https://hub.example.org") }
        : spaces ? Looks { tr("Add a spaces control plane"), QStringLiteral("spaces"),
                           QStringLiteral("https://spaces.borca.ai") }
        : northflank
            ? Looks { tr("Add Northflank"), QStringLiteral("northflank"),
                      QString::fromLatin1(NorthflankSource::kDefaultUrl) }
            : Looks { tr("Add a knot server"), QStringLiteral("knot"), QStringLiteral("https://knot.example.org") };
    setWindowTitle(looks.title);
    setAccessibleName(windowTitle());
    setMinimumWidth(480);
    auto *form = new QFormLayout(this);
    const auto line = [this, form](const QString &label, const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(label);
        e->setPlaceholderText(placeholder);
        form->addRow(label, e);
        return e;
    };
    m_name = line(tr("Name:"), QStringLiteral("name"), looks.name);
    m_url = line(tr("URL:"), QStringLiteral("url"), looks.url);
    if (northflank) {
        m_url->setText(looks.url); // Northflank's own API: only a test server is another
        m_team = line(tr("Team:"), QStringLiteral("team"), tr("for an organisation token: the team's id"));
    }
    if (spaces) {
        m_email = line(tr("E-mail:"), QStringLiteral("email"), tr("the address of your spaces account"));
        m_sshHost = line(tr("Entry host:"), QStringLiteral("sshHost"), tr("empty: the URL's host"));
        m_sshPort = line(tr("Entry port:"), QStringLiteral("sshPort"), QStringLiteral("22"));
        m_loginUser = line(tr("Login user:"), QStringLiteral("loginUser"), QStringLiteral("spaces-user"));
        m_certTtl = line(tr("Certificate lifetime:"), QStringLiteral("certTtl"), tr("5m (renewed automatically)"));
    }
    if (hub) {
        m_hubUser = line(tr("Hub user:"), QStringLiteral("hubUser"), tr("your JupyterHub user name"));
        m_loginUser = line(tr("Login user:"), QStringLiteral("loginUser"), QStringLiteral("jovyan"));
        m_loginUser->setText(QStringLiteral("jovyan"));
    }
    m_insecure = new QCheckBox(tr("Do not verify TLS certificates (test servers only)"), this);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    form->addRow(QString(), m_insecure);
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(spaces ? tr("Auth key") : tr("API token"));
    m_token->setPlaceholderText(spaces ? tr("paste the one-time auth key you were given") : tr("paste the token here"));
    auto *get = new QPushButton(tr("Get a token…"), this);
    get->setVisible(!spaces); // spaces hands out auth keys by e-mail, not on a page
    get->setObjectName(QStringLiteral("getToken"));
    get->setAccessibleName(tr("Open the token page in the browser"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(get);
    form->addRow(spaces ? tr("Auth key:") : tr("Token:"), tokenRow);
    // A new auth key means a new session: drop the one Test obtained.
    connect(m_token, &QLineEdit::textEdited, this, [this] {
        wipe(m_redeemed);
        m_redeemed.clear();
    });
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_result);
    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("Test"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("test"));
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    buttons->addButton(QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(get, &QPushButton::clicked, this, [this] {
        const QUrl page = tokenPage(m_kind, m_url->text().trimmed());
        if (!page.isValid() || page.host().isEmpty()) {
            m_result->setText(tr("Enter the server's URL first."));
            return;
        }
        QDesktopServices::openUrl(page);
    });
    connect(m_test, &QPushButton::clicked, this, &SourceDialog::test);
    // Save runs the test first; the dialog closes only when the source was added.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_save, &QPushButton::clicked, this, &SourceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QUrl SourceDialog::tokenPage(const QString &kind, const QString &url)
{
    QUrl base(url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url);
    if (!base.isValid())
        return {};
    if (kind == QLatin1String("jupyterhub")) {
        base.setPath(base.path() + QStringLiteral("/hub/token"));
        return base;
    }
    // Northflank's tokens are made in its web app, whichever API the source talks to.
    if (kind == QLatin1String("northflank"))
        return QUrl(QStringLiteral("https://app.northflank.com/s/account/api/tokens"));
    // knot names tokens; this one says where it is used.
    const QString tokenName = QStringLiteral("keyport on %1").arg(QHostInfo::localHostName());
    base.setPath(base.path() + QStringLiteral("/api-tokens/create/") + tokenName);
    return base;
}

void SourceDialog::setExisting(const SourceConfig &config)
{
    m_editing = true;
    setWindowTitle(tr("Edit %1").arg(config.name));
    m_name->setText(config.name);
    m_name->setReadOnly(true);
    m_url->setText(config.url);
    m_insecure->setChecked(config.insecure);
    if (m_hubUser)
        m_hubUser->setText(config.hubUser);
    if (m_loginUser)
        m_loginUser->setText(config.loginUser);
    if (m_team)
        m_team->setText(config.team);
    if (m_email) {
        m_email->setText(config.email);
        m_sshHost->setText(config.sshHost);
        m_sshPort->setText(config.sshPort ? QString::number(config.sshPort) : QString());
        m_certTtl->setText(config.certTtl);
    }
    m_token->setPlaceholderText(isSpaces() ? tr("a new auth key logs in again; empty keeps the session")
                                           : tr("paste a new token, or leave empty to keep the stored one"));
}

SourceConfig SourceDialog::config() const
{
    SourceConfig c;
    c.kind = m_kind;
    c.name = m_name->text().trimmed();
    c.url = m_url->text().trimmed();
    c.insecure = m_insecure->isChecked();
    if (m_hubUser) {
        c.hubUser = m_hubUser->text().trimmed();
        c.loginUser =
            m_loginUser->text().trimmed().isEmpty() ? QStringLiteral("jovyan") : m_loginUser->text().trimmed();
    }
    if (m_team)
        c.team = m_team->text().trimmed();
    if (m_email) {
        c.email = m_email->text().trimmed();
        c.sshHost = m_sshHost->text().trimmed();
        c.sshPort = quint16(m_sshPort->text().trimmed().toUInt());
        c.loginUser = m_loginUser->text().trimmed();
        c.certTtl = m_certTtl->text().trimmed();
    }
    if (auto old = m_registry->config(c.name); old && m_editing)
        c.identityFile = old->identityFile;
    return c;
}

void SourceDialog::setBusy(bool busy, const QString &text)
{
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_result->setText(text);
}

void SourceDialog::test()
{
    const bool redeemed = !m_redeemed.isEmpty();
    auto *job = new AddSourceJob(m_registry, config(), redeemed ? m_redeemed : m_token->text().toUtf8(), this);
    job->setTestOnly(true);
    job->setRedeemed(redeemed);
    setBusy(true, tr("Testing…"));
    startJob(job, this, [this](AddSourceJob *tested) {
        const SourceKind *kind = sourcekinds::find(m_kind);
        if (!tested->failed() && kind && kind->redeem)
            m_redeemed = deepCopy(tested->token()); // the credential is spent: Save uses what it was exchanged for
        setBusy(false, tested->failed()
                           ? tested->error().message
                           : tr("It works: %n workspace(s) listed.", nullptr, int(tested->workspaces().size())));
    });
}

void SourceDialog::save()
{
    const SourceConfig c = config();
    const auto store = [this, c](const QByteArray &token, bool redeemed) {
        // The job tests the settings before it stores anything: a typo loses nothing.
        auto *job = new AddSourceJob(m_registry, c, token, this);
        job->setReplace(m_editing);
        job->setRedeemed(redeemed);
        setBusy(true, tr("Checking and saving…"));
        startJob(job, this, [this, c](AddSourceJob *saved) {
            setBusy(false, saved->failed() ? saved->error().message : QString());
            if (saved->failed())
                return;
            Q_EMIT added(c.name);
            accept();
        });
    };
    if (!m_redeemed.isEmpty()) {
        store(m_redeemed, true);
        return;
    }
    const QByteArray token = m_token->text().toUtf8().trimmed();
    if (!m_editing || !token.isEmpty()) {
        store(token, false);
        return;
    }
    // Editing without a new token: keep the stored one.
    startJob(secrets::read(c.tokenKey(), this), this, [this, store](SecretJob *read) {
        if (read->failed() || !read->secret()) {
            m_result->setText(tr("The stored token could not be read; paste it again."));
            return;
        }
        store(*read->secret(), true);
    });
}

} // namespace keyport
