#include "workspacemodel.h"

#include "common/text.h"
#include "model/workspacefilter.h"

#include <QLocale>

namespace keyport {

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Sections are selectable: selecting one shows the source and its refresh button.
    return m_rows[index.row()].kind == RowKind::Group ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == KindRole)
        return int(row.kind);
    if (row.kind != RowKind::Workspace) {
        const SourceStatus status = m_status.value(row.source);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.title;
        case IdRole:
            return row.source;
        case SubtitleRole:
            return status.description;
        case StatusRole:
            if (row.source.isEmpty() || row.kind == RowKind::Group)
                return {};
            if (status.refreshing)
                return tr("refreshing…");
            if (status.error.isError())
                return status.error.message;
            if (status.lastRefresh.isValid())
                return tr("updated %1").arg(QLocale().toString(status.lastRefresh.time(), QLocale::ShortFormat));
            return {};
        case ErrorRole:
            return status.error.isError() && !status.refreshing;
        default:
            return {};
        }
    }
    const Workspace &w = m_all[row.index];
    switch (role) {
    case Qt::DisplayRole:
        // Names come from servers: never let one draw a second line or control the terminal.
        return printable(row.showId ? w.id() : w.name, 80);
    case Qt::AccessibleTextRole:
        return tr("%1, %2%3")
            .arg(w.id(), workspaceStateName(w.state),
                 w.tags.isEmpty() ? QString() : tr(", tags %1").arg(w.tags.join(QStringLiteral(", "))));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(w.id(), w.transport.describe());
    case IdRole:
        return w.id();
    case StateRole:
        return int(w.state);
    case TagsRole:
        return w.tags;
    case SubtitleRole:
        return w.transport.describe();
    case FavouriteRole:
        return m_favourites.contains(w.id());
    case ProxyRole:
        return m_proxies.contains(w.id());
    default:
        return {};
    }
}

void WorkspaceModel::setSources(const QList<std::pair<QString, QString>> &sources)
{
    m_sourceOrder.clear();
    for (const auto &[name, description] : sources) {
        m_sourceOrder << name;
        m_status[name].description = description;
    }
    // Workspaces of sources that are gone go with them.
    m_all.removeIf([this](const Workspace &w) { return !m_sourceOrder.contains(w.source); });
    resort();
    rebuild();
}

void WorkspaceModel::setWorkspaces(const QString &source, const QList<Workspace> &workspaces)
{
    m_all.removeIf([&source](const Workspace &w) { return w.source == source; });
    m_all.append(workspaces);
    resort();
    rebuild();
}

void WorkspaceModel::setSourceStatus(const QString &source, const SourceStatus &status)
{
    m_status[source] = status;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind == RowKind::Section && m_rows[i].source == source)
            Q_EMIT dataChanged(index(i), index(i));
}

void WorkspaceModel::setFilter(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    rebuild();
}

void WorkspaceModel::setPinned(const QStringList &favourites, const QStringList &recent)
{
    // Every settings change lands here: most leave these lists alone.
    if (favourites == m_favourites && recent == m_recent)
        return;
    m_favourites = favourites;
    m_recent = recent;
    rebuild();
}

void WorkspaceModel::setProxies(const QSet<QString> &ids)
{
    if (ids == m_proxies)
        return;
    m_proxies = ids;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { ProxyRole });
}

WorkspaceModel::RowKind WorkspaceModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].kind : RowKind::Group;
}

const Workspace *WorkspaceModel::workspaceAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].kind != RowKind::Workspace)
        return nullptr;
    return &m_all[m_rows[row].index];
}

const Workspace *WorkspaceModel::workspace(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_all[*it];
}

QString WorkspaceModel::sourceAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].kind == RowKind::Section ? m_rows[row].source : QString();
}

int WorkspaceModel::rowOf(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind == RowKind::Workspace && m_rows[i].index == *it && !m_rows[i].showId)
            return i;
    return -1;
}

void WorkspaceModel::resort()
{
    QHash<QString, int> order;
    for (int i = 0; i < m_sourceOrder.size(); ++i)
        order.insert(m_sourceOrder[i], i);
    std::stable_sort(m_all.begin(), m_all.end(), [&order](const Workspace &a, const Workspace &b) {
        const int sa = order.value(a.source, INT_MAX), sb = order.value(b.source, INT_MAX);
        if (sa != sb)
            return sa < sb;
        if (int c = a.project.compare(b.project, Qt::CaseInsensitive))
            return c < 0;
        if (int c = a.service.compare(b.service, Qt::CaseInsensitive))
            return c < 0;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_byId.clear();
    m_byId.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i)
        m_byId.insert(m_all[i].id(), i);
}

void WorkspaceModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_visible = 0;
    const WorkspaceFilter filter = WorkspaceFilter::parse(m_query);
    const bool filtering = !filter.isEmpty();
    QList<bool> match(m_all.size(), true);
    if (filtering)
        for (int i = 0; i < m_all.size(); ++i)
            match[i] = filter.matches(m_all[i]);

    const auto pinnedSection = [&](const QString &title, const QStringList &ids) {
        bool headed = false;
        for (const QString &id : ids) {
            const auto it = m_byId.constFind(id);
            if (it == m_byId.cend() || !match[*it])
                continue;
            if (!std::exchange(headed, true))
                m_rows.append({ RowKind::Section, -1, title, {}, false });
            m_rows.append({ RowKind::Workspace, *it, {}, {}, true });
        }
    };
    pinnedSection(tr("Favourites"), m_favourites);
    QStringList recent = m_recent;
    recent.removeIf([this](const QString &id) { return m_favourites.contains(id); });
    pinnedSection(tr("Recent"), recent);

    int i = 0;
    for (const QString &source : std::as_const(m_sourceOrder)) {
        const int begin = i;
        while (i < m_all.size() && m_all[i].source == source)
            ++i;
        int matched = 0;
        for (int k = begin; k < i; ++k)
            matched += match[k] ? 1 : 0;
        const SourceStatus status = m_status.value(source);
        // While filtering, a source with nothing to show is hidden -- unless it failed.
        if (filtering && matched == 0 && !status.error.isError())
            continue;
        m_rows.append({ RowKind::Section, -1, source, source, false });
        QString group;
        for (int k = begin; k < i; ++k) {
            if (!match[k])
                continue;
            const Workspace &w = m_all[k];
            QString g = w.project;
            if (!w.service.isEmpty())
                g += (g.isEmpty() ? QString() : QStringLiteral(" · ")) + w.service;
            if (g != group && !g.isEmpty())
                m_rows.append({ RowKind::Group, -1, g, source, false });
            group = g;
            m_rows.append({ RowKind::Workspace, k, {}, {}, false });
            ++m_visible;
        }
    }
    endResetModel();
}

} // namespace keyport
