#include "workspacedelegate.h"

#include "workspacemodel.h"

#include <QApplication>
#include <QPainter>

namespace keyport {

namespace {

QColor stateColor(WorkspaceState s)
{
    switch (s) {
    case WorkspaceState::Running:
        return QColor(0x2e, 0xa0, 0x43);
    case WorkspaceState::Starting:
    case WorkspaceState::Stopping:
        return QColor(0xd2, 0x99, 0x22);
    case WorkspaceState::Stopped:
        return QColor(0x8b, 0x94, 0x9e);
    case WorkspaceState::Unknown:
        break;
    }
    return QColor(0x8b, 0x94, 0x9e, 0x60);
}

QString stateLabel(WorkspaceState s)
{
    switch (s) {
    case WorkspaceState::Running:
        return WorkspaceDelegate::tr("running");
    case WorkspaceState::Starting:
        return WorkspaceDelegate::tr("starting");
    case WorkspaceState::Stopping:
        return WorkspaceDelegate::tr("stopping");
    case WorkspaceState::Stopped:
        return WorkspaceDelegate::tr("stopped");
    case WorkspaceState::Unknown:
        break;
    }
    return {};
}

} // namespace

QSize WorkspaceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // One height for every row: the view can then skip measuring (uniform sizes).
    return { 200, option.fontMetrics.height() + 14 };
}

void WorkspaceDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto kind = WorkspaceModel::RowKind(index.data(WorkspaceModel::KindRole).toInt());
    const QPalette &pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    p->save();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Background and focus as the style draws them, text by us.
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, opt.widget);
    const QRect r = option.rect.adjusted(8, 0, -8, 0);
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6);
    QFont font = option.font;

    if (kind == WorkspaceModel::RowKind::Section) {
        font.setBold(true);
        p->setFont(font);
        p->setPen(text);
        const QString title = index.data(Qt::DisplayRole).toString();
        const QString status = index.data(WorkspaceModel::StatusRole).toString();
        const bool failed = index.data(WorkspaceModel::ErrorRole).toBool();
        const QFontMetrics fm(font);
        const int titleWidth = fm.horizontalAdvance(title);
        p->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, title);
        font.setBold(false);
        p->setFont(font);
        const QString subtitle = index.data(WorkspaceModel::SubtitleRole).toString();
        QRect rest = r.adjusted(titleWidth + 10, 0, 0, 0);
        if (!status.isEmpty()) {
            p->setPen(failed && !selected ? QColor(0xcf, 0x22, 0x2e) : dim);
            const QString elided = QFontMetrics(font).elidedText(status, Qt::ElideRight, rest.width() * 2 / 3);
            p->drawText(rest, Qt::AlignVCenter | Qt::AlignRight, elided);
            rest.setRight(rest.right() - QFontMetrics(font).horizontalAdvance(elided) - 12);
        }
        p->setPen(dim);
        p->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(font).elidedText(subtitle, Qt::ElideRight, rest.width()));
        p->restore();
        return;
    }
    if (kind == WorkspaceModel::RowKind::Group) {
        font.setPointSizeF(font.pointSizeF() * 0.92);
        p->setFont(font);
        p->setPen(dim);
        p->drawText(r.adjusted(14, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, index.data().toString());
        p->restore();
        return;
    }

    const auto state = WorkspaceState(index.data(WorkspaceModel::StateRole).toInt());
    p->setRenderHint(QPainter::Antialiasing);
    const int dot = 9;
    const QRect badge(r.left() + 22, r.center().y() - dot / 2, dot, dot);
    p->setPen(Qt::NoPen);
    p->setBrush(stateColor(state));
    p->drawEllipse(badge);

    int x = badge.right() + 10;
    const QFontMetrics fm(font);
    p->setFont(font);
    p->setPen(text);
    const QString name = index.data().toString();
    p->drawText(QRect(x, r.top(), r.width(), r.height()), Qt::AlignVCenter | Qt::AlignLeft, name);
    x += fm.horizontalAdvance(name) + 10;

    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);
    p->setFont(small);
    const QString label = stateLabel(state);
    if (!label.isEmpty()) {
        p->setPen(selected ? text : stateColor(state));
        p->drawText(QRect(x, r.top(), r.width(), r.height()), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += sfm.horizontalAdvance(label) + 12;
    }

    // Right side, from the right edge: star, proxy, tags.
    int right = r.right();
    if (index.data(WorkspaceModel::FavouriteRole).toBool()) {
        p->setPen(selected ? text : QColor(0xd2, 0x99, 0x22));
        p->setFont(font);
        p->drawText(QRect(right - 16, r.top(), 16, r.height()), Qt::AlignCenter, QStringLiteral("★"));
        right -= 22;
    }
    if (index.data(WorkspaceModel::ProxyRole).toBool()) {
        p->setFont(small);
        const QString proxy = tr("proxy");
        const int w = sfm.horizontalAdvance(proxy) + 10;
        const QRect chip(right - w, r.center().y() - sfm.height() / 2 - 2, w, sfm.height() + 4);
        p->setPen(QPen(pal.color(QPalette::Highlight), 1));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(chip, 4, 4);
        p->setPen(selected ? text : pal.color(QPalette::Highlight));
        p->drawText(chip, Qt::AlignCenter, proxy);
        right = chip.left() - 6;
    }
    p->setFont(small);
    const QStringList tags = index.data(WorkspaceModel::TagsRole).toStringList();
    QColor chipFill = pal.color(QPalette::Mid);
    chipFill.setAlphaF(0.25);
    for (auto it = tags.crbegin(); it != tags.crend(); ++it) {
        const int w = sfm.horizontalAdvance(*it) + 12;
        if (right - w < x + 40)
            break; // no room: the tooltip and details still have them
        const QRect chip(right - w, r.center().y() - sfm.height() / 2 - 2, w, sfm.height() + 4);
        p->setPen(Qt::NoPen);
        p->setBrush(chipFill);
        p->drawRoundedRect(chip, 8, 8);
        p->setPen(text);
        p->drawText(chip, Qt::AlignCenter, *it);
        right = chip.left() - 4;
    }
    // The transport, dim, in what room is left.
    const int room = right - x - 8;
    if (room > 40) {
        p->setPen(dim);
        p->drawText(QRect(x, r.top(), room, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                    sfm.elidedText(index.data(WorkspaceModel::SubtitleRole).toString(), Qt::ElideRight, room));
    }
    p->restore();
}

} // namespace keyport
