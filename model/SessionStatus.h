#pragma once

#include <QString>

#include <optional>

// The statuses of a checkout session, named as in the product's session description.
enum class SessionStatus { Pending, Detected, Underpaid, Overpaid, Paid, PaidLate, Expired, Failed };

QString statusName(SessionStatus status); // "paid_late"
std::optional<SessionStatus> statusFromName(const QString &name);
// Paid, paid_late, expired and failed. Expired still moves to paid_late within the grace window, or to
// an on-time status when a payment that was on time is found only now.
bool isTerminal(SessionStatus status);
