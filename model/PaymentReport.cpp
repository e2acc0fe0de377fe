#include "PaymentReport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace paymentreport {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QByteArray field(QString text, bool textual)
{
    if (textual && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            text.prepend(u'\'');
    }
    // A semicolon too: spreadsheets in locales that use it as the separator would split the field there.
    const bool quote = text.contains(u',') || text.contains(u';') || text.contains(u'"') ||
                       text.contains(u'\n') || text.contains(u'\r') ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text.toUtf8();
    text.replace(u'"', u"\"\""_s);
    return '"' + text.toUtf8() + '"';
}

} // namespace

QStringList columns()
{
    return {u"time"_s,         u"sessionId"_s,         u"sessionStatus"_s, u"livemode"_s,    u"fiatAmount"_s,
            u"fiatCurrency"_s, u"sessionFiatAmount"_s, u"cryptoAmount"_s,  u"asset"_s,       u"rate"_s,
            u"rateSource"_s,   u"chainId"_s,           u"txHash"_s,        u"blockNumber"_s, u"from"_s,
            u"explorerUrl"_s,  u"orderId"_s,           u"counted"_s};
}

QByteArray toCsv(const QList<PaymentReportRow> &rows)
{
    QByteArray csv;
    QList<QByteArray> header;
    for (const QString &column : columns())
        header << field(column, false);
    csv += header.join(',') + "\r\n";
    for (const PaymentReportRow &row : rows) {
        const QList<QByteArray> fields{field(isoTime(row.timeMs), false),
                                       field(row.sessionId, true),
                                       field(row.sessionStatus, false),
                                       field(row.livemode ? u"true"_s : u"false"_s, false),
                                       field(row.fiatAmount, false),
                                       field(row.fiatCurrency, false),
                                       field(row.sessionFiatAmount, false),
                                       field(row.cryptoAmount, false),
                                       field(row.asset, true),
                                       field(row.rate, false),
                                       field(row.rateSource, true),
                                       field(QString::number(row.chainId), false),
                                       field(row.txHash, true),
                                       field(QString::number(row.blockNumber), false),
                                       field(row.fromAddress, true),
                                       field(row.explorerUrl, true),
                                       field(row.orderId, true),
                                       field(row.counted ? u"true"_s : u"false"_s, false)};
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

Result<qint64> parseTime(const QString &text, bool endOfRange)
{
    using R = Result<qint64>;
    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (datePattern.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return R::failure(u"'%1' is not a date (YYYY-MM-DD)."_s.arg(text));
        const QDate day = endOfRange ? date.addDays(1) : date;
        return R::success(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }
    static const QRegularExpression timePattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!timePattern.match(text).hasMatch() || !time.isValid())
        return R::failure(
            u"'%1' is neither a date (2026-11-01) nor a time with its zone (2026-11-01T09:30:00Z)."_s.arg(
                text.left(40)));
    return R::success(time.toMSecsSinceEpoch());
}

Result<Range> range(const QString &from, const QString &to, qint64 nowMs)
{
    Range result;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    result.toMs = QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    if (!to.isEmpty()) {
        const auto parsed = parseTime(to, true);
        if (!parsed)
            return Result<Range>::failure(parsed.error(), u"to"_s);
        result.toMs = *parsed;
    }
    result.fromMs = result.toMs - 30LL * 24 * 3600 * 1000;
    if (!from.isEmpty()) {
        const auto parsed = parseTime(from, false);
        if (!parsed)
            return Result<Range>::failure(parsed.error(), u"from"_s);
        result.fromMs = *parsed;
    }
    return Result<Range>::success(result);
}

qint64 periodStart(qint64 ms, Period period)
{
    QDate date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    if (period == Period::Week)
        date = date.addDays(1 - date.dayOfWeek());
    else if (period == Period::Month)
        date = QDate(date.year(), date.month(), 1);
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QList<PeriodTotals> totals(const QList<PaymentReportRow> &rows, Period period, qint64 fromMs, qint64 toMs)
{
    QList<PeriodTotals> result;
    QMap<qint64, qsizetype> byStart;
    for (qint64 start = periodStart(fromMs, period); start < toMs && result.size() < 10'000;) {
        byStart.insert(start, result.size());
        result << PeriodTotals{start, 0, {}, {}, {}};
        const QDate date = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
        const QDate next = period == Period::Day    ? date.addDays(1)
                           : period == Period::Week ? date.addDays(7)
                                                    : date.addMonths(1);
        start = QDateTime(next, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    QSet<QString> counted; // sessions already counted as paid (in their first payment's period)
    for (const PaymentReportRow &row : rows) {
        const auto found = byStart.constFind(periodStart(row.timeMs, period));
        if (found == byStart.cend())
            continue;
        PeriodTotals &bucket = result[*found];
        if (row.counted && row.fiatMinor) {
            qint64 &sum = bucket.fiatMinor[row.fiatCurrency];
            if (qAddOverflow(sum, *row.fiatMinor, &sum))
                sum = std::numeric_limits<qint64>::max();
        }
        bucket.received[row.asset] = bucket.received.value(row.asset).saturatingAdd(row.baseUnits);
        bucket.decimals[row.asset] = row.assetDecimals;
        if ((row.sessionStatus == u"paid" || row.sessionStatus == u"paid_late") &&
            !counted.contains(row.sessionId)) {
            counted.insert(row.sessionId);
            ++bucket.paidSessions;
        }
    }
    return result;
}

} // namespace paymentreport
