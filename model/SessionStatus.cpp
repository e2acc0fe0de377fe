#include "SessionStatus.h"

#include <array>

namespace {
struct StatusName
{
    SessionStatus status;
    const char *name;
};
constexpr std::array kNames{
    StatusName{SessionStatus::Pending, "pending"},     StatusName{SessionStatus::Detected, "detected"},
    StatusName{SessionStatus::Underpaid, "underpaid"}, StatusName{SessionStatus::Overpaid, "overpaid"},
    StatusName{SessionStatus::Paid, "paid"},           StatusName{SessionStatus::PaidLate, "paid_late"},
    StatusName{SessionStatus::Expired, "expired"},     StatusName{SessionStatus::Failed, "failed"},
};
} // namespace

QString statusName(SessionStatus status)
{
    for (const auto &entry : kNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<SessionStatus> statusFromName(const QString &name)
{
    for (const auto &entry : kNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

bool isTerminal(SessionStatus status)
{
    return status == SessionStatus::Paid || status == SessionStatus::PaidLate ||
           status == SessionStatus::Expired || status == SessionStatus::Failed;
}
