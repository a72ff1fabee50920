#pragma once

#include <QStyledItemDelegate>

namespace keyport {

// Paints the Workspaces list: sections with their refresh state, project
// groups, and workspaces with a state badge, tags as chips, a star for
// favourites and a plug when a proxy runs. Colours come from the palette
// (light and dark), except the state badges.
class WorkspaceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keyport
