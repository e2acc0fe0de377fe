#include "StatusBadgeDelegate.h"

#include "SessionTableModel.h"
#include "StatusBadgePainter.h"

#include "StatusStyle.h"

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
    const auto sessionStatus = static_cast<SessionStatus>(status.toInt());
    statusbadge::paint(*painter, option.rect.adjusted(2, 1, -2, -1), palette, sessionStatus);
    if (index.data(SessionTableModel::NeedsAttentionRole).toBool()) {
        // After the badge, in words and in the warning colour: not colour alone.
        const int left =
            option.rect.left() + 2 + statusbadge::sizeHint(option.font, sessionStatus).width() + 6;
        const QRect text(left, option.rect.top(), option.rect.right() - left, option.rect.height());
        painter->setPen((option.state & QStyle::State_Selected) ? palette.color(QPalette::Text)
                                                                : attentionColor());
        painter->drawText(
            text, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(option.font).elidedText(attentionBadgeText(), Qt::ElideRight, text.width()));
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant status = index.data(SessionTableModel::StatusRole);
    if (!status.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QSize size = statusbadge::sizeHint(option.font, static_cast<SessionStatus>(status.toInt())) + QSize(8, 4);
    if (index.data(SessionTableModel::NeedsAttentionRole).toBool())
        size.rwidth() += 6 + QFontMetrics(option.font).horizontalAdvance(attentionBadgeText());
    return size;
}
