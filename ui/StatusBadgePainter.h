#pragma once

#include "SessionStatus.h"

#include <QFont>
#include <QRect>

class QPainter;
class QPalette;

// Paints a status badge: a tinted pill with a coloured dot and the status in words. Shared by the table's
// delegate and the badge widget, so the two look the same.
namespace statusbadge {
QSize sizeHint(const QFont &font, SessionStatus status);
void paint(QPainter &painter, const QRect &rect, const QPalette &palette, SessionStatus status,
           Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
} // namespace statusbadge
