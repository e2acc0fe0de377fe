#include "StatusBadgePainter.h"

#include "StatusStyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace statusbadge {
namespace {
struct Metrics
{
    int dot;
    int padding;
    int gap;
};

Metrics metricsFor(const QFontMetrics &metrics)
{
    const int height = metrics.height();
    return {std::max(6, height * 5 / 10), std::max(4, height / 2), std::max(4, height / 3)};
}
} // namespace

QSize sizeHint(const QFont &font, SessionStatus status)
{
    const QFontMetrics fontMetrics(font);
    const Metrics m = metricsFor(fontMetrics);
    return {m.padding * 2 + m.dot + m.gap + fontMetrics.horizontalAdvance(statusLabel(status)),
            fontMetrics.height() + m.padding};
}

void paint(QPainter &painter, const QRect &rect, const QPalette &palette, SessionStatus status,
           Qt::Alignment alignment)
{
    const QFontMetrics fontMetrics(painter.font());
    const Metrics m = metricsFor(fontMetrics);
    QSize size = sizeHint(painter.font(), status);
    size = size.boundedTo(rect.size());
    QRect pill(QPoint(0, 0), size);
    if (alignment & Qt::AlignHCenter)
        pill.moveCenter(rect.center());
    else
        pill.moveTopLeft(QPoint(rect.left() + 2, rect.top()));
    pill.moveTop(rect.top() + (rect.height() - size.height()) / 2);

    const QColor color = statusColor(status);
    QColor tint = color;
    tint.setAlpha(48);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tint);
    painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter.setBrush(color);
    const QRect dot(pill.left() + m.padding, pill.center().y() - m.dot / 2, m.dot, m.dot);
    painter.drawEllipse(dot);
    painter.setPen(palette.color(QPalette::Text));
    const QRect text(dot.right() + m.gap, pill.top(), pill.right() - dot.right() - m.gap, pill.height());
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, statusLabel(status));
    painter.restore();
}
} // namespace statusbadge
