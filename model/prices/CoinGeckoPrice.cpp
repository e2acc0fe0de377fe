// CoinGecko's simple price.
#include "PriceFormatsDetail.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace prices {

using detail::jsonObject;

QHash<QString, QString> defaultCoinGeckoIds()
{
    return {
        {u"ETH"_s, u"ethereum"_s},        {u"POL"_s, u"polygon-ecosystem-token"_s},
        {u"MATIC"_s, u"matic-network"_s}, {u"BNB"_s, u"binancecoin"_s},
        {u"AVAX"_s, u"avalanche-2"_s},    {u"XDAI"_s, u"xdai"_s},
        {u"CELO"_s, u"celo"_s},           {u"FTM"_s, u"fantom"_s},
        {u"MNT"_s, u"mantle"_s},          {u"GLMR"_s, u"moonbeam"_s},
        {u"WETH"_s, u"weth"_s},           {u"WBTC"_s, u"wrapped-bitcoin"_s},
        {u"LINK"_s, u"chainlink"_s},      {u"DAI"_s, u"dai"_s},
    };
}

QUrl coingeckoSimplePriceUrl(const QUrl &base, const QStringList &ids, const QStringList &currencies)
{
    QStringList lower;
    for (const QString &currency : currencies)
        lower << currency.toLower();
    // precision=full: the literal keeps every digit CoinGecko has instead of a rounded display value.
    return joinUrl(base, u"/api/v3/simple/price"_s,
                   {{u"ids"_s, ids.join(u',')},
                    {u"vs_currencies"_s, lower.join(u',')},
                    {u"include_last_updated_at"_s, u"true"_s},
                    {u"precision"_s, u"full"_s}});
}

std::optional<qint64> coingeckoUpdatedAtMs(const QByteArray &body, const QString &id)
{
    // A whole number of seconds: a double holds it exactly, and it is a time, not a price.
    const QJsonValue value =
        QJsonDocument::fromJson(body).object().value(id).toObject().value(u"last_updated_at"_s);
    const qint64 seconds = value.toInteger(-1);
    if (seconds <= 0 || seconds > (qint64(1) << 40))
        return std::nullopt;
    return seconds * 1000;
}

Result<ExchangeRate> parseCoinGeckoSimplePrice(const QByteArray &body, const QString &id,
                                               const CurrencyPair &pair)
{
    using R = Result<ExchangeRate>;
    const auto object = jsonObject(body);
    if (!object)
        return R::failure(object.error());
    const QString key = pair.quote.toLower();
    if (!object->contains(id)) {
        const QString providerError = describeErrorBody(body);
        return R::failure(providerError.isEmpty() ? u"the answer has no %1 prices"_s.arg(id) : providerError);
    }
    const QJsonValue price = object->value(id).toObject().value(key);
    if (price.isUndefined())
        return R::failure(u"the answer has no %1.%2 price"_s.arg(id, key));
    if (!price.isDouble())
        return R::failure(u"%1.%2 is not a number"_s.arg(id, key));
    // The double QJsonValue holds is only used to find the field; the price comes from the literal.
    const auto literal = jsonNumberLiteral(body, {id, key});
    if (!literal)
        return R::failure(u"the answer %1"_s.arg(literal.error()));
    if (literal->contains('e') || literal->contains('E'))
        return R::failure(u"the %1 price %2 is written with an exponent; refused rather than rounded"_s.arg(
            pair.name(), QString::fromLatin1(*literal)));
    return rateFromText(pair, QString::fromLatin1(*literal));
}

} // namespace prices
