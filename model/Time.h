#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// All instants are milliseconds since the Unix epoch, UTC; on the wire they are ISO 8601 with
// milliseconds and a Z ("2026-11-23T19:12:26.123Z").
// Written by hand for the years 1970–9999 (every session JSON holds several; QDateTime's formatter was a
// measurable part of a create), by QDateTime otherwise; both write the same text.
inline QString isoTimestamp(qint64 msecsSinceEpoch)
{
    constexpr qint64 kMsPerDay = 86'400'000;
    constexpr qint64 kYear10000 = 253'402'300'800'000; // 10000-01-01T00:00:00Z
    if (msecsSinceEpoch < 0 || msecsSinceEpoch >= kYear10000)
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
    // Days to a civil date: H. Hinnant's days_from_civil inverse (proleptic Gregorian, March-based years).
    const qint64 days = msecsSinceEpoch / kMsPerDay;
    qint64 ms = msecsSinceEpoch % kMsPerDay;
    const qint64 z = days + 719'468;
    const qint64 era = z / 146'097;
    const qint64 dayOfEra = z - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char text[24];
    auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, ms / 3'600'000, 2);
    ms %= 3'600'000;
    text[13] = ':';
    put(14, ms / 60'000, 2);
    ms %= 60'000;
    text[16] = ':';
    put(17, ms / 1000, 2);
    text[19] = '.';
    put(20, ms % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
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
