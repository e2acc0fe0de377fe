#include "PaymentReportService.h"

#include "AppConfig.h"
#include "DomainError.h"
#include "Money.h"
#include "Storage.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QList<PaymentReportRow> PaymentReportService::payments(bool livemode, qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        throw DomainError::invalid(u"The range is empty: 'to' must be later than 'from'."_s, u"to"_s);
    ReportedPayments found;
    m_store.db().snapshot(
        [&] { found = m_store.sessions().paymentsBetween(livemode, fromMs, toMs, kMaxRows); });
    if (found.truncated)
        throw DomainError::invalid(
            u"More than %1 payments fall in this range; ask for a shorter one."_s.arg(kMaxRows), u"from"_s,
            u"range_too_large"_s);

    QList<PaymentReportRow> rows;
    rows.reserve(found.payments.size());
    for (const Payment &payment : found.payments) {
        const auto sessionIt = found.sessions.constFind(payment.sessionId);
        if (sessionIt == found.sessions.cend())
            continue; // cannot happen: the same transaction read both
        const CheckoutSession &session = *sessionIt;
        const auto chainIt = m_config.chains.constFind(payment.chainId);
        const QUrl explorer = chainIt != m_config.chains.cend() ? chainIt->explorerUrl : QUrl();
        PaymentReportRow row;
        row.timeMs = payment.blockTimestampMs > 0 ? payment.blockTimestampMs : payment.seenAtMs;
        row.sessionId = session.id;
        row.sessionStatus = statusName(session.status);
        row.livemode = session.livemode;
        row.counted = session.asset.matches(payment.tokenContract);
        row.fiatCurrency = session.fiat.currency;
        row.sessionFiatAmount = session.fiat.toDecimalString();
        if (row.counted) {
            if (const auto value =
                    convertBaseUnitsToFiat(payment.amount, session.rate, payment.assetDecimals)) {
                row.fiatAmount = value->toDecimalString();
                row.fiatMinor = value->minor;
            }
        }
        row.cryptoAmount = formatUnits(payment.amount, payment.assetDecimals);
        row.baseUnits = payment.amount;
        row.assetDecimals = payment.assetDecimals;
        row.asset = !payment.assetSymbol.isEmpty() ? payment.assetSymbol : session.nativeSymbol;
        row.rate = session.rate.toDecimalString();
        row.rateSource = session.rateSource;
        row.chainId = payment.chainId;
        row.txHash = payment.txHash;
        row.blockNumber = payment.blockNumber;
        row.fromAddress = payment.fromAddress;
        if (!explorer.isEmpty() && !payment.txHash.isEmpty())
            row.explorerUrl = explorer.toString(QUrl::StripTrailingSlash) + u"/tx/"_s + payment.txHash;
        // A string as it is; a number as JSON writes it (an id is not rounded to an integer).
        const QJsonValue orderId = session.metadata.value(u"orderId"_s);
        if (orderId.isString())
            row.orderId = orderId.toString();
        else if (orderId.isDouble())
            row.orderId = QString::fromUtf8(QJsonDocument(QJsonArray{orderId}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
        rows << row;
    }
    return rows;
}
