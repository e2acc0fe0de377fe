#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// All instants are milliseconds since the Unix epoch, UTC; on the wire they are ISO 8601 with
// milliseconds and a Z ("2026-11-23T19:12:26.123Z").
inline QString isoTimestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

inline QJsonValue isoTimestampOrNull(const std::optional<qint64> &msecsSinceEpoch)
{
    return msecsSinceEpoch ? QJsonValue(isoTimestamp(*msecsSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

// Parses what isoTimestamp writes, and any ISO 8601 date-time with an offset.
inline std::optional<qint64> parseIsoTimestamp(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}
