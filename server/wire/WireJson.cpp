#include "WireJson.h"

#include "Time.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

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

// The <native coin>/USD rate behind ethPriceUsd (POL-USD for a Polygon session) with its own source and
// time. A session locked before these were recorded (and whose own rate was not that pair) says so with a
// null source instead of guessing.
QJsonObject nativeUsdRateJson(const CheckoutSession &session)
{
    return {{u"pair"_s, session.nativeSymbol + u"-USD"_s},
            {u"rate"_s, session.nativePriceUsd},
            {u"source"_s, stringOrNull(session.nativePriceUsdSource)},
            {u"fetchedAt"_s, session.nativePriceUsdSource.isNull()
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(isoTimestamp(session.nativePriceUsdFetchedAtMs))}};
}
} // namespace

QJsonObject weiAmountJson(const UInt256 &wei)
{
    return {{u"wei"_s, toQString(wei)}, {u"eth"_s, formatUnits(wei)}};
}

QJsonObject assetAmountJson(const SessionAsset &asset, const UInt256 &baseUnits)
{
    if (!asset.isToken())
        return weiAmountJson(baseUnits);
    // The keys stay wei and eth, as the session description names them; in a token session they hold the
    // token's smallest unit and the token amount, and symbol says which token.
    return {{u"wei"_s, toQString(baseUnits)},
            {u"eth"_s, formatUnits(baseUnits, asset.decimals)},
            {u"symbol"_s, asset.symbol}};
}

QJsonObject paymentToJson(const Payment &payment, qint64 headBlockNumber, bool tokenSession, bool counted)
{
    QJsonObject amount{{u"wei"_s, toQString(payment.amount)},
                       {u"eth"_s, formatUnits(payment.amount, payment.assetDecimals)}};
    QJsonObject json{
        {u"txHash"_s, stringOrNull(payment.txHash)},
        {u"blockNumber"_s, payment.blockNumber},
        {u"blockHash"_s, payment.blockHash},
        {u"blockTimestamp"_s, isoTimestamp(payment.blockTimestampMs)},
        {u"confirmations"_s, payment.confirmations(headBlockNumber)},
        {u"from"_s, stringOrNull(payment.fromAddress)},
    };
    if (tokenSession) {
        amount.insert(u"symbol"_s, payment.assetSymbol);
        json.insert(u"counted"_s, counted);
        json.insert(u"logIndex"_s,
                    payment.logIndex >= 0 ? QJsonValue(payment.logIndex) : QJsonValue(QJsonValue::Null));
    }
    json.insert(u"amount"_s, amount);
    // Only on chains with confirmation nodes, once they have answered.
    if (payment.crossChecked)
        json.insert(u"crossCheck"_s, u"agreed"_s);
    else if (!payment.crossCheckError.isEmpty())
        json.insert(u"crossCheck"_s, payment.crossCheckError);
    return json;
}

QJsonObject refundToJson(const Refund &refund, const SessionAsset &asset)
{
    const bool transfer = refund.hasTransfer();
    QJsonObject json{
        {u"id"_s, refund.id},
        {u"object"_s, u"refund"_s},
        {u"sessionId"_s, refund.sessionId},
        {u"status"_s, refundStatusName(refund.status)},
        {u"amount"_s, assetAmountJson(asset, refund.amount)},
        {u"fiat"_s, fiatJson(refund.fiat)},
        {u"address"_s, refund.address},
        {u"chainId"_s, refund.chainId},
        {u"reason"_s, refund.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(refund.reason)},
        {u"txHash"_s, transfer ? QJsonValue(refund.txHash) : QJsonValue(QJsonValue::Null)},
        {u"blockNumber"_s, transfer ? QJsonValue(refund.blockNumber) : QJsonValue(QJsonValue::Null)},
        {u"amountSent"_s,
         transfer ? QJsonValue(assetAmountJson(asset, refund.amountSent)) : QJsonValue(QJsonValue::Null)},
        {u"livemode"_s, refund.livemode},
        {u"createdAt"_s, isoTimestamp(refund.createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(refund.updatedAtMs)},
        {u"succeededAt"_s, isoTimestampOrNull(refund.succeededAtMs)},
    };
    if (refund.status == RefundStatus::Pending)
        json.insert(u"paymentUri"_s, refundPaymentUri(refund));
    return json;
}

QJsonObject sessionToJson(const CheckoutSession &session, const QList<Payment> &payments,
                          qint64 headBlockNumber, const QList<Refund> &refunds)
{
    const bool token = session.asset.isToken();
    QJsonArray paymentArray;
    for (const auto &payment : payments)
        paymentArray.append(
            paymentToJson(payment, headBlockNumber, token, session.asset.matches(payment.tokenContract)));
    QJsonArray refundArray;
    for (const Refund &refund : refunds)
        refundArray.append(refundToJson(refund, session.asset));
    QJsonObject json{
        {u"id"_s, session.id},
        {u"object"_s, u"checkout_session"_s},
        {u"linkId"_s, stringOrNull(session.linkId)},
        {u"status"_s, statusName(session.status)},
        {u"address"_s, session.address},
        {u"amount"_s, assetAmountJson(session.asset, session.amountDue)},
        {u"fiat"_s, fiatJson(session.fiat)},
        {u"ethPriceUsd"_s, session.nativePriceUsd},
        {u"expiresAt"_s, isoTimestamp(session.expiresAtMs)},
        {u"paidAt"_s, isoTimestampOrNull(session.paidAtMs)},
        {u"txHash"_s, stringOrNull(session.txHash)},
        {u"chainId"_s, session.chainId},
        {u"metadata"_s, session.hasMetadata ? QJsonValue(session.metadata) : QJsonValue(QJsonValue::Null)},
        {u"description"_s, stringOrNull(session.description)},
        {u"successUrl"_s, stringOrNull(session.successUrl)},
        {u"cancelUrl"_s, stringOrNull(session.cancelUrl)},
        {u"returnUrl"_s, stringOrNull(session.returnUrl)},
        {u"customerEmail"_s, stringOrNull(session.customerEmail)},
        {u"livemode"_s, session.livemode},
        {u"checkoutUrl"_s, session.checkoutUrl},
        {u"createdAt"_s, isoTimestamp(session.createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(session.updatedAtMs)},
        // Additions beyond the session description.
        {u"amountReceived"_s, assetAmountJson(session.asset, session.amountReceived)},
        {u"payments"_s, paymentArray},
        {u"exchangeRate"_s, QJsonObject{{u"pair"_s, session.rate.base + u'-' + session.rate.quote},
                                        {u"rate"_s, session.rate.toDecimalString()},
                                        {u"source"_s, session.rateSource},
                                        {u"fetchedAt"_s, isoTimestamp(session.rateFetchedAtMs)},
                                        {u"nativeUsd"_s, nativeUsdRateJson(session)}}},
        {u"needsAttention"_s, session.needsAttention},
        {u"refunds"_s, refundArray},
        {u"amountRefunded"_s, assetAmountJson(session.asset, refundedAmount(refunds, false))},
    };
    if (token) {
        json.insert(u"asset"_s, QJsonObject{{u"symbol"_s, session.asset.symbol},
                                            {u"contract"_s, session.asset.contract},
                                            {u"decimals"_s, static_cast<int>(session.asset.decimals)}});
    }
    return json;
}

namespace {
// Appends compact JSON as QJsonDocument writes it. The caller writes an object's keys in QJsonObject's
// order (sorted); commas and colons are placed here.
class JsonOut
{
public:
    explicit JsonOut(QByteArray &out)
        : m_out(out)
    {}
    JsonOut &begin()
    {
        separate();
        m_out.append('{');
        m_first = true;
        return *this;
    }
    JsonOut &end()
    {
        m_out.append('}');
        m_first = false;
        return *this;
    }
    JsonOut &key(QByteArrayView name)
    {
        put(m_first ? "\"" : ",\"", name, "\":");
        m_first = true; // the value follows without a comma
        return *this;
    }
    JsonOut &string(QStringView text)
    {
        separate();
        appendEscaped(text);
        return *this;
    }
    JsonOut &stringOrNull(const QString &text) { return text.isNull() ? null() : string(text); }
    JsonOut &integer(qint64 value) { return raw(QByteArray::number(value)); }
    JsonOut &boolean(bool value) { return raw(value ? "true" : "false"); }
    JsonOut &null() { return raw("null"); }
    // Anything else (metadata, payments, refunds): QJsonDocument's own bytes, the same by construction. A
    // new session's payments and refunds are empty: no document for those.
    JsonOut &json(const QJsonObject &object)
    {
        return raw(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    JsonOut &json(const QJsonArray &array)
    {
        return array.isEmpty() ? raw("[]") : raw(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

private:
    JsonOut &raw(QByteArrayView json)
    {
        put(m_first ? "" : ",", json);
        m_first = false;
        return *this;
    }
    // Appends the pieces with one resize: a session's JSON is some hundred short pieces.
    void put(QByteArrayView a, QByteArrayView b, QByteArrayView c = {})
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + a.size() + b.size() + c.size());
        char *to = m_out.data() + at;
        for (const QByteArrayView piece : {a, b, c}) {
            if (!piece.isEmpty())
                to = std::copy(piece.begin(), piece.end(), to);
        }
    }
    void separate()
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
    }
    // As Qt's JSON writer: ", \\ and control characters escaped (\b \f \n \r \t, else \u00xx), everything
    // else as UTF-8, and a lone surrogate as \uxxxx.
    void appendEscaped(QStringView text)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_out.append('"');
        const char16_t *it = text.utf16();
        const char16_t *const end = it + text.size();
        const auto plain = [](char16_t u) { return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\'; };
        while (it != end) {
            // A run of characters written as they are (nearly all of a session's text), in one resize.
            const char16_t *const run = it;
            while (it != end && plain(*it))
                ++it;
            if (it != run) {
                const qsizetype at = m_out.size();
                m_out.resize(at + (it - run));
                std::transform(run, it, m_out.data() + at, [](char16_t u) { return static_cast<char>(u); });
                if (it == end)
                    break;
            }
            const char16_t u = *it++;
            if (u < 0x80) {
                m_out.append('\\');
                switch (u) {
                case u'"':
                    m_out.append('"');
                    break;
                case u'\\':
                    m_out.append('\\');
                    break;
                case 0x08:
                    m_out.append('b');
                    break;
                case 0x0c:
                    m_out.append('f');
                    break;
                case 0x0a:
                    m_out.append('n');
                    break;
                case 0x0d:
                    m_out.append('r');
                    break;
                case 0x09:
                    m_out.append('t');
                    break;
                default:
                    m_out.append("u00").append(hex[u >> 4]).append(hex[u & 0xf]);
                }
            } else if (u < 0x800) {
                m_out.append(static_cast<char>(0xc0 | (u >> 6))).append(static_cast<char>(0x80 | (u & 0x3f)));
            } else if (QChar::isHighSurrogate(u) && it != end && QChar::isLowSurrogate(*it)) {
                const char32_t c = QChar::surrogateToUcs4(u, *it++);
                m_out.append(static_cast<char>(0xf0 | (c >> 18)))
                    .append(static_cast<char>(0x80 | ((c >> 12) & 0x3f)))
                    .append(static_cast<char>(0x80 | ((c >> 6) & 0x3f)))
                    .append(static_cast<char>(0x80 | (c & 0x3f)));
            } else if (QChar::isSurrogate(u)) {
                m_out.append("\\u")
                    .append(hex[u >> 12])
                    .append(hex[(u >> 8) & 0xf])
                    .append(hex[(u >> 4) & 0xf])
                    .append(hex[u & 0xf]);
            } else {
                m_out.append(static_cast<char>(0xe0 | (u >> 12)))
                    .append(static_cast<char>(0x80 | ((u >> 6) & 0x3f)))
                    .append(static_cast<char>(0x80 | (u & 0x3f)));
            }
        }
        m_out.append('"');
    }

    QByteArray &m_out;
    bool m_first = true;
};

// assetAmountJson's keys: eth, symbol (a token's), wei.
void writeAssetAmount(JsonOut &out, const SessionAsset &asset, const UInt256 &baseUnits)
{
    out.begin().key("eth").string(formatUnits(baseUnits, asset.isToken() ? asset.decimals : kWeiDecimals));
    if (asset.isToken())
        out.key("symbol").string(asset.symbol);
    out.key("wei").string(toQString(baseUnits)).end();
}
} // namespace

QByteArray sessionWireJson(const CheckoutSession &session, const QList<Payment> &payments,
                           qint64 headBlockNumber, const QList<Refund> &refunds)
{
    const bool token = session.asset.isToken();
    QByteArray bytes;
    bytes.reserve(1400);
    JsonOut out(bytes);
    // sessionToJson's keys, sorted as QJsonObject keeps them.
    out.begin().key("address").string(session.address);
    out.key("amount");
    writeAssetAmount(out, session.asset, session.amountDue);
    out.key("amountReceived");
    writeAssetAmount(out, session.asset, session.amountReceived);
    out.key("amountRefunded");
    writeAssetAmount(out, session.asset, refundedAmount(refunds, false));
    if (token) {
        out.key("asset")
            .begin()
            .key("contract")
            .string(session.asset.contract)
            .key("decimals")
            .integer(session.asset.decimals)
            .key("symbol")
            .string(session.asset.symbol)
            .end();
    }
    out.key("cancelUrl").stringOrNull(session.cancelUrl);
    out.key("chainId").integer(session.chainId);
    out.key("checkoutUrl").string(session.checkoutUrl);
    out.key("createdAt").string(isoTimestamp(session.createdAtMs));
    out.key("customerEmail").stringOrNull(session.customerEmail);
    out.key("description").stringOrNull(session.description);
    out.key("ethPriceUsd").string(session.nativePriceUsd);
    out.key("exchangeRate").begin().key("fetchedAt").string(isoTimestamp(session.rateFetchedAtMs));
    out.key("nativeUsd").begin();
    if (session.nativePriceUsdSource.isNull())
        out.key("fetchedAt").null();
    else
        out.key("fetchedAt").string(isoTimestamp(session.nativePriceUsdFetchedAtMs));
    out.key("pair").string(session.nativeSymbol + u"-USD"_s);
    out.key("rate").string(session.nativePriceUsd);
    out.key("source").stringOrNull(session.nativePriceUsdSource).end();
    out.key("pair").string(session.rate.base + u'-' + session.rate.quote);
    out.key("rate").string(session.rate.toDecimalString());
    out.key("source").string(session.rateSource).end();
    out.key("expiresAt").string(isoTimestamp(session.expiresAtMs));
    out.key("fiat")
        .begin()
        .key("amount")
        .string(session.fiat.toDecimalString())
        .key("currency")
        .string(session.fiat.currency)
        .end();
    out.key("id").string(session.id);
    out.key("linkId").stringOrNull(session.linkId);
    out.key("livemode").boolean(session.livemode);
    if (session.hasMetadata)
        out.key("metadata").json(session.metadata);
    else
        out.key("metadata").null();
    out.key("needsAttention").boolean(session.needsAttention);
    out.key("object").string(u"checkout_session");
    if (session.paidAtMs)
        out.key("paidAt").string(isoTimestamp(*session.paidAtMs));
    else
        out.key("paidAt").null();
    QJsonArray paymentArray;
    for (const auto &payment : payments)
        paymentArray.append(
            paymentToJson(payment, headBlockNumber, token, session.asset.matches(payment.tokenContract)));
    out.key("payments").json(paymentArray);
    QJsonArray refundArray;
    for (const Refund &refund : refunds)
        refundArray.append(refundToJson(refund, session.asset));
    out.key("refunds").json(refundArray);
    out.key("returnUrl").stringOrNull(session.returnUrl);
    out.key("status").string(statusName(session.status));
    out.key("successUrl").stringOrNull(session.successUrl);
    out.key("txHash").stringOrNull(session.txHash);
    out.key("updatedAt").string(isoTimestamp(session.updatedAtMs));
    out.end();
    return bytes;
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
        {u"asset"_s, stringOrNull(link.asset)},
        {u"url"_s, link.url},
        {u"livemode"_s, link.livemode},
        {u"createdAt"_s, isoTimestamp(link.createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(link.updatedAtMs)},
    };
}

QJsonObject eventToJson(const Event &event)
{
    const Event &e = event;
    return {
        {u"id"_s, e.id},
        {u"object"_s, u"event"_s},
        {u"type"_s, e.type},
        {u"createdAt"_s, isoTimestamp(e.createdAtMs)},
        {u"livemode"_s, e.livemode},
        {u"data"_s, QJsonObject{{u"object"_s, e.object}}},
    };
}

QJsonObject endpointToJson(const WebhookEndpoint &endpoint, bool includeSecret)
{
    const WebhookEndpoint &e = endpoint;
    QJsonObject json{
        {u"id"_s, e.id},
        {u"object"_s, u"webhook_endpoint"_s},
        {u"url"_s, e.url},
        {u"description"_s, e.description.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.description)},
        {u"events"_s, QJsonArray::fromStringList(e.events)},
        {u"enabled"_s, e.enabled},
        {u"status"_s, !e.enabled         ? u"disabled"_s
                      : e.failingSinceMs ? u"failing"_s
                                         : u"enabled"_s},
        {u"failingSince"_s, isoTimestampOrNull(e.failingSinceMs)},
        {u"livemode"_s, e.livemode},
        {u"createdAt"_s, isoTimestamp(e.createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(e.updatedAtMs)}};
    if (includeSecret)
        json.insert(u"secret"_s, e.secret);
    return json;
}

QJsonObject attemptToJson(const WebhookAttempt &attempt)
{
    const WebhookAttempt &a = attempt;
    return {{u"attemptedAt"_s, isoTimestamp(a.attemptedAtMs)},
            {u"statusCode"_s, a.statusCode ? QJsonValue(*a.statusCode) : QJsonValue(QJsonValue::Null)},
            {u"latencyMs"_s, a.latencyMs},
            {u"responseExcerpt"_s, a.responseExcerpt},
            {u"error"_s, a.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.error)}};
}

QJsonObject paymentReportToJson(const QList<PaymentReportRow> &rows, qint64 fromMs, qint64 toMs)
{
    auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    QJsonArray data;
    for (const PaymentReportRow &row : rows) {
        data.append(QJsonObject{{u"time"_s, iso(row.timeMs)},
                                {u"sessionId"_s, row.sessionId},
                                {u"sessionStatus"_s, row.sessionStatus},
                                {u"livemode"_s, row.livemode},
                                {u"fiatAmount"_s, text(row.fiatAmount)},
                                {u"fiatCurrency"_s, row.fiatCurrency},
                                {u"sessionFiatAmount"_s, row.sessionFiatAmount},
                                {u"cryptoAmount"_s, row.cryptoAmount},
                                {u"asset"_s, row.asset},
                                {u"rate"_s, row.rate},
                                {u"rateSource"_s, text(row.rateSource)},
                                {u"chainId"_s, row.chainId},
                                {u"txHash"_s, text(row.txHash)},
                                {u"blockNumber"_s, row.blockNumber},
                                {u"from"_s, text(row.fromAddress)},
                                {u"explorerUrl"_s, text(row.explorerUrl)},
                                {u"orderId"_s, text(row.orderId)},
                                {u"counted"_s, row.counted}});
    }
    return {{u"object"_s, u"report"_s}, {u"from"_s, iso(fromMs)}, {u"to"_s, iso(toMs)}, {u"data"_s, data}};
}
