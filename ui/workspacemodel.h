#pragma once

#include "common/result.h"
#include "model/workspace.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace keyport {

// The Workspaces list as flat rows: a section per source (with its refresh
// state or error), group rows per project and service, and the workspaces.
// Favourites and recently used come first. Flat rows of one height keep
// filtering 10,000 workspaces within a keystroke.
class WorkspaceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class RowKind { Section, Group, Workspace };
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind as int
        IdRole, // workspace id, or source name for a section
        StateRole, // WorkspaceState as int
        TagsRole,
        SubtitleRole,
        FavouriteRole,
        ProxyRole, // a proxy runs for this workspace
        StatusRole, // section: "refreshing…", "updated 10:42", or the error
        ErrorRole, // section: the source failed
    };
    struct SourceStatus {
        QString description;
        bool refreshing = false;
        QDateTime lastRefresh;
        Error error;
    };

    explicit WorkspaceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The sources in display order, with their descriptions.
    void setSources(const QList<std::pair<QString, QString>> &sources);
    // Replaces one source's workspaces.
    void setWorkspaces(const QString &source, const QList<Workspace> &workspaces);
    void setSourceStatus(const QString &source, const SourceStatus &status);
    SourceStatus sourceStatus(const QString &source) const { return m_status.value(source); }
    void setFilter(const QString &query);
    // Favourites and recently used (ids); rebuilds only when they changed.
    void setPinned(const QStringList &favourites, const QStringList &recent);
    void setProxies(const QSet<QString> &ids);

    RowKind kindAt(int row) const;
    const Workspace *workspaceAt(int row) const;
    const Workspace *workspace(const QString &id) const;
    QString sourceAt(int row) const; // a section's source ("" for Favourites/Recent)
    int rowOf(const QString &id) const; // first row showing the workspace, or -1
    int workspaceCount() const { return int(m_all.size()); }
    const QList<Workspace> &allWorkspaces() const { return m_all; }
    int visibleWorkspaceCount() const { return m_visible; }

private:
    struct Row {
        RowKind kind;
        int index = -1; // into m_all
        QString title; // sections and groups
        QString source; // sections of a source
        bool showId = false; // Favourites/Recent: the id says where it is from
    };
    void resort();
    void rebuild();

    QList<QString> m_sourceOrder;
    QHash<QString, SourceStatus> m_status;
    QList<Workspace> m_all; // sorted: source order, project, service, name
    QHash<QString, int> m_byId;
    QList<Row> m_rows;
    QString m_query;
    QStringList m_favourites;
    QStringList m_recent;
    QSet<QString> m_proxies;
    int m_visible = 0;
};

} // namespace keyport
