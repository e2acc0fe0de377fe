// Rows to records and back: the column lists and readers the repositories share.
#include "Rows.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace sqlsupport;

namespace rows {

const QString kSessionColumns =
    u"id, livemode, link_id, status, chain_id, address, address_index, amount_wei, fiat_minor, "
    u"fiat_currency, "
    "eth_price_usd, rate_pair, rate_value, rate_decimals, rate_source, rate_fetched_at, expires_at, paid_at, "
    "tx_hash, metadata, success_url, cancel_url, return_url, customer_email, checkout_url, created_at, "
    "updated_at, amount_received_wei, needs_attention, eth_usd_source, eth_usd_fetched_at, seq, asset, "
    "token_contract, token_decimals, native_symbol, description"_s;

CheckoutSession sessionFromQuery(const QSqlQuery &query)
{
    CheckoutSession s;
    s.id = query.value(0).toString();
    s.livemode = query.value(1).toBool();
    s.linkId = nullableString(query.value(2));
    s.status = statusFromName(query.value(3).toString()).value_or(SessionStatus::Failed);
    s.chainId = query.value(4).toLongLong();
    s.address = query.value(5).toString();
    s.addressIndex = query.value(6).toLongLong();
    s.amountDue = wei(query.value(7));
    s.fiat = FiatAmount{query.value(8).toLongLong(), query.value(9).toString()};
    s.nativePriceUsd = query.value(10).toString();
    const QStringList pair = query.value(11).toString().split(u'-');
    s.rate.base = pair.value(0);
    s.rate.quote = pair.value(1);
    s.rate.scaled = wei(query.value(12));
    s.rate.decimals = query.value(13).toUInt();
    s.rateSource = query.value(14).toString();
    s.rateFetchedAtMs = query.value(15).toLongLong();
    s.expiresAtMs = query.value(16).toLongLong();
    s.paidAtMs = optionalInt(query.value(17));
    s.txHash = nullableString(query.value(18));
    s.hasMetadata = !query.value(19).isNull();
    if (s.hasMetadata)
        s.metadata = jsonObject(query.value(19));
    s.successUrl = nullableString(query.value(20));
    s.cancelUrl = nullableString(query.value(21));
    s.returnUrl = nullableString(query.value(22));
    s.customerEmail = nullableString(query.value(23));
    s.checkoutUrl = query.value(24).toString();
    s.createdAtMs = query.value(25).toLongLong();
    s.updatedAtMs = query.value(26).toLongLong();
    s.amountReceived = wei(query.value(27));
    s.needsAttention = query.value(28).toBool();
    s.nativePriceUsdSource = nullableString(query.value(29));
    s.nativePriceUsdFetchedAtMs = query.value(30).toLongLong();
    if (!query.value(33).isNull()) {
        s.asset.symbol = query.value(32).toString();
        s.asset.contract = query.value(33).toString();
        s.asset.decimals = query.value(34).toUInt();
    }
    s.nativeSymbol = query.value(35).toString();
    s.description = nullableString(query.value(36));
    return s;
}

const QString kLinkColumns =
    u"id, livemode, active, fiat_minor, fiat_currency, description, metadata, success_url, cancel_url, "
    "return_url, url, created_at, updated_at, asset"_s;

PaymentLink linkFromQuery(const QSqlQuery &query)
{
    PaymentLink link;
    link.id = query.value(0).toString();
    link.livemode = query.value(1).toBool();
    link.active = query.value(2).toBool();
    link.fiat = FiatAmount{query.value(3).toLongLong(), query.value(4).toString()};
    link.description = nullableString(query.value(5));
    link.hasMetadata = !query.value(6).isNull();
    if (link.hasMetadata)
        link.metadata = jsonObject(query.value(6));
    link.successUrl = nullableString(query.value(7));
    link.cancelUrl = nullableString(query.value(8));
    link.returnUrl = nullableString(query.value(9));
    link.url = query.value(10).toString();
    link.createdAtMs = query.value(11).toLongLong();
    link.updatedAtMs = query.value(12).toLongLong();
    link.asset = nullableString(query.value(13));
    return link;
}

const QString kApiKeyColumns =
    u"id, name, livemode, kind, hint, hash, created_at, revoked_at, last_used_at"_s;

ApiKey apiKeyFromQuery(const QSqlQuery &query)
{
    ApiKey key;
    key.id = query.value(0).toString();
    key.name = query.value(1).toString();
    key.livemode = query.value(2).toBool();
    key.kind = query.value(3).toString() == u"read_only" ? ApiKey::Kind::ReadOnly : ApiKey::Kind::Secret;
    key.hint = query.value(4).toString();
    key.hash = query.value(5).toByteArray();
    key.createdAtMs = query.value(6).toLongLong();
    key.revokedAtMs = optionalInt(query.value(7));
    key.lastUsedAtMs = optionalInt(query.value(8));
    return key;
}

const QString kEventColumns = u"id, type, session_id, livemode, created_at, payload"_s;

Event eventFromQuery(const QSqlQuery &query)
{
    Event event;
    event.id = query.value(0).toString();
    event.type = query.value(1).toString();
    event.sessionId = nullableString(query.value(2));
    event.livemode = query.value(3).toBool();
    event.createdAtMs = query.value(4).toLongLong();
    event.object = jsonObject(query.value(5));
    return event;
}

const QString kPaymentColumns =
    u"id, session_id, chain_id, tx_hash, log_index, block_number, block_hash, block_timestamp, amount, "
    "from_address, seen_at, token_contract, asset, asset_decimals, cross_checked, cross_check_error"_s;

// The payment columns with the payments table's alias, for joins.
QString qualifiedPaymentColumns()
{
    QStringList columns;
    for (const QString &column : kPaymentColumns.split(u", "_s))
        columns << u"p."_s + column;
    return columns.join(u", "_s);
}

Payment paymentFromQuery(const QSqlQuery &query)
{
    Payment payment;
    payment.id = query.value(0).toLongLong();
    payment.sessionId = query.value(1).toString();
    payment.chainId = query.value(2).toLongLong();
    payment.txHash = nullableString(query.value(3));
    payment.logIndex = query.value(4).toLongLong();
    payment.blockNumber = query.value(5).toLongLong();
    payment.blockHash = query.value(6).toString();
    payment.blockTimestampMs = query.value(7).toLongLong();
    payment.amount = wei(query.value(8));
    payment.fromAddress = nullableString(query.value(9));
    payment.seenAtMs = query.value(10).toLongLong();
    payment.tokenContract = query.value(11).toString();
    payment.assetSymbol = query.value(12).toString();
    payment.assetDecimals = query.value(13).toUInt();
    payment.crossChecked = query.value(14).toBool();
    payment.crossCheckError = nullableString(query.value(15));
    return payment;
}

const QString kEndpointColumns =
    u"id, livemode, url, description, events, secret, previous_secret, "
    "previous_secret_expires_at, enabled, failing_since, created_at, updated_at"_s;

WebhookEndpoint endpointFromQuery(const QSqlQuery &query)
{
    WebhookEndpoint endpoint;
    endpoint.id = query.value(0).toString();
    endpoint.livemode = query.value(1).toBool();
    endpoint.url = query.value(2).toString();
    endpoint.description = nullableString(query.value(3));
    for (const QJsonValue &type : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array())
        endpoint.events << type.toString();
    endpoint.secret = query.value(5).toString();
    endpoint.previousSecret = nullableString(query.value(6));
    endpoint.previousSecretExpiresAtMs = optionalInt(query.value(7));
    endpoint.enabled = query.value(8).toBool();
    endpoint.failingSinceMs = optionalInt(query.value(9));
    endpoint.createdAtMs = query.value(10).toLongLong();
    endpoint.updatedAtMs = query.value(11).toLongLong();
    return endpoint;
}

const QString kDeliveryColumns = u"d.id, d.event_id, d.endpoint_id, d.state, d.attempts, d.next_attempt_at, "
                                 "d.delivered_at, d.created_at, e.type, e.session_id, w.url"_s;
const QString kDeliveryJoin =
    u"webhook_deliveries d JOIN events e ON e.id = d.event_id JOIN webhook_endpoints w ON "
    "w.id = d.endpoint_id"_s;

WebhookDelivery deliveryFromQuery(const QSqlQuery &query)
{
    WebhookDelivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.eventId = query.value(1).toString();
    delivery.endpointId = query.value(2).toString();
    const QString state = query.value(3).toString();
    delivery.state = state == u"delivered" ? WebhookDelivery::State::Delivered
                     : state == u"failed"  ? WebhookDelivery::State::Failed
                                           : WebhookDelivery::State::Pending;
    delivery.attempts = query.value(4).toInt();
    delivery.nextAttemptAtMs = optionalInt(query.value(5));
    delivery.deliveredAtMs = optionalInt(query.value(6));
    delivery.createdAtMs = query.value(7).toLongLong();
    delivery.eventType = query.value(8).toString();
    delivery.sessionId = nullableString(query.value(9));
    delivery.endpointUrl = query.value(10).toString();
    return delivery;
}

WebhookAttempt attemptFromQuery(const QSqlQuery &query)
{
    WebhookAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.deliveryId = query.value(1).toLongLong();
    attempt.attemptedAtMs = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        attempt.statusCode = query.value(3).toInt();
    attempt.latencyMs = query.value(4).toLongLong();
    attempt.responseExcerpt = nullableString(query.value(5));
    attempt.error = nullableString(query.value(6));
    return attempt;
}

QString eventsText(const QStringList &events)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact));
}

} // namespace rows
