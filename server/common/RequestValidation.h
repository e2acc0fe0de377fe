#pragma once

#include <QJsonObject>
#include <QString>

// Checks shared by every way a session or link is created (API, console, payment link page).
// Each throws DomainError (400) naming the parameter and saying what is wrong.
namespace validation {

inline constexpr int kMaxMetadataKeys = 50;
inline constexpr int kMaxMetadataKeyLength = 40;
inline constexpr int kMaxMetadataValueLength = 500;
inline constexpr int kMaxUrlLength = 2048;
inline constexpr int kMaxDescriptionLength = 500;

// http(s) with a host, at most 2048 characters. A null string passes (absent).
void url(const QString &value, const QString &param);
// A webhook endpoint's URL: url(), and never a link-local or unspecified address (169.254.0.0/16 holds the
// cloud metadata services, which a webhook must not be able to reach); in live mode https unless it is
// this machine.
void webhookUrl(const QString &value, const QString &param, bool livemode);
// Stripe's limits: up to 50 keys, keys up to 40 characters, string values up to 500 characters.
void metadata(const QJsonObject &metadata, const QString &param = QStringLiteral("metadata"));
void email(const QString &value, const QString &param);
void description(const QString &value, const QString &param);

} // namespace validation
