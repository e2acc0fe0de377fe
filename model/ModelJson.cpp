#include "CheckoutSession.h"
#include "Event.h"
#include "PaymentLink.h"
#include "Time.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject fiatJson(const FiatAmount &fiat)
{
    return {{u"amount"_s, fiat.toDecimalString()}, {u"currency"_s, fiat.currency}};
}

// The ETH/USD rate behind ethPriceUsd with its own source and time. A session locked before these were
// recorded (and whose own rate was not ETH/USD) says so with a null source instead of guessing.
QJsonObject ethUsdRateJson(const CheckoutSession &session)
{
    return {{u"rate"_s, session.ethPriceUsd},
            {u"source"_s, stringOrNull(session.ethPriceUsdSource)},
            {u"fetchedAt"_s, session.ethPriceUsdSource.isNull()
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(isoTimestamp(session.ethPriceUsdFetchedAtMs))}};
}
} // namespace

QJsonObject weiAmountJson(const UInt256 &wei)
{
    return {{u"wei"_s, toQString(wei)}, {u"eth"_s, formatUnits(wei)}};
}

QJsonObject paymentToJson(const Payment &payment, qint64 headBlockNumber, unsigned decimals)
{
    return {
        {u"txHash"_s, stringOrNull(payment.txHash)},
        {u"blockNumber"_s, payment.blockNumber},
        {u"blockHash"_s, payment.blockHash},
        {u"blockTimestamp"_s, isoTimestamp(payment.blockTimestampMs)},
        {u"confirmations"_s, payment.confirmations(headBlockNumber)},
        {u"amount"_s, QJsonObject{{u"wei"_s, toQString(payment.amount)},
                                  {u"eth"_s, formatUnits(payment.amount, decimals)}}},
        {u"from"_s, stringOrNull(payment.fromAddress)},
    };
}

QJsonObject sessionToJson(const CheckoutSession &session, const QList<Payment> &payments,
                          qint64 headBlockNumber)
{
    QJsonArray paymentArray;
    for (const auto &payment : payments)
        paymentArray.append(paymentToJson(payment, headBlockNumber, kWeiDecimals));
    return {
        {u"id"_s, session.id},
        {u"object"_s, u"checkout_session"_s},
        {u"linkId"_s, stringOrNull(session.linkId)},
        {u"status"_s, statusName(session.status)},
        {u"address"_s, session.address},
        {u"amount"_s, weiAmountJson(session.amountWei)},
        {u"fiat"_s, fiatJson(session.fiat)},
        {u"ethPriceUsd"_s, session.ethPriceUsd},
        {u"expiresAt"_s, isoTimestamp(session.expiresAtMs)},
        {u"paidAt"_s, isoTimestampOrNull(session.paidAtMs)},
        {u"txHash"_s, stringOrNull(session.txHash)},
        {u"chainId"_s, session.chainId},
        {u"metadata"_s, session.hasMetadata ? QJsonValue(session.metadata) : QJsonValue(QJsonValue::Null)},
        {u"successUrl"_s, stringOrNull(session.successUrl)},
        {u"cancelUrl"_s, stringOrNull(session.cancelUrl)},
        {u"returnUrl"_s, stringOrNull(session.returnUrl)},
        {u"customerEmail"_s, stringOrNull(session.customerEmail)},
        {u"livemode"_s, session.livemode},
        {u"checkoutUrl"_s, session.checkoutUrl},
        {u"createdAt"_s, isoTimestamp(session.createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(session.updatedAtMs)},
        // Additions beyond the session description.
        {u"amountReceived"_s, weiAmountJson(session.amountReceivedWei)},
        {u"payments"_s, paymentArray},
        {u"exchangeRate"_s, QJsonObject{{u"pair"_s, session.rate.base + u'-' + session.rate.quote},
                                        {u"rate"_s, session.rate.toDecimalString()},
                                        {u"source"_s, session.rateSource},
                                        {u"fetchedAt"_s, isoTimestamp(session.rateFetchedAtMs)},
                                        {u"ethUsd"_s, ethUsdRateJson(session)}}},
        {u"needsAttention"_s, session.needsAttention},
    };
}

QJsonObject paymentLinkToJson(const PaymentLink &link)
{
    return {
        {u"id"_s, link.id},
        {u"object"_s, u"payment_link"_s},
        {u"active"_s, link.active},
        {u"fiatAmount"_s, link.fiat.toDecimalString()},
        {u"fiatCurrency"_s, link.fiat.currency},
        {u"description"_s, stringOrNull(link.description)},
        {u"metadata"_s, link.hasMetadata ? QJsonValue(link.metadata) : QJsonValue(QJsonValue::Null)},
        {u"successUrl"_s, stringOrNull(link.successUrl)},
        {u"cancelUrl"_s, stringOrNull(link.cancelUrl)},
        {u"returnUrl"_s, stringOrNull(link.returnUrl)},
        {u"url"_s, link.url},
        {u"livemode"_s, link.livemode},
        {u"createdAt"_s, isoTimestamp(link.createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(link.updatedAtMs)},
    };
}

QJsonObject Event::toJson() const
{
    return {
        {u"id"_s, id},
        {u"object"_s, u"event"_s},
        {u"type"_s, type},
        {u"createdAt"_s, isoTimestamp(createdAtMs)},
        {u"livemode"_s, livemode},
        {u"data"_s, QJsonObject{{u"object"_s, object}}},
    };
}
