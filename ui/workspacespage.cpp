#include "workspacespage.h"

#include "appcontext.h"
#include "dialogquestions.h"
#include "errorbanner.h"
#include "filesview.h"
#include "hostkeydialog.h"
#include "proxiespanel.h"
#include "uilog.h"
#include "workspacedelegate.h"
#include "workspacedetails.h"
#include "workspacemodel.h"

#include "common/text.h"
#include "launch/sshcommand.h"
#include "launch/sshconfigjob.h"
#include "proxy/proxymanager.h"
#include "session/transferqueue.h"
#include "sshconfig/managedconfig.h"
#include "workspace/identityjobs.h"
#include "workspace/registry.h"
#include "workspace/workspacejobs.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyport {

WorkspacesPage::WorkspacesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new WorkspaceModel(this))
    , m_questions(std::make_unique<DialogQuestions>(context, this))
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
    // What a first run shows in place of an empty list: the three ways in.
    m_welcome = new QFrame(left);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    static_cast<QFrame *>(m_welcome)->setFrameShape(QFrame::StyledPanel);
    auto *wl = new QVBoxLayout(m_welcome);
    auto *hello = new QLabel(tr("<h3>Nothing to connect to yet</h3>Keyport lists the workspaces of your "
                                "~/.ssh/config hosts and of the sources you add. Three ways in:"),
                             m_welcome);
    hello->setWordWrap(true);
    wl->addWidget(hello);
    const auto step = [this, wl](const QString &text, const QString &button, const QString &name, auto signal) {
        auto *row = new QWidget(m_welcome);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, row);
        label->setWordWrap(true);
        auto *b = new QPushButton(button, row);
        b->setObjectName(name);
        rl->addWidget(label, 1);
        rl->addWidget(b);
        wl->addWidget(row);
        connect(b, &QPushButton::clicked, this, signal);
        return row;
    };
    m_welcomeKey =
        step(tr("You have no SSH key yet: make one (its passphrase goes into your keychain), or bring "
                "one you have."),
             tr("Generate a key…"), QStringLiteral("welcomeGenerateKey"), &WorkspacesPage::generateKeyRequested);
    if (auto *import = m_welcomeKey->findChild<QHBoxLayout *>()) {
        auto *b = new QPushButton(tr("Import a key…"), m_welcomeKey);
        b->setObjectName(QStringLiteral("welcomeImportKey"));
        import->addWidget(b);
        connect(b, &QPushButton::clicked, this, &WorkspacesPage::importKeyRequested);
    }
    step(tr("Add where your workspaces live: a knot server, a JupyterHub, a spaces control plane or Northflank."),
         tr("Add a source…"), QStringLiteral("welcomeAddSource"), &WorkspacesPage::addSourceRequested);
    step(tr("Or try Keyport on this machine: the local sandbox is an sshd of your own, with a terminal and the "
            "Files view a click away."),
         tr("Try the local sandbox"), QStringLiteral("welcomeSandbox"), &WorkspacesPage::sandboxRequested);
    m_welcome->hide();
    leftLayout->addWidget(m_welcome);
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
    m_proxies = new ProxiesPanel(m_context->proxies(), left);
    leftLayout->addWidget(m_proxies);
    split->addWidget(left);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details = new WorkspaceDetails(scroll);
    scroll->setWidget(m_details);
    m_tabs->addTab(scroll, tr("Details"));
    m_files = new QStackedWidget(m_tabs);
    m_files->setObjectName(QStringLiteral("filesTab"));
    auto *placeholder = new QWidget(m_files);
    auto *pl = new QVBoxLayout(placeholder);
    m_filesNote = new QLabel(placeholder);
    m_filesNote->setObjectName(QStringLiteral("filesTabNote"));
    m_filesNote->setWordWrap(true);
    m_filesNote->setAlignment(Qt::AlignCenter);
    m_filesRetry = new QPushButton(tr("Open the files"), placeholder);
    m_filesRetry->setObjectName(QStringLiteral("filesTabOpen"));
    m_filesRetry->hide();
    pl->addStretch();
    pl->addWidget(m_filesNote);
    pl->addWidget(m_filesRetry, 0, Qt::AlignCenter);
    pl->addStretch();
    m_files->addWidget(placeholder);
    m_tabs->addTab(m_files, tr("Files"));
    m_tabs->setTabToolTip(1, tr("Browse, upload and download the selected workspace's files"));
    m_tabs->setTabEnabled(1, false);
    split->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            showFilesTab();
    });
    connect(m_filesRetry, &QPushButton::clicked, this, [this] { prepareFilesTab(currentId()); });
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_proxies, &ProxiesPanel::stopRequested, this, &WorkspacesPage::stopProxy);
    connect(m_context->proxies(), &ProxyManager::changed, this, [this] {
        QSet<QString> ids;
        for (const auto &p : m_context->proxies()->running())
            ids.insert(p.workspace.id());
        m_model->setProxies(ids);
        showSelection();
    });
    connect(m_context->proxies(), &ProxyManager::connectionFailed, this, [this](const QString &id, const Error &e) {
        fail(Error(e.code, tr("Proxy for %1: %2").arg(id, e.message), e.detail));
    });

    // A refresh rebuilds the list: the workspace the person was on stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelected.isEmpty())
            select(std::exchange(m_keepSelected, QString()));
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

    connect(m_details, &WorkspaceDetails::connectRequested, this, [this] { connectWorkspace(currentId()); });
    connect(m_details, &WorkspaceDetails::filesRequested, this, [this] { browseFiles(currentId()); });
    connect(m_details, &WorkspaceDetails::editorRequested, this,
            [this](const QString &editor) { openInEditor(currentId(), editor); });
    connect(m_details, &WorkspaceDetails::proxyToggled, this, [this] {
        if (m_context->proxies()->find(currentId()))
            stopProxy(currentId());
        else
            startProxy(currentId());
    });
    connect(m_details, &WorkspaceDetails::startStopRequested, this, [this] { startStopWorkspace(currentId()); });
    connect(m_details, &WorkspaceDetails::copyRequested, this, [this] { copySshCommand(currentId()); });
    connect(m_details, &WorkspaceDetails::favouriteToggled, this, [this] { toggleFavourite(currentId()); });
    connect(m_details, &WorkspaceDetails::explainLoginRequested, this, [this] { explainLogin(currentId()); });
    connect(m_details, &WorkspaceDetails::cancelRequested, this, [this] {
        if (m_launch)
            m_launch->cancel();
    });
    connect(m_details, &WorkspaceDetails::refreshSourceRequested, this, [this] {
        const QString s = m_model->sourceAt(m_list->currentIndex().row());
        if (!s.isEmpty())
            refreshSource(s);
    });

    // Show what we knew last time at once (read off the GUI thread); the refresh follows.
    rebuildSources();
    m_model->setPinned(m_context->settings().favourites, m_context->settings().recent);
    auto *cache = new TaskJob<QList<Workspace>>([] { return Result(SourceRegistry::cached()); }, this);
    startJob(cache, this, [this](TaskJob<QList<Workspace>> *read) {
        QHash<QString, QList<Workspace>> bySource;
        for (const Workspace &w : read->value())
            bySource[w.source] << w;
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
            if (m_model->sourceStatus(it.key()).lastRefresh.isNull()) // not listed yet meanwhile
                m_model->setWorkspaces(it.key(), it.value());
        updateFacts();
    });
}

WorkspacesPage::~WorkspacesPage() = default;

void WorkspacesPage::rebuildSources()
{
    QList<std::pair<QString, QString>> sources;
    for (Source *s : m_context->registry()->sources())
        sources.append({ s->name(), s->describe() });
    m_model->setSources(sources);
}

void WorkspacesPage::refreshAll()
{
    m_banner->clearError();
    // Files of Keyport's that cannot be read, with the ways forward.
    if (m_context->registry()->loadError().isError())
        m_banner->showError(m_context->registry()->loadError());
    else if (m_context->settingsError().isError())
        m_banner->showError(m_context->settingsError());
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
    showSelection();
    // Through the registry, so the user's per-workspace settings apply (and the cache follows).
    startJob(m_context->registry()->listAll({ source }), this, [this, source](ListAllJob *job) {
        auto s = m_model->sourceStatus(source);
        s.refreshing = false;
        if (job->failed()) {
            s.error = job->error();
            m_banner->showError(job->error());
        } else if (job->errors().contains(source)) {
            s.error = job->errors().value(source);
            qCInfo(lcUi) << "source" << source << "failed:" << s.error.message;
        } else {
            s.error = {};
            s.lastRefresh = QDateTime::currentDateTime();
            const QString selected = currentId();
            m_model->setWorkspaces(source, job->workspaces());
            if (!selected.isEmpty())
                select(selected);
            updateFacts();
            updateWelcome();
        }
        m_model->setSourceStatus(source, s);
        showSelection();
        if (m_pendingRefresh > 0 && --m_pendingRefresh == 0)
            Q_EMIT refreshed();
    });
    return true;
}

void WorkspacesPage::setHasKeys(bool hasKeys)
{
    m_hasKeys = hasKeys;
    updateWelcome();
}

void WorkspacesPage::updateWelcome()
{
    bool onlySandbox = true;
    for (const Workspace &w : m_model->allWorkspaces())
        onlySandbox = onlySandbox && w.id() == QLatin1String("local.sandbox") && w.state != WorkspaceState::Running;
    const bool first = onlySandbox && m_context->registry()->configured().isEmpty();
    m_welcome->setVisible(first);
    m_welcomeKey->setVisible(!m_hasKeys);
}

void WorkspacesPage::updateFacts()
{
    // One read at a time; changes that come meanwhile are read after it.
    if (std::exchange(m_factsQueued, true))
        return;
    const QList<Workspace> all = m_model->allWorkspaces();
    auto *gather = new TaskJob<QHash<QString, WorkspaceFacts>>([all] { return Result(gatherFacts(all)); }, this);
    startJob(gather, this, [this](TaskJob<QHash<QString, WorkspaceFacts>> *gathered) {
        m_factsQueued = false;
        if (!gathered->failed())
            m_facts = gathered->value();
        showSelection();
    });
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
        WorkspaceDetails::Shown shown;
        shown.workspace = *w;
        if (const auto it = m_facts.constFind(w->id()); it != m_facts.constEnd())
            shown.facts = *it;
        shown.proxy = m_context->proxies()->find(w->id());
        shown.knownHostsPath = ManagedSshConfig(m_context->cliPath()).knownHostsPath();
        shown.favourite = m_context->settings().favourites.contains(w->id());
        Source *source = m_context->registry()->find(w->source);
        shown.canStartStop = source && source->can(Source::Capability::StartStop);
        m_details->showWorkspace(shown);
        m_tabs->setTabEnabled(1, true);
        if (m_tabs->currentIndex() == 1)
            showFilesTab();
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_tabs->setTabEnabled(1, false);
    const QString source = m_model->sourceAt(row);
    if (source.isEmpty()) {
        m_details->showNothing();
        return;
    }
    const auto status = m_model->sourceStatus(source);
    m_details->showSource({ source, status.description, status.refreshing, status.lastRefresh, status.error });
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
    menu.addAction(AppContext::icon(QStringLiteral("workspace")), tr("Browse files"), this,
                   [this, id] { browseFiles(id); });
    const bool proxy = bool(m_context->proxies()->find(id));
    menu.addAction(AppContext::icon(QStringLiteral("proxy")), proxy ? tr("Stop proxy") : tr("Start proxy"), this,
                   [this, id, proxy] { proxy ? stopProxy(id) : startProxy(id); });
    Source *s = m_context->registry()->find(w->source);
    if (s && s->can(Source::Capability::StartStop))
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
    m_details->setBusy(text);
}

void WorkspacesPage::fail(const Error &e)
{
    busy({});
    if (e.code == ErrorCode::Cancelled)
        return;
    m_banner->showError(e);
}

LaunchJob *WorkspacesPage::launch(LaunchRequest request, std::function<QString(LaunchJob *)> done)
{
    if (request.workspaceId.isEmpty())
        return nullptr;
    m_banner->clear();
    request.cliPath = m_context->cliPath();
    request.settings = m_context->settings();
    // The list shows what the source said last; a stopped or moved workspace is refreshed by the pipeline.
    request.refresh = false;
    if (m_launch)
        m_launch->cancel(); // the newest click is what the person wants
    auto *job = new LaunchJob(m_context->registry(), request, m_questions.get(), this);
    m_launch = job;
    m_details->setBusy(tr("Preparing %1…").arg(request.workspaceId), true);
    connect(job, &Job::progress, this, [this](const QString &text) { m_details->setBusy(text, true); });
    startJob(job, this, [this, done](LaunchJob *finished) {
        m_questions->dismissAll(); // a question of a launch that ended answers nothing
        busy({});
        if (!finished->notes().isEmpty())
            m_banner->showNote(finished->notes().join(QLatin1Char('\n')));
        if (finished->pinnedNow())
            updateFacts(); // the host key is pinned now
        if (finished->workspace().state != WorkspaceState::Unknown && !finished->workspace().id().isEmpty()
            && m_model->workspace(finished->workspace().id())
            && m_model->workspace(finished->workspace().id())->state != finished->workspace().state)
            refreshSource(finished->workspace().source); // started on the way
        if (finished->failed()) {
            if (finished->hostKeyChanged())
                HostKeyDialog::changedKey(finished->workspace().id(), finished->offeredKey(), finished->error().message,
                                          this)
                    ->open();
            fail(finished->error());
            return;
        }
        busy(done(finished));
    });
    return job;
}

void WorkspacesPage::connectWorkspace(const QString &id)
{
    LaunchRequest r;
    r.action = LaunchRequest::Action::Terminal;
    r.workspaceId = id;
    launch(r, [this](LaunchJob *job) {
        const QString launchedId = job->workspace().id();
        m_context->updateSettings([launchedId](AppSettings &a) { a.touchRecent(launchedId); });
        Q_EMIT launched(launchedId);
        return tr("Opened a terminal for %1.").arg(launchedId);
    });
}

void WorkspacesPage::openInEditor(const QString &id, const QString &editor, const QString &path)
{
    LaunchRequest r;
    r.action = LaunchRequest::Action::Editor;
    r.workspaceId = id;
    r.editor = editor;
    r.path = path;
    launch(r, [this](LaunchJob *job) {
        const QString launchedId = job->workspace().id();
        // The pipeline may have turned the ssh config integration on.
        m_context->reloadSettings();
        m_context->updateSettings([launchedId](AppSettings &a) { a.touchRecent(launchedId); });
        Q_EMIT launched(launchedId);
        const QString used = job->request().editor.isEmpty() ? m_context->settings().editor : job->request().editor;
        return tr("Opening %1 in %2.").arg(job->workspace().sshAlias(), used);
    });
}

void WorkspacesPage::browseFiles(const QString &id)
{
    LaunchRequest r;
    r.action = LaunchRequest::Action::Prepare;
    r.workspaceId = id;
    launch(r, [this](LaunchJob *job) {
        const Workspace w = job->workspace();
        // One window per workspace: a second click brings it up again.
        const QString name = QStringLiteral("files-") + w.id();
        if (auto *open = findChild<FilesWindow *>(name)) {
            open->showAgain(); // from the background too
            return tr("The files of %1 are open.").arg(w.id());
        }
        auto *window = new FilesWindow(w, m_context->cliPath(), this);
        adoptFilesView(window->view());
        window->show();
        return tr("Opened the files of %1.").arg(w.id());
    });
}

void WorkspacesPage::adoptFilesView(FilesView *view)
{
    view->transfers()->setMaxRunning(m_context->settings().transfersAtOnce);
    connect(m_context, &AppContext::settingsChanged, view,
            [this, view] { view->transfers()->setMaxRunning(m_context->settings().transfersAtOnce); });
    connect(view, &FilesView::transferNotice, this, &WorkspacesPage::notice);
    // A refused login: the checklist says why, here, not in a terminal.
    const QString id = view->workspace().id();
    connect(view, &FilesView::sessionFailed, this, [this, id](const Error &e) {
        if (!isLoginRefused(e))
            return;
        startJob(new ExplainLoginJob(m_context->registry(), id, this), this, [this, e](ExplainLoginJob *job) {
            if (job->failed() || job->value().next.isEmpty())
                return;
            QStringList found;
            for (const LoginCheck &c : job->value().checks)
                if (c.result == LoginCheck::Result::Problem)
                    found << c.text;
            m_banner->showError(
                Error(e.code, tr("%1 %2 Next: %3").arg(e.message, found.join(QLatin1Char(' ')), job->value().next),
                      e.detail));
        });
    });
}

void WorkspacesPage::explainLogin(const QString &id)
{
    if (id.isEmpty())
        return;
    busy(tr("Checking how %1 logs in…").arg(id));
    startJob(new ExplainLoginJob(m_context->registry(), id, this), this, [this](ExplainLoginJob *job) {
        busy({});
        if (job->failed()) {
            fail(job->error());
            return;
        }
        const LoginExplanation &e = job->value();
        QString html = QStringLiteral("<ul>");
        for (const LoginCheck &c : e.checks)
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(c.result == LoginCheck::Result::Ok        ? QStringLiteral("✔")
                             : c.result == LoginCheck::Result::Problem ? QStringLiteral("✘")
                                                                       : QStringLiteral("?"),
                             c.text.toHtmlEscaped());
        html += QStringLiteral("</ul><p><b>%1</b> %2</p>")
                    .arg(tr("Next:"), (e.next.isEmpty() ? tr("nothing Keyport can see is in the way; `ssh -v %1` "
                                                             "shows what the server says.")
                                                              .arg(e.workspace)
                                                        : e.next)
                                          .toHtmlEscaped());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Logging in to %1").arg(e.workspace), html,
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("loginExplanation"));
        box->setTextFormat(Qt::RichText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

FilesView *WorkspacesPage::filesTabView(const QString &id) const
{
    return m_filesViews.value(id);
}

void WorkspacesPage::showFilesTab()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (FilesView *view = m_filesViews.value(id)) {
        m_files->setCurrentWidget(view);
        return;
    }
    m_files->setCurrentIndex(0);
    if (m_filesPreparing == id)
        return; // on its way
    prepareFilesTab(id);
}

void WorkspacesPage::prepareFilesTab(const QString &id)
{
    if (id.isEmpty())
        return;
    m_filesPreparing = id;
    m_filesNote->setText(tr("Preparing the files of %1…").arg(printable(id, 120)));
    m_filesRetry->hide();
    LaunchRequest r;
    r.action = LaunchRequest::Action::Prepare;
    r.workspaceId = id;
    // The session needs what Connect needs (started, key, host key): the same pipeline, its questions.
    LaunchJob *job = launch(r, [this](LaunchJob *prepared) {
        const Workspace w = prepared->workspace();
        if (!m_filesViews.value(w.id())) {
            auto *view = new FilesView(w, m_context->cliPath(), m_files);
            view->setObjectName(QStringLiteral("filesTab-") + w.id());
            adoptFilesView(view);
            m_files->addWidget(view);
            m_filesViews.insert(w.id(), view);
        }
        if (currentId() == w.id() && m_tabs->currentIndex() == 1)
            m_files->setCurrentWidget(m_filesViews.value(w.id()));
        return tr("Opened the files of %1.").arg(w.id());
    });
    if (!job)
        return;
    connect(job, &Job::finished, this, [this, job, id] {
        if (m_filesPreparing == id)
            m_filesPreparing.clear();
        if (!job->failed())
            return;
        m_filesNote->setText(
            job->wasCancelled()
                ? tr("Opening the files of %1 was stopped.").arg(printable(id, 120))
                : tr("The files of %1 cannot be opened: %2").arg(printable(id, 120), job->error().message));
        m_filesRetry->setText(tr("Try again"));
        m_filesRetry->show();
    });
}

void WorkspacesPage::startProxy(const QString &id)
{
    LaunchRequest r;
    r.action = LaunchRequest::Action::Proxy;
    r.workspaceId = id;
    r.proxies = m_context->proxies();
    launch(r, [this](LaunchJob *job) {
        qCInfo(lcUi) << "proxy for" << job->workspace().id() << "on" << job->proxy()->endpoint();
        select(job->workspace().id());
        showSelection();
        return tr("Proxy for %1 on %2.").arg(job->workspace().id(), job->proxy()->endpoint());
    });
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
    const bool start = found->state == WorkspaceState::Stopped;
    auto *job =
        new PowerJob(m_context->registry(), *found, start ? PowerJob::Action::Start : PowerJob::Action::Stop, this);
    connect(job, &Job::progress, this, &WorkspacesPage::busy);
    startJob(job, this, [this, start, id](PowerJob *done) {
        if (done->failed()) {
            fail(done->error());
            return;
        }
        busy(start ? tr("Started %1.").arg(id) : tr("Stopped %1.").arg(id));
        refreshSource(done->value().source);
    });
}

void WorkspacesPage::copySshCommand(const QString &id)
{
    const Workspace *found = m_model->workspace(id);
    if (!found)
        return;
    const Workspace w = *found;
    const QString cli = m_context->cliPath();
    // The command names the managed config: make sure it has this workspace first.
    SshConfigJob::Options options;
    options.cliPath = cli;
    options.include = m_context->settings().sshConfigIntegration;
    auto *write = new SshConfigJob(m_context->registry(), options, this);
    startJob(write, this, [this, w, cli](SshConfigJob *written) {
        if (written->failed() && w.existingAlias.isEmpty()) {
            fail(written->error());
            return;
        }
        auto *line = new TaskJob<QString>([w, cli] { return Result(sshcommand::sshCommandLine(w, cli)); }, this);
        startJob(line, this, [this](TaskJob<QString> *built) {
            QApplication::clipboard()->setText(built->value());
            busy(tr("Copied: %1").arg(built->value()));
        });
    });
}

void WorkspacesPage::toggleFavourite(const QString &id)
{
    if (id.isEmpty())
        return;
    m_context->updateSettings([id](AppSettings &a) {
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
        openInEditor(url.workspaceId, url.editor, url.path);
        break;
    case KeyportUrl::Action::Proxy:
        startProxy(url.workspaceId);
        break;
    }
}

} // namespace keyport
