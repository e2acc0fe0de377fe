#include "StatusBadge.h"

#include "StatusBadgePainter.h"
#include "StatusStyle.h"

#include <QPainter>

StatusBadge::StatusBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(text());
}

void StatusBadge::setStatus(SessionStatus status)
{
    m_status = status;
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString StatusBadge::text() const
{
    return statusLabel(m_status);
}

QSize StatusBadge::sizeHint() const
{
    return statusbadge::sizeHint(font(), m_status) + QSize(4, 2);
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    statusbadge::paint(painter, rect(), palette(), m_status, Qt::AlignHCenter | Qt::AlignVCenter);
}
