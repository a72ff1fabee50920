#include "workspacedetails.h"

#include "appcontext.h"
#include "errorbanner.h"
#include "flowlayout.h"

#include "common/text.h"
#include "launch/sshcommand.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace keyport {

namespace {

QPushButton *actionButton(const QString &text, const QString &icon, const QString &objectName, QWidget *parent,
                          const QString &toolTip = {})
{
    auto *b = new QPushButton(AppContext::icon(icon), text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    b->setToolTip(toolTip);
    // The tooltip to restore once the button is usable again.
    b->setProperty("usableToolTip", toolTip);
    return b;
}

enum Page { Nothing, WorkspacePage, SourcePage };

} // namespace

WorkspaceDetails::WorkspaceDetails(QWidget *parent)
    : QStackedWidget(parent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WorkspaceDetails::showCertificateLeft);
    auto *empty = new QLabel(tr("Select a workspace to see how to reach it.\n\nEnter or double-click connects."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    addWidget(empty);
    addWidget(makeWorkspacePage());
    addWidget(makeSourcePage());
}

QWidget *WorkspaceDetails::makeWorkspacePage()
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    l->addWidget(m_title);
    m_state = new QLabel(page);
    l->addWidget(m_state);
    m_notice = new QLabel(page);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    l->addWidget(m_notice);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    l->addLayout(m_form);

    // Rows that wrap: the pane never needs a horizontal scroll bar for them.
    auto *primary = new FlowLayout;
    auto *connectButton = actionButton(tr("Connect"), QStringLiteral("connect"), QStringLiteral("connect"), page,
                                       tr("Open a terminal with ssh (Enter)"));
    connectButton->setDefault(true);
    auto *code = actionButton(tr("Open in VS Code"), QStringLiteral("editor"), QStringLiteral("openCode"), page);
    auto *cursor = actionButton(tr("Open in Cursor"), QStringLiteral("editor"), QStringLiteral("openCursor"), page);
    auto *files = actionButton(tr("Browse files"), QStringLiteral("workspace"), QStringLiteral("browseFiles"), page,
                               tr("Browse, upload and download the workspace's files"));
    primary->addWidget(connectButton);
    primary->addWidget(code);
    primary->addWidget(cursor);
    primary->addWidget(files);
    l->addLayout(primary);
    auto *secondary = new FlowLayout;
    m_proxy = actionButton(tr("Start proxy"), QStringLiteral("proxy"), QStringLiteral("proxy"), page);
    m_startStop = actionButton(tr("Start"), QStringLiteral("start"), QStringLiteral("startStop"), page);
    auto *copy = actionButton(tr("Copy ssh command"), QStringLiteral("copy"), QStringLiteral("copySsh"), page,
                              tr("Copy the ssh command (Ctrl+Shift+C)"));
    using Action = LaunchRequest::Action;
    m_launches = { { connectButton, Action::Terminal }, { code, Action::Editor },   { cursor, Action::Editor },
                   { files, Action::Prepare },          { m_proxy, Action::Proxy }, { copy, Action::Shell } };
    m_favourite = actionButton(tr("Favourite"), QStringLiteral("star"), QStringLiteral("favourite"), page);
    m_favourite->setCheckable(true);
    secondary->addWidget(m_proxy);
    secondary->addWidget(m_startStop);
    secondary->addWidget(copy);
    secondary->addWidget(m_favourite);
    auto *explain = actionButton(tr("Can't log in?"), QStringLiteral("key"), QStringLiteral("explainLogin"), page,
                                 tr("Which key this workspace offers, and why a login may be refused"));
    secondary->addWidget(explain);
    connect(explain, &QPushButton::clicked, this, &WorkspaceDetails::explainLoginRequested);
    l->addLayout(secondary);
    m_busy = new QLabel(page);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setAccessibleName(tr("Progress"));
    m_busy->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelLaunch"));
    m_cancel->setAccessibleName(tr("Cancel what is being prepared"));
    m_cancel->hide();
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancel);
    l->addLayout(busyRow);
    connect(m_cancel, &QPushButton::clicked, this, &WorkspaceDetails::cancelRequested);

    m_proxyBox = new QWidget(page);
    auto *pl = new QFormLayout(m_proxyBox);
    pl->setContentsMargins(0, 8, 0, 0);
    m_proxyEndpoint = new QLabel(m_proxyBox);
    m_proxyEndpoint->setObjectName(QStringLiteral("proxyEndpoint"));
    m_proxyEndpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addRow(tr("Proxy endpoint:"), m_proxyEndpoint);
    for (const QString &tool :
         { QStringLiteral("ssh"), QStringLiteral("sftp"), QStringLiteral("scp"), QStringLiteral("rsync") }) {
        auto *row = new QHBoxLayout;
        auto *line = new QLineEdit(m_proxyBox);
        line->setReadOnly(true);
        line->setObjectName(QStringLiteral("proxy-") + tool);
        line->setAccessibleName(tr("%1 command for the proxy").arg(tool));
        row->addWidget(line, 1);
        row->addWidget(copyButton(m_proxyBox, tr("Copy the %1 command").arg(tool), [line] { return line->text(); }));
        pl->addRow(tool + QLatin1Char(':'), row);
        m_proxyCommands << line;
    }
    // Short by default, as the seed's; the pinned host key and the key on request.
    m_proxyPinned = new QCheckBox(tr("with Keyport's known_hosts"), m_proxyBox);
    m_proxyPinned->setObjectName(QStringLiteral("proxyKnownHosts"));
    m_proxyPinned->setToolTip(tr("Check the host key Keyport pinned and offer the workspace's key, instead of ssh "
                                 "asking about the host key itself"));
    pl->addRow(QString(), m_proxyPinned);
    connect(m_proxyPinned, &QCheckBox::toggled, this, &WorkspaceDetails::showProxyCommands);
    m_proxyBox->hide();
    l->addWidget(m_proxyBox);
    l->addStretch();

    connect(connectButton, &QPushButton::clicked, this, &WorkspaceDetails::connectRequested);
    connect(code, &QPushButton::clicked, this, [this] { Q_EMIT editorRequested(QStringLiteral("code")); });
    connect(cursor, &QPushButton::clicked, this, [this] { Q_EMIT editorRequested(QStringLiteral("cursor")); });
    connect(files, &QPushButton::clicked, this, &WorkspaceDetails::filesRequested);
    connect(m_proxy, &QPushButton::clicked, this, &WorkspaceDetails::proxyToggled);
    connect(m_startStop, &QPushButton::clicked, this, &WorkspaceDetails::startStopRequested);
    connect(copy, &QPushButton::clicked, this, &WorkspaceDetails::copyRequested);
    connect(m_favourite, &QPushButton::clicked, this, &WorkspaceDetails::favouriteToggled);
    return page;
}

void WorkspaceDetails::showProxyCommands()
{
    const auto c = sshcommand::proxyCommands(m_proxyFor, m_proxyHost, m_proxyPort,
                                             m_proxyPinned->isChecked() ? m_knownHostsPath : QString());
    const QStringList commands { c.ssh, c.sftp, c.scp, c.rsync };
    for (int i = 0; i < m_proxyCommands.size(); ++i) {
        m_proxyCommands[i]->setText(commands[i]);
        m_proxyCommands[i]->setToolTip(commands[i]);
        m_proxyCommands[i]->setCursorPosition(0); // the start says what the command is
    }
}

QWidget *WorkspaceDetails::makeSourcePage()
{
    auto *source = new QWidget(this);
    auto *sl = new QVBoxLayout(source);
    m_sourceTitle = new QLabel(source);
    m_sourceTitle->setObjectName(QStringLiteral("sourceTitle"));
    sl->addWidget(m_sourceTitle);
    m_sourceInfo = new QLabel(source);
    m_sourceInfo->setWordWrap(true);
    m_sourceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(m_sourceInfo);
    m_sourceError = new ErrorBanner(source);
    sl->addWidget(m_sourceError);
    auto *refresh = actionButton(tr("Refresh"), QStringLiteral("refresh"), QStringLiteral("refreshSource"), source);
    connect(refresh, &QPushButton::clicked, this, &WorkspaceDetails::refreshSourceRequested);
    auto *rl = new QHBoxLayout;
    rl->addWidget(refresh);
    rl->addStretch();
    sl->addLayout(rl);
    sl->addStretch();
    return source;
}

void WorkspaceDetails::showNothing()
{
    m_tick->stop();
    setCurrentIndex(Nothing);
}

void WorkspaceDetails::setBusy(const QString &text, bool cancellable)
{
    m_busy->setText(text);
    m_cancel->setVisible(cancellable);
}

QLabel *WorkspaceDetails::field(const QString &label, const QString &value, const QString &name, const QString &copied)
{
    auto *v = new QLabel(value);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    v->setObjectName(name);
    v->setAccessibleName(label);
    // A word too long to wrap (a fingerprint, a URL) must not widen the pane
    // into a horizontal scroll bar: it is cut at the edge, whole in the
    // tooltip, and a button next to it copies it.
    const QStringList words = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (!std::any_of(words.begin(), words.end(), [](const QString &w) { return w.size() > 32; })) {
        m_form->addRow(label + QLatin1Char(':'), v);
        return v;
    }
    // One line: a wrapped label next to a button asks the form for the height
    // of a narrower one, and the row grows blank lines.
    v->setWordWrap(false);
    v->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->setToolTip(value);
    auto *row = new QWidget;
    auto *l = new QHBoxLayout(row);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(v, 1);
    QToolButton *copy =
        copyButton(row, tr("Copy %1").arg(label), [text = copied.isEmpty() ? value : copied] { return text; });
    copy->setObjectName(name + QStringLiteral("Copy"));
    l->addWidget(copy, 0, Qt::AlignTop);
    m_form->addRow(label + QLatin1Char(':'), row);
    return v;
}

QToolButton *WorkspaceDetails::copyButton(QWidget *parent, const QString &what, std::function<QString()> text)
{
    auto *b = new QToolButton(parent);
    b->setIcon(AppContext::icon(QStringLiteral("copy")));
    b->setText(tr("Copy"));
    b->setToolTip(what);
    b->setAccessibleName(what);
    connect(b, &QToolButton::clicked, b, [text = std::move(text)] { QApplication::clipboard()->setText(text()); });
    return b;
}

void WorkspaceDetails::showCertificateLeft()
{
    if (!m_certificate || !m_certificateField) {
        m_tick->stop();
        return;
    }
    m_certificateField->setText(m_certificate->statusText(QDateTime::currentDateTimeUtc()) + QLatin1Char('\n')
                                + m_certificate->aboutText());
}

void WorkspaceDetails::showWorkspace(const Shown &shown)
{
    const Workspace &w = shown.workspace;
    setCurrentIndex(WorkspacePage);
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(printable(w.id(), 120).toHtmlEscaped()));
    QString state;
    switch (w.state) {
    case WorkspaceState::Running:
        state = tr("Running");
        break;
    case WorkspaceState::Starting:
        state = tr("Starting");
        break;
    case WorkspaceState::Stopping:
        state = tr("Stopping");
        break;
    case WorkspaceState::Stopped:
        state = tr("Stopped");
        break;
    case WorkspaceState::Unknown:
        state = tr("State unknown");
        break;
    }
    QStringList where;
    if (!w.project.isEmpty())
        where << tr("project %1").arg(w.project);
    if (!w.service.isEmpty())
        where << tr("service %1").arg(w.service);
    if (!w.tags.isEmpty())
        where << tr("tags %1").arg(w.tags.join(QStringLiteral(", ")));
    m_state->setText(where.isEmpty() ? state : state + QStringLiteral(" · ") + where.join(QStringLiteral(" · ")));
    m_notice->setVisible(!w.unreachable.isEmpty() || w.commandsOnly());
    m_notice->setText(!w.unreachable.isEmpty()
                          ? tr("Cannot be connected: %1").arg(w.unreachable)
                          : tr("Its entry host runs a shell or a command only: no editor, Files view or proxy port."));
    // Say why a button cannot work before it is pressed, as the launch would.
    for (const auto &[button, action] : std::as_const(m_launches)) {
        const Status served = LaunchJob::canServe(w, action);
        const bool stoppable = button == m_proxy && shown.proxy; // a running proxy can always stop
        button->setEnabled(served.ok() || stoppable);
        button->setToolTip(served.ok() || stoppable ? button->property("usableToolTip").toString()
                                                    : served.error().message);
    }

    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    field(tr("Host alias"), w.sshAlias(), QStringLiteral("alias"));
    field(tr("User"), w.user.isEmpty() ? tr("(your user name)") : w.user, QStringLiteral("user"));
    field(tr("Transport"), w.transport.describe(), QStringLiteral("transport"));
    const QString reading = tr("reading…");
    QString key = tr("(ssh's defaults and the agent)");
    m_certificate.reset();
    if (!w.identityFile.isEmpty()) {
        key = shown.facts ? shown.facts->keyName : reading;
        if (!w.identity.isEmpty())
            key = tr("%1 (identity \"%2\")").arg(key, w.identity);
        if (shown.facts && !shown.facts->keyProblem.isEmpty())
            key += QStringLiteral(" — ") + shown.facts->keyProblem;
        if (shown.facts)
            m_certificate = shown.facts->certificate;
    }
    field(tr("Key"), key, QStringLiteral("key"));
    QString hostKey, hostKeyCopied; // the fingerprint alone
    const auto vouched = PublicKey::fromOpenSshLine(w.vouchedHostKey.toUtf8());
    if (!w.existingAlias.isEmpty()) {
        hostKey = tr("checked by ssh against your known_hosts");
    } else if (!shown.facts) {
        hostKey = reading;
    } else if (!shown.facts->pinProblem.isEmpty()) {
        hostKey = shown.facts->pinProblem;
    } else if (shown.facts->pinnedHostKey) {
        hostKeyCopied = shown.facts->pinnedHostKey->fingerprint();
        hostKey = tr("%1 (pinned)").arg(hostKeyCopied);
    } else if (vouched) {
        // A source's authenticated API vouches for it: pinned on connect, never asked.
        hostKeyCopied = vouched->fingerprint();
        hostKey = tr("%1, from %2: pinned when you connect").arg(hostKeyCopied, w.source);
    } else if (w.certified) {
        hostKey = tr("%1 sent none: connecting refuses until it does").arg(w.source);
    } else {
        hostKey = tr("not pinned yet: you will be asked on first connect");
    }
    field(tr("Host key"), hostKey, QStringLiteral("hostKey"), hostKeyCopied);
    m_certificateField = nullptr;
    if (m_certificate) {
        m_certificateField = field(tr("Certificate"), QString(), QStringLiteral("certificate"));
        showCertificateLeft();
        m_tick->start();
    } else {
        m_tick->stop();
        if (w.certified)
            field(tr("Certificate"), tr("none yet: %1 issues one when you connect").arg(w.source),
                  QStringLiteral("certificate"));
    }
    field(tr("Agent forwarding"), w.agentForwarding ? tr("on") : tr("off"), QStringLiteral("agentForwarding"));
    // What the source reports beyond that (resources, role), in its words but one line each.
    for (int i = 0; i < w.details.size(); ++i)
        field(printable(w.details[i].label, 60), printable(w.details[i].value, 200),
              QStringLiteral("reported%1").arg(i));

    const auto &proxy = shown.proxy;
    field(tr("Proxy"), proxy ? tr("running on %1").arg(proxy->endpoint()) : tr("not running"),
          QStringLiteral("proxyState"));
    m_proxy->setText(proxy ? tr("Stop proxy") : tr("Start proxy"));
    m_proxy->setAccessibleName(m_proxy->text());
    m_proxyBox->setVisible(bool(proxy));
    if (proxy) {
        m_proxyFor = w;
        m_proxyHost = proxy->server->address().toString();
        m_proxyPort = proxy->server->port();
        m_knownHostsPath = shown.knownHostsPath;
        m_proxyEndpoint->setText(proxy->endpoint());
        showProxyCommands();
    }
    m_startStop->setVisible(shown.canStartStop);
    m_startStop->setText(w.state == WorkspaceState::Stopped ? tr("Start") : tr("Stop"));
    m_startStop->setIcon(
        AppContext::icon(w.state == WorkspaceState::Stopped ? QStringLiteral("start") : QStringLiteral("stop")));
    m_startStop->setAccessibleName(m_startStop->text());
    m_favourite->setChecked(shown.favourite);
    m_favourite->setText(shown.favourite ? tr("Favourite ★") : tr("Favourite"));
}

void WorkspaceDetails::showSource(const SourceShown &source)
{
    m_tick->stop();
    setCurrentIndex(SourcePage);
    m_sourceTitle->setText(QStringLiteral("<h2>%1</h2>").arg(source.name.toHtmlEscaped()));
    QString info = source.description.toHtmlEscaped();
    if (source.refreshing)
        info += QStringLiteral("<br>") + tr("Refreshing…");
    else if (source.lastRefresh.isValid())
        info += QStringLiteral("<br>")
                + tr("Last refreshed at %1.").arg(QLocale().toString(source.lastRefresh, QLocale::ShortFormat));
    m_sourceInfo->setText(info);
    if (source.error.isError() && !source.refreshing)
        m_sourceError->showError(source.error);
    else
        m_sourceError->clear();
}

} // namespace keyport
