#include "workspacespage.h"

#include "appcontext.h"
#include "errorbanner.h"
#include "hostkeydialog.h"
#include "uilog.h"
#include "workspacedelegate.h"
#include "workspacemodel.h"

#include "common/text.h"
#include "identity/keystore.h"
#include "launch/connectjob.h"
#include "launch/launcher.h"
#include "launch/sshcommand.h"
#include "proxy/proxymanager.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"
#include "workspace/registry.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyport {

namespace {

QString humanBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QPushButton *actionButton(const QString &text, const QString &icon, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(AppContext::icon(icon), text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    return b;
}

} // namespace

WorkspacesPage::WorkspacesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new WorkspaceModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search workspaces (Ctrl+K) — project:  tag:  state:  source:"));
    m_search->setAccessibleName(tr("Search workspaces"));
    top->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of workspaces shown"));
    top->addWidget(m_count);
    auto *refresh = new QToolButton(this);
    refresh->setIcon(AppContext::icon(QStringLiteral("refresh")));
    refresh->setText(tr("Refresh all"));
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refresh->setAccessibleName(tr("Refresh all sources"));
    refresh->setToolTip(tr("Refresh all sources (F5)"));
    top->addWidget(refresh);
    layout->addLayout(top);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("workspaces"));
    m_list->setAccessibleName(tr("Workspaces"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new WorkspaceDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(m_list, 1);
    m_proxies = new QTreeWidget(left);
    m_proxies->setObjectName(QStringLiteral("proxies"));
    m_proxies->setAccessibleName(tr("Running proxies"));
    m_proxies->setRootIsDecorated(false);
    m_proxies->setHeaderLabels({ tr("Proxy"), tr("Endpoint"), tr("Connections"), tr("Moved"), QString() });
    m_proxies->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proxies->setMaximumHeight(130);
    m_proxies->hide();
    leftLayout->addWidget(m_proxies);
    split->addWidget(left);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(makeDetails());
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_proxyTimer = new QTimer(this);
    m_proxyTimer->setInterval(1000);
    connect(m_proxyTimer, &QTimer::timeout, this, &WorkspacesPage::updateProxyCounters);
    connect(m_context->proxies(), &ProxyManager::changed, this, &WorkspacesPage::updateProxies);
    connect(m_context->proxies(), &ProxyManager::connectionFailed, this, [this](const QString &id, const Error &e) {
        fail(Error(e.code, tr("Proxy for %1: %2").arg(id, e.message), e.detail));
    });

    connect(m_search, &QLineEdit::textChanged, m_model, &WorkspaceModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%1 of %2").arg(m_model->visibleWorkspaceCount()).arg(m_model->workspaceCount()));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search field connects to the first match.
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (const Workspace *w = m_model->workspaceAt(row)) {
                connectWorkspace(w->id());
                return;
            }
    });
    connect(refresh, &QToolButton::clicked, this, &WorkspacesPage::refreshAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &WorkspacesPage::showSelection);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const Workspace *w = m_model->workspaceAt(index.row()))
            connectWorkspace(w->id());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &WorkspacesPage::contextMenu);
    auto *copy = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copy, &QShortcut::activated, this, [this] {
        if (!currentId().isEmpty())
            copySshCommand(currentId());
    });
    connect(m_context, &AppContext::sourcesChanged, this, [this] {
        rebuildSources();
        refreshAll();
    });
    connect(m_context, &AppContext::settingsChanged, this,
            [this] { m_model->setPinned(m_context->settings().favourites, m_context->settings().recent); });

    // Show what we knew last time at once; the refresh follows.
    rebuildSources();
    QHash<QString, QList<Workspace>> cached;
    for (const Workspace &w : SourceRegistry::cached())
        cached[w.source] << w;
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        m_model->setWorkspaces(it.key(), it.value());
    m_model->setPinned(m_context->settings().favourites, m_context->settings().recent);
}

QWidget *WorkspacesPage::makeDetails()
{
    m_details = new QStackedWidget(this);
    auto *empty =
        new QLabel(tr("Select a workspace to see how to reach it.\n\nEnter or double-click connects."), m_details);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_details->addWidget(empty);

    auto *page = new QWidget(m_details);
    auto *l = new QVBoxLayout(page);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    l->addWidget(m_title);
    m_state = new QLabel(page);
    l->addWidget(m_state);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    l->addLayout(m_form);

    auto *primary = new QHBoxLayout;
    m_connect = actionButton(tr("Connect"), QStringLiteral("connect"), QStringLiteral("connect"), page);
    m_connect->setDefault(true);
    m_connect->setToolTip(tr("Open a terminal with ssh (Enter)"));
    m_code = actionButton(tr("Open in VS Code"), QStringLiteral("editor"), QStringLiteral("openCode"), page);
    m_cursor = actionButton(tr("Open in Cursor"), QStringLiteral("editor"), QStringLiteral("openCursor"), page);
    primary->addWidget(m_connect);
    primary->addWidget(m_code);
    primary->addWidget(m_cursor);
    primary->addStretch();
    l->addLayout(primary);
    auto *secondary = new QHBoxLayout;
    m_proxy = actionButton(tr("Start proxy"), QStringLiteral("proxy"), QStringLiteral("proxy"), page);
    m_startStop = actionButton(tr("Start"), QStringLiteral("start"), QStringLiteral("startStop"), page);
    m_copy = actionButton(tr("Copy ssh command"), QStringLiteral("copy"), QStringLiteral("copySsh"), page);
    m_copy->setToolTip(tr("Copy the ssh command (Ctrl+Shift+C)"));
    m_favourite = actionButton(tr("Favourite"), QStringLiteral("star"), QStringLiteral("favourite"), page);
    m_favourite->setCheckable(true);
    secondary->addWidget(m_proxy);
    secondary->addWidget(m_startStop);
    secondary->addWidget(m_copy);
    secondary->addWidget(m_favourite);
    secondary->addStretch();
    l->addLayout(secondary);
    m_busy = new QLabel(page);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setAccessibleName(tr("Progress"));
    l->addWidget(m_busy);

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
        auto *copyButton = new QToolButton(m_proxyBox);
        copyButton->setIcon(AppContext::icon(QStringLiteral("copy")));
        copyButton->setText(tr("Copy"));
        copyButton->setAccessibleName(tr("Copy the %1 command").arg(tool));
        connect(copyButton, &QToolButton::clicked, line, [line] { QApplication::clipboard()->setText(line->text()); });
        row->addWidget(line, 1);
        row->addWidget(copyButton);
        pl->addRow(tool + QLatin1Char(':'), row);
        m_proxyCommands << line;
    }
    m_proxyBox->hide();
    l->addWidget(m_proxyBox);
    l->addStretch();
    m_details->addWidget(page);

    auto *source = new QWidget(m_details);
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
    connect(refresh, &QPushButton::clicked, this, [this] {
        const QString s = m_model->sourceAt(m_list->currentIndex().row());
        if (!s.isEmpty())
            refreshSource(s);
    });
    auto *rl = new QHBoxLayout;
    rl->addWidget(refresh);
    rl->addStretch();
    sl->addLayout(rl);
    sl->addStretch();
    m_details->addWidget(source);

    connect(m_connect, &QPushButton::clicked, this, [this] { connectWorkspace(currentId()); });
    connect(m_code, &QPushButton::clicked, this, [this] { openInEditor(currentId(), QStringLiteral("code")); });
    connect(m_cursor, &QPushButton::clicked, this, [this] { openInEditor(currentId(), QStringLiteral("cursor")); });
    connect(m_proxy, &QPushButton::clicked, this, [this] {
        if (m_context->proxies()->find(currentId()))
            stopProxy(currentId());
        else
            startProxy(currentId());
    });
    connect(m_startStop, &QPushButton::clicked, this, [this] { startStopWorkspace(currentId()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copySshCommand(currentId()); });
    connect(m_favourite, &QPushButton::clicked, this, [this] { toggleFavourite(currentId()); });
    return m_details;
}

void WorkspacesPage::rebuildSources()
{
    QList<std::pair<QString, QString>> sources;
    for (Source *s : m_context->registry()->sources())
        sources.append({ s->name(), s->describe() });
    m_model->setSources(sources);
}

void WorkspacesPage::refreshAll()
{
    m_banner->clear();
    m_pendingRefresh = 0;
    for (Source *s : m_context->registry()->sources())
        m_pendingRefresh += refreshSource(s->name()) ? 1 : 0;
}

bool WorkspacesPage::refreshSource(const QString &source)
{
    auto status = m_model->sourceStatus(source);
    if (status.refreshing)
        return false; // its answer is on the way
    status.refreshing = true;
    m_model->setSourceStatus(source, status);
    if (m_model->sourceAt(m_list->currentIndex().row()) == source)
        showSource(source);
    // Through the registry, so the user's per-workspace settings apply.
    ListAllJob *job = m_context->registry()->listAll({ source });
    connect(job, &Job::finished, this, [this, job, source] {
        auto s = m_model->sourceStatus(source);
        s.refreshing = false;
        if (job->errors().contains(source)) {
            s.error = job->errors().value(source);
            qCInfo(lcUi) << "source" << source << "failed:" << s.error.message;
        } else {
            s.error = {};
            s.lastRefresh = QDateTime::currentDateTime();
            SourceRegistry::remember({ source }, job->workspaces());
            const QString selected = currentId();
            m_model->setWorkspaces(source, job->workspaces());
            if (!selected.isEmpty())
                select(selected);
        }
        m_model->setSourceStatus(source, s);
        if (m_model->sourceAt(m_list->currentIndex().row()) == source)
            showSource(source);
        else
            showSelection();
        if (m_pendingRefresh > 0 && --m_pendingRefresh == 0)
            Q_EMIT refreshed();
    });
    return true;
}

bool WorkspacesPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

QString WorkspacesPage::currentId() const
{
    const Workspace *w = m_model->workspaceAt(m_list->currentIndex().row());
    return w ? w->id() : QString();
}

void WorkspacesPage::showSelection()
{
    const int row = m_list->currentIndex().row();
    if (const Workspace *w = m_model->workspaceAt(row)) {
        showWorkspace(*w);
        return;
    }
    const QString source = m_model->sourceAt(row);
    if (!source.isEmpty()) {
        showSource(source);
        return;
    }
    m_details->setCurrentIndex(0);
}

void WorkspacesPage::showWorkspace(const Workspace &w)
{
    m_details->setCurrentIndex(1);
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

    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto field = [this](const QString &label, const QString &value, const QString &name) {
        auto *v = new QLabel(value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        v->setObjectName(name);
        v->setAccessibleName(label);
        m_form->addRow(label + QLatin1Char(':'), v);
    };
    field(tr("Host alias"), w.sshAlias(), QStringLiteral("alias"));
    field(tr("User"), w.user.isEmpty() ? tr("(your user name)") : w.user, QStringLiteral("user"));
    field(tr("Transport"), w.transport.describe(), QStringLiteral("transport"));
    QString key = tr("(ssh's defaults and the agent)");
    QString cert;
    if (!w.identityFile.isEmpty()) {
        key = KeyStore().displayName(w.identityFile);
        if (auto info = KeyStore().inspect(w.identityFile); info && info->certificate) {
            const auto left = info->certificate->secondsLeft(QDateTime::currentDateTimeUtc());
            cert = !left       ? tr("valid, no expiry")
                   : *left > 0 ? tr("%1 left").arg(formatDuration(*left))
                               : tr("expired %1 ago").arg(formatDuration(-*left));
        }
    }
    field(tr("Key"), key, QStringLiteral("key"));
    QString hostKey;
    if (!w.existingAlias.isEmpty()) {
        hostKey = tr("checked by ssh against your known_hosts");
    } else {
        const KnownHosts pins(ManagedSshConfig(m_context->cliPath()).knownHostsPath());
        if (auto pinned = pins.pinned(w.id()))
            hostKey = tr("%1 (pinned)").arg(pinned->fingerprint());
        else
            hostKey = tr("not pinned yet: you will be asked on first connect");
    }
    field(tr("Host key"), hostKey, QStringLiteral("hostKey"));
    if (!cert.isEmpty())
        field(tr("Certificate"), cert, QStringLiteral("certificate"));
    field(tr("Agent forwarding"), w.agentForwarding ? tr("on") : tr("off"), QStringLiteral("agentForwarding"));

    const auto proxy = m_context->proxies()->find(w.id());
    field(tr("Proxy"), proxy ? tr("running on %1").arg(proxy->endpoint()) : tr("not running"),
          QStringLiteral("proxyState"));
    m_proxy->setText(proxy ? tr("Stop proxy") : tr("Start proxy"));
    m_proxy->setAccessibleName(m_proxy->text());
    m_proxyBox->setVisible(bool(proxy));
    if (proxy) {
        const auto c = sshcommand::proxyCommands(w, proxy->server->address().toString(), proxy->server->port(),
                                                 ManagedSshConfig(m_context->cliPath()).knownHostsPath());
        m_proxyEndpoint->setText(proxy->endpoint());
        const QStringList commands { c.ssh, c.sftp, c.scp, c.rsync };
        for (int i = 0; i < m_proxyCommands.size(); ++i)
            m_proxyCommands[i]->setText(commands[i]);
    }
    Source *source = m_context->registry()->find(w.source);
    const bool canStartStop =
        source && (source->kind() == QLatin1String("knot") || source->kind() == QLatin1String("jupyterhub"));
    m_startStop->setVisible(canStartStop);
    m_startStop->setText(w.state == WorkspaceState::Stopped ? tr("Start") : tr("Stop"));
    m_startStop->setIcon(
        AppContext::icon(w.state == WorkspaceState::Stopped ? QStringLiteral("start") : QStringLiteral("stop")));
    m_startStop->setAccessibleName(m_startStop->text());
    const bool favourite = m_context->settings().favourites.contains(w.id());
    m_favourite->setChecked(favourite);
    m_favourite->setText(favourite ? tr("Favourite ★") : tr("Favourite"));
}

void WorkspacesPage::showSource(const QString &source)
{
    m_details->setCurrentIndex(2);
    const auto status = m_model->sourceStatus(source);
    m_sourceTitle->setText(QStringLiteral("<h2>%1</h2>").arg(source.toHtmlEscaped()));
    QString info = status.description.toHtmlEscaped();
    if (status.refreshing)
        info += QStringLiteral("<br>") + tr("Refreshing…");
    else if (status.lastRefresh.isValid())
        info += QStringLiteral("<br>")
                + tr("Last refreshed at %1.").arg(QLocale().toString(status.lastRefresh, QLocale::ShortFormat));
    m_sourceInfo->setText(info);
    if (status.error.isError() && !status.refreshing)
        m_sourceError->showError(status.error);
    else
        m_sourceError->clear();
}

void WorkspacesPage::updateProxies()
{
    // Rows and stop buttons change only when a proxy starts or stops; the timer updates the counters.
    const auto running = m_context->proxies()->running();
    QSet<QString> ids;
    m_proxies->clear();
    for (const auto &p : running) {
        ids.insert(p.workspace.id());
        auto *item = new QTreeWidgetItem(m_proxies);
        item->setText(0, p.workspace.id());
        item->setText(1, p.endpoint());
        auto *stop = new QToolButton(m_proxies);
        stop->setText(tr("Stop"));
        stop->setAccessibleName(tr("Stop the proxy for %1").arg(p.workspace.id()));
        const QString id = p.workspace.id();
        connect(stop, &QToolButton::clicked, this, [this, id] { stopProxy(id); });
        m_proxies->setItemWidget(item, 4, stop);
    }
    updateProxyCounters();
    m_proxies->setVisible(!running.isEmpty());
    if (running.isEmpty())
        m_proxyTimer->stop();
    else if (!m_proxyTimer->isActive())
        m_proxyTimer->start();
    m_model->setProxies(ids);
}

void WorkspacesPage::updateProxyCounters()
{
    for (int i = 0; i < m_proxies->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_proxies->topLevelItem(i);
        if (const auto p = m_context->proxies()->find(item->text(0))) {
            item->setText(2, QString::number(p->server->openConnections()));
            item->setText(3, humanBytes(p->server->bytesMoved()));
        }
    }
}

void WorkspacesPage::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    const QString source = m_model->sourceAt(index.row());
    QMenu menu(this);
    if (!source.isEmpty()) {
        menu.addAction(AppContext::icon(QStringLiteral("refresh")), tr("Refresh %1").arg(source), this,
                       [this, source] { refreshSource(source); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
        return;
    }
    const Workspace *w = m_model->workspaceAt(index.row());
    if (!w)
        return;
    const QString id = w->id();
    menu.addAction(AppContext::icon(QStringLiteral("connect")), tr("Connect"), this,
                   [this, id] { connectWorkspace(id); });
    menu.addAction(AppContext::icon(QStringLiteral("editor")), tr("Open in VS Code"), this,
                   [this, id] { openInEditor(id, QStringLiteral("code")); });
    menu.addAction(AppContext::icon(QStringLiteral("editor")), tr("Open in Cursor"), this,
                   [this, id] { openInEditor(id, QStringLiteral("cursor")); });
    const bool proxy = bool(m_context->proxies()->find(id));
    menu.addAction(AppContext::icon(QStringLiteral("proxy")), proxy ? tr("Stop proxy") : tr("Start proxy"), this,
                   [this, id, proxy] { proxy ? stopProxy(id) : startProxy(id); });
    Source *s = m_context->registry()->find(w->source);
    if (s && (s->kind() == QLatin1String("knot") || s->kind() == QLatin1String("jupyterhub")))
        menu.addAction(w->state == WorkspaceState::Stopped ? tr("Start workspace") : tr("Stop workspace"), this,
                       [this, id] { startStopWorkspace(id); });
    auto *copy = menu.addAction(AppContext::icon(QStringLiteral("copy")), tr("Copy ssh command"), this,
                                [this, id] { copySshCommand(id); });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    menu.addAction(m_context->settings().favourites.contains(id) ? tr("Remove from favourites")
                                                                 : tr("Add to favourites"),
                   this, [this, id] { toggleFavourite(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void WorkspacesPage::busy(const QString &text)
{
    m_busy->setText(text);
}

void WorkspacesPage::fail(const Error &e)
{
    busy({});
    if (e.code == ErrorCode::Cancelled)
        return;
    m_banner->showError(e);
}

Result<Workspace> WorkspacesPage::lookup(const QString &id) const
{
    // Listed now, or known from the last listing (a link may name a workspace of a source still refreshing).
    if (const Workspace *listed = m_model->workspace(id))
        return *listed;
    if (auto cached = SourceRegistry::cachedWorkspace(id))
        return *cached;
    return Error(ErrorCode::NotFound,
                 tr("No workspace %1: refresh its source, or check the name.").arg(printable(id, 80)));
}

void WorkspacesPage::withRunning(const QString &id, std::function<void(const Workspace &)> then)
{
    const Result<Workspace> w = lookup(id);
    if (!w) {
        fail(w.error());
        return;
    }
    m_banner->clear();
    if (w->state != WorkspaceState::Stopped) {
        then(*w);
        return;
    }
    auto *ask =
        new QMessageBox(QMessageBox::Question, tr("Start %1?").arg(id), tr("%1 is stopped. Start it now?").arg(id),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    connect(ask, &QMessageBox::finished, this, [this, ask, w = *w, then](int) {
        if (ask->clickedButton() != ask->button(QMessageBox::Yes))
            return;
        Source *source = m_context->registry()->find(w.source);
        if (!source)
            return;
        busy(tr("Starting %1…").arg(w.id()));
        Job *job = source->start(w);
        connect(job, &Job::finished, this, [this, job, w, then] {
            if (job->failed()) {
                fail(job->error());
                return;
            }
            // Its address may only be known now.
            ListAllJob *list = m_context->registry()->listAll({ w.source });
            connect(list, &Job::finished, this, [this, list, w, then] {
                busy({});
                for (const Workspace &fresh : list->workspaces())
                    if (fresh.id() == w.id()) {
                        SourceRegistry::remember({ w.source }, list->workspaces());
                        m_model->setWorkspaces(w.source, list->workspaces());
                        then(fresh);
                        return;
                    }
                fail(Error(ErrorCode::NotFound, tr("%1 started but is not listed any more.").arg(w.id())));
            });
        });
        job->start();
    });
    ask->open();
}

void WorkspacesPage::prepare(const Workspace &w, bool includeInUserConfig, std::function<void(const Workspace &)> then)
{
    ConnectJob::Options options;
    options.cliPath = m_context->cliPath();
    options.includeInUserConfig = includeInUserConfig || m_context->settings().sshConfigIntegration;
    options.agentLifetimeSeconds = m_context->settings().agentLifetimeMinutes * 60;
    options.prompt = m_context->passphrasePrompt(this);
    auto *job = new ConnectJob(m_context->registry(), w, options, this);
    busy(tr("Preparing %1…").arg(w.id()));
    connect(job, &Job::progress, this, &WorkspacesPage::busy);
    connect(job, &ConnectJob::hostKeyUnknown, this, [this, job](const PublicKey &offered) {
        auto *dialog = HostKeyDialog::unknownKey(job->workspace().id(), offered, this);
        connect(dialog, &QDialog::finished, job, [job](int result) { job->trustHostKey(result == QDialog::Accepted); });
        dialog->open();
    });
    connect(job, &Job::finished, this, [this, job, then] {
        busy({});
        if (!job->agentNote().isEmpty())
            m_banner->showNote(
                tr("The key was not added to the agent (%1); ssh will ask for its passphrase.").arg(job->agentNote()));
        if (job->failed()) {
            if (job->hostKeyChanged()) {
                HostKeyDialog::changedKey(job->workspace().id(), job->offeredKey(), job->error().message, this)->open();
                m_banner->showError(job->error());
                return;
            }
            fail(job->error());
            return;
        }
        if (const Workspace *shown = m_model->workspaceAt(m_list->currentIndex().row());
            shown && shown->id() == job->workspace().id())
            showWorkspace(*shown); // the host key is pinned now
        then(job->workspace());
    });
    job->start();
}

void WorkspacesPage::connectWorkspace(const QString &id)
{
    if (id.isEmpty())
        return;
    withRunning(id, [this](const Workspace &found) {
        prepare(found, false, [this](const Workspace &w) {
            const AppSettings &s = m_context->settings();
            const QStringList argv = sshcommand::sshArgv(w, m_context->cliPath(), { {}, s.agentForwardingDefault });
            Result<LaunchCommand> command = Error(ErrorCode::NotFound, QString());
            if (s.terminal == QLatin1String("custom")) {
                command = customTerminalCommand(s.terminalTemplate, argv, w.sshAlias());
            } else {
                const QList<Terminal> terminals = detectTerminals();
                const auto it = std::find_if(terminals.cbegin(), terminals.cend(),
                                             [&s](const Terminal &t) { return t.id == s.terminal; });
                if (it != terminals.cend())
                    command = terminalCommand(*it, argv);
                else if (!terminals.isEmpty())
                    command = terminalCommand(terminals.first(), argv);
                else
                    command = Error(ErrorCode::NotFound,
                                    tr("No terminal program was found. Choose one, or a custom command, in Settings."));
            }
            if (!command) {
                fail(command.error());
                return;
            }
            if (auto ok = launchDetached(*command); !ok) {
                fail(ok.error());
                return;
            }
            qCInfo(lcUi) << "terminal started for" << w.id();
            m_context->updateSettings([&w](AppSettings &a) { a.touchRecent(w.id()); });
            busy(tr("Opened a terminal for %1.").arg(w.id()));
            Q_EMIT launched(w.id());
        });
    });
}

void WorkspacesPage::openInEditor(const QString &id, const QString &editor, const QString &path)
{
    if (id.isEmpty())
        return;
    auto editorPath = findEditor(editor);
    if (!editorPath) {
        fail(editorPath.error());
        return;
    }
    const QString program = *editorPath;
    withRunning(id, [this, program, path](const Workspace &found) {
        const auto launch = [this, program, path](const Workspace &w) {
            if (auto ok = launchDetached(editorCommand(program, w.sshAlias(), path)); !ok) {
                fail(ok.error());
                return;
            }
            m_context->updateSettings([&w](AppSettings &a) { a.touchRecent(w.id()); });
            busy(tr("Opening %1 in %2.").arg(w.sshAlias(), QFileInfo(program).fileName()));
            Q_EMIT launched(w.id());
        };
        const ManagedSshConfig config(m_context->cliPath());
        if (!found.existingAlias.isEmpty() || config.isIncluded() || m_context->settings().sshConfigIntegration) {
            prepare(found, true, launch);
            return;
        }
        // Editors read ~/.ssh/config: it must include ours. Show exactly what changes first.
        auto plan = config.planWrite(SourceRegistry::cached(), true);
        if (!plan) {
            fail(plan.error());
            return;
        }
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Add Keyport's hosts to your ssh config?"),
                                    tr("Editors find %1 through ~/.ssh/config. Keyport will add one line at its top:"
                                       "\n\n%2\n\nRemove it any time in Settings.")
                                        .arg(found.sshAlias(), config.includeLine()),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        ask->setDetailedText(ManagedSshConfig::diff(*plan));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowModality(Qt::WindowModal);
        connect(ask, &QMessageBox::finished, this, [this, ask, found, launch](int) {
            if (ask->clickedButton() != ask->button(QMessageBox::Yes))
                return;
            m_context->updateSettings([](AppSettings &a) { a.sshConfigIntegration = true; });
            prepare(found, true, launch);
        });
        ask->open();
    });
}

void WorkspacesPage::startProxy(const QString &id)
{
    const Result<Workspace> w = lookup(id);
    if (!w) {
        fail(w.error());
        return;
    }
    auto started = m_context->proxies()->start(*w);
    if (!started) {
        fail(started.error());
        return;
    }
    qCInfo(lcUi) << "proxy for" << id << "on" << started->endpoint();
    select(id);
    showSelection();
}

void WorkspacesPage::stopProxy(const QString &id)
{
    m_context->proxies()->stop(id);
    showSelection();
}

void WorkspacesPage::startStopWorkspace(const QString &id)
{
    const Workspace *found = m_model->workspace(id);
    if (!found)
        return;
    const Workspace w = *found;
    Source *source = m_context->registry()->find(w.source);
    if (!source)
        return;
    const bool start = w.state == WorkspaceState::Stopped;
    busy(start ? tr("Starting %1…").arg(id) : tr("Stopping %1…").arg(id));
    Job *job = start ? source->start(w) : source->stop(w);
    connect(job, &Job::finished, this, [this, job, w, start] {
        if (job->failed()) {
            fail(job->error());
            return;
        }
        busy(start ? tr("Started %1.").arg(w.id()) : tr("Stopped %1.").arg(w.id()));
        refreshSource(w.source);
    });
    job->start();
}

void WorkspacesPage::copySshCommand(const QString &id)
{
    const Workspace *w = m_model->workspace(id);
    if (!w)
        return;
    // The command names the managed config: make sure it has this workspace.
    if (w->existingAlias.isEmpty())
        if (auto ok = sshcommand::writeManagedConfig(m_context->cliPath(), m_context->settings().sshConfigIntegration);
            !ok) {
            fail(ok.error());
            return;
        }
    const QString line = sshcommand::sshCommandLine(*w, m_context->cliPath());
    QApplication::clipboard()->setText(line);
    busy(tr("Copied: %1").arg(line));
}

void WorkspacesPage::toggleFavourite(const QString &id)
{
    if (id.isEmpty())
        return;
    m_context->updateSettings([&id](AppSettings &a) {
        if (!a.favourites.removeOne(id))
            a.favourites << id;
    });
    select(id);
    showSelection();
}

void WorkspacesPage::perform(const KeyportUrl &url)
{
    select(url.workspaceId);
    switch (url.action) {
    case KeyportUrl::Action::Connect:
        connectWorkspace(url.workspaceId);
        break;
    case KeyportUrl::Action::Open:
        openInEditor(url.workspaceId, url.editor.isEmpty() ? m_context->settings().editor : url.editor, url.path);
        break;
    case KeyportUrl::Action::Proxy:
        startProxy(url.workspaceId);
        break;
    }
}

} // namespace keyport
