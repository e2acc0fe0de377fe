// What every price provider shares: the plausibility net, URLs, and how an error answer is described.
#include "PriceFormatsDetail.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace prices {

using detail::kMaxRateDecimals;

namespace {
constexpr unsigned kMaxPlausibleDigits = 12;  // 10^12 of any fiat for one coin is a broken answer
constexpr unsigned kMinPlausibleDecimals = 8; // and less than 10^-8 of one is no market either

// Printable ASCII only, so a garbage answer cannot garble a log line or an API error.
QString snippet(const QByteArray &body, qsizetype length = 80)
{
    QString text;
    for (char c : body.left(length * 4)) {
        if (text.size() >= length)
            break;
        text += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u' ';
    }
    text = text.simplified();
    return body.size() > length ? text + u"…"_s : text;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}
} // namespace

namespace detail {

Result<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString described = describeErrorBody(body);
        return Result<QJsonObject>::failure(
            u"the answer is %1"_s.arg(described.isEmpty() ? u"not a JSON object"_s : described));
    }
    return Result<QJsonObject>::success(document.object());
}

Result<QJsonObject> providerObject(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return object;
    const QString providerError = describeErrorBody(body);
    if (!providerError.isEmpty())
        return Result<QJsonObject>::failure(providerError);
    return object;
}

} // namespace detail

Result<ExchangeRate> checkPlausible(const ExchangeRate &rate)
{
    // value >= 10^-8  <=>  scaled * 10^8 >= 10^decimals;  value < 10^12  <=>  scaled < 10^(12 + decimals).
    const bool tooLarge = rate.decimals > kMaxRateDecimals ||
                          rate.scaled >= UInt256::powerOfTen(kMaxPlausibleDigits + rate.decimals);
    const auto scaledUp = UInt256::checkedMul(rate.scaled, UInt256::powerOfTen(kMinPlausibleDecimals));
    const bool tooSmall = !tooLarge && scaledUp && *scaledUp < UInt256::powerOfTen(rate.decimals);
    if (tooSmall || tooLarge) {
        return Result<ExchangeRate>::failure(
            u"the %1-%2 price %3 is not plausible (expected 0.00000001 to 10^12), refused"_s.arg(
                rate.base, rate.quote, rate.decimals <= kMaxRateDecimals ? rate.toDecimalString() : u"?"_s));
    }
    return Result<ExchangeRate>::success(rate);
}

Result<ExchangeRate> rateFromText(const CurrencyPair &pair, const QString &text)
{
    const auto rate = parseExchangeRate(pair.base, pair.quote, text.left(100));
    if (!rate) {
        QString message = rate.error();
        // parseExchangeRate writes a sentence; this one goes into a list of reasons.
        if (message.endsWith(u'.'))
            message.chop(1);
        if (!message.isEmpty())
            message[0] = message[0].toLower();
        return Result<ExchangeRate>::failure(message);
    }
    return checkPlausible(*rate);
}

QUrl joinUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, value);
    url.setQuery(items);
    return url;
}

QString describeErrorBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return u"empty"_s;
    if (looksLikeHtml(body)) {
        static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        const auto match = title.match(QString::fromUtf8(body.left(4096)));
        const QString titleText = match.hasMatch() ? snippet(match.captured(1).toUtf8()) : QString();
        return titleText.isEmpty() ? u"an HTML page, not JSON"_s
                                   : u"an HTML page (\"%1\"), not JSON"_s.arg(titleText);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return u"not JSON (%1): %2"_s.arg(error.errorString(), snippet(body));
    const QJsonObject object = document.object();
    // Coinbase: {"errors":[{"id":"not_found","message":"Invalid currency"}]}
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.at(0).toObject();
        return u"the provider says: %1"_s.arg(
            snippet((first.value(u"message"_s).toString(first.value(u"id"_s).toString())).toUtf8(), 200));
    }
    // Kraken: {"error":["EQuery:Unknown asset pair"]}; CoinGecko: {"error":"coin not found"}
    const QJsonValue krakenErrors = object.value(u"error"_s);
    if (krakenErrors.isArray() && !krakenErrors.toArray().isEmpty()) {
        QStringList messages;
        for (const QJsonValue &message : krakenErrors.toArray())
            messages << message.toString();
        return u"the provider says: %1"_s.arg(snippet(messages.join(u"; "_s).toUtf8(), 200));
    }
    if (krakenErrors.isString())
        return u"the provider says: %1"_s.arg(snippet(krakenErrors.toString().toUtf8(), 200));
    // CoinGecko: {"status":{"error_code":429,"error_message":"You've exceeded the Rate Limit…"}}
    const QJsonObject status = object.value(u"status"_s).toObject();
    if (status.contains(u"error_message"_s))
        return u"the provider says: %1"_s.arg(
            snippet(status.value(u"error_message"_s).toString().toUtf8(), 200));
    if (object.value(u"message"_s).isString() && object.size() <= 3)
        return u"the provider says: %1"_s.arg(snippet(object.value(u"message"_s).toString().toUtf8(), 200));
    return {};
}

QString timeOfDay(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(u"HH:mm:ss"_s) + u" UTC"_s;
}

QString describeDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 120)
        return u"%1 s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return u"%1 min"_s.arg(minutes);
    return u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

} // namespace prices
