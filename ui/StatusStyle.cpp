#include "StatusStyle.h"

#include <QCoreApplication>

QString statusLabel(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Pending:
        return QCoreApplication::translate("SessionStatus", "Pending");
    case SessionStatus::Detected:
        return QCoreApplication::translate("SessionStatus", "Detected");
    case SessionStatus::Underpaid:
        return QCoreApplication::translate("SessionStatus", "Underpaid");
    case SessionStatus::Overpaid:
        return QCoreApplication::translate("SessionStatus", "Overpaid");
    case SessionStatus::Paid:
        return QCoreApplication::translate("SessionStatus", "Paid");
    case SessionStatus::PaidLate:
        return QCoreApplication::translate("SessionStatus", "Paid late");
    case SessionStatus::Expired:
        return QCoreApplication::translate("SessionStatus", "Expired");
    case SessionStatus::Failed:
        return QCoreApplication::translate("SessionStatus", "Failed");
    }
    return statusName(status);
}

QColor statusColor(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Pending:
        return QColor(0xca, 0x8a, 0x04); // amber: waiting
    case SessionStatus::Detected:
        return QColor(0x25, 0x63, 0xeb); // blue: seen, confirming
    case SessionStatus::Underpaid:
        return QColor(0xea, 0x58, 0x0c); // orange: needs more
    case SessionStatus::Overpaid:
        return QColor(0x7c, 0x3a, 0xed); // violet
    case SessionStatus::Paid:
        return QColor(0x16, 0xa3, 0x4a); // green
    case SessionStatus::PaidLate:
        return QColor(0x0d, 0x94, 0x88); // teal
    case SessionStatus::Expired:
        return QColor(0x8a, 0x8a, 0x8a); // grey: over
    case SessionStatus::Failed:
        return QColor(0xdc, 0x26, 0x26); // red
    }
    return Qt::gray;
}

QColor healthColor(Health health)
{
    switch (health) {
    case Health::Ok:
        return QColor(0x16, 0xa3, 0x4a);
    case Health::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case Health::Error:
        return QColor(0xdc, 0x26, 0x26);
    }
    return Qt::gray;
}

QString attentionBadgeText()
{
    return QCoreApplication::translate("SessionStatus", "⚠ Needs attention");
}

QString needsAttentionExplanation()
{
    return QCoreApplication::translate(
        "SessionStatus", "Needs attention: money arrived that this session does not count (after the grace "
                         "window, at a settled session, or in another asset). Check its payments and refund "
                         "or reconcile by hand.");
}

QColor attentionColor()
{
    return healthColor(Health::Warning);
}
