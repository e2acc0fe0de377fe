#pragma once

#include "Result.h"
#include "UInt256.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The books: one row per payment received, with what the accountant needs to match it to an order and
// a bank of record (the chain). Amounts are exact decimal text, never floating point.
struct PaymentReportRow
{
    qint64 timeMs = 0; // the block's time (else when the watcher saw the payment)
    QString sessionId;
    QString sessionStatus;
    bool livemode = false;
    QString fiatAmount;   // this payment's value at the session's locked rate ("30.00"); empty if not counted
    QString fiatCurrency; // the session's currency
    QString sessionFiatAmount; // what the session asked for
    QString cryptoAmount;      // "0.01", in asset
    QString asset;             // "ETH", "USDC"
    QString rate;              // asset in fiat, as locked at creation
    QString rateSource;
    qint64 chainId = 0;
    QString txHash;
    qint64 blockNumber = 0;
    QString fromAddress;
    QString explorerUrl; // the transaction on the chain's explorer; empty without [chain.<id>] explorerUrl
    QString orderId;     // metadata.orderId, when the shop set one
    bool counted = true; // paid in the session's asset (a payment in another asset is listed, not counted)
    // The same amounts as numbers, for totals (not columns of their own).
    UInt256 baseUnits;               // cryptoAmount in the asset's smallest unit
    unsigned assetDecimals = 18;     // of asset
    std::optional<qint64> fiatMinor; // fiatAmount in the currency's minor unit
};

// Totals per day, week (Monday to Sunday) or month, UTC: what the console's overview shows.
struct PeriodTotals
{
    qint64 startMs = 0;               // the period's first moment
    int paidSessions = 0;             // sessions paid (or paid late) whose first payment falls in the period
    QMap<QString, qint64> fiatMinor;  // currency -> the counted payments' value, in its minor unit
    QMap<QString, UInt256> received;  // asset -> base units received (counted or not)
    QMap<QString, unsigned> decimals; // asset -> its decimals
};
enum class Period { Day, Week, Month };

namespace paymentreport {

// The CSV header, in column order.
QStringList columns();

// RFC 4180: UTF-8, CRLF line ends, a header row, fields quoted when they hold a comma, a quote, a line break
// or surrounding spaces. A text field a spreadsheet would run as a formula (starting with =, +, -, @, tab
// or CR) gets a leading apostrophe, as OWASP recommends against CSV injection.
QByteArray toCsv(const QList<PaymentReportRow> &rows);

// "2026-11-01" (midnight UTC; as an end of range, the end of that day) or an RFC 3339 time
// ("2026-11-01T09:30:00Z", "…+01:00"). In milliseconds since the epoch.
Result<qint64> parseTime(const QString &text, bool endOfRange);

// The range when none is given: the 30 UTC days that end with today (so a block stamped a little ahead of
// this computer's clock is still in).
struct Range
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};
// `from` and `to` as given (null or empty: the default's), validated; the error names the parameter.
Result<Range> range(const QString &from, const QString &to, qint64 nowMs);

// The periods from fromMs to toMs (every one, also those with nothing), oldest first, with the rows'
// totals.
QList<PeriodTotals> totals(const QList<PaymentReportRow> &rows, Period period, qint64 fromMs, qint64 toMs);
// The start of the period that holds ms.
qint64 periodStart(qint64 ms, Period period);

} // namespace paymentreport
