#include "StatusBadgeDelegate.h"

#include "SessionTableModel.h"
#include "StatusBadgePainter.h"

#include <QApplication>
#include <QPainter>

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant status = index.data(SessionTableModel::StatusRole);
    if (!status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QPalette palette = option.palette;
    if (option.state & QStyle::State_Selected)
        palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->setFont(option.font);
    statusbadge::paint(*painter, option.rect.adjusted(2, 1, -2, -1), palette,
                       static_cast<SessionStatus>(status.toInt()));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant status = index.data(SessionTableModel::StatusRole);
    if (!status.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    return statusbadge::sizeHint(option.font, static_cast<SessionStatus>(status.toInt())) + QSize(8, 4);
}
