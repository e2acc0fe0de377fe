// Kraken's public ticker.
#include "PriceFormatsDetail.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace prices {

using detail::providerObject;

QString krakenPair(const CurrencyPair &pair)
{
    // Kraken's ETH/fiat markets (AssetPairs); other coins trade against USD and EUR there.
    static const QStringList ethQuotes{u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"JPY"_s, u"CAD"_s, u"AUD"_s};
    static const QStringList otherQuotes{u"USD"_s, u"EUR"_s};
    const QStringList &quotes = pair.base == u"ETH" ? ethQuotes : otherQuotes;
    return quotes.contains(pair.quote) ? pair.base + pair.quote : QString();
}

QUrl krakenTickerUrl(const QUrl &base, const QList<CurrencyPair> &pairs)
{
    QStringList names;
    for (const CurrencyPair &pair : pairs) {
        if (!krakenPair(pair).isEmpty())
            names << krakenPair(pair);
    }
    return joinUrl(base, u"/0/public/Ticker"_s, {{u"pair"_s, names.join(u',')}});
}

Result<ExchangeRate> parseKrakenTicker(const QByteArray &body, const CurrencyPair &pair)
{
    using R = Result<ExchangeRate>;
    const QString market = krakenPair(pair);
    if (market.isEmpty())
        return R::failure(u"Kraken has no %1 market"_s.arg(pair.name()));
    const auto object = providerObject(body);
    if (!object)
        return R::failure(object.error());
    const QJsonObject result = object->value(u"result"_s).toObject();
    // Asked for ETHUSD, Kraken answers under its old name XETHZUSD; newer markets (POLUSD) keep the name.
    QJsonObject ticker;
    for (const QString &name : {u"X"_s + pair.base + u"Z"_s + pair.quote, market}) {
        if (result.contains(name))
            ticker = result.value(name).toObject();
    }
    if (ticker.isEmpty())
        return R::failure(u"the answer has no %1 ticker"_s.arg(market));
    const QJsonValue last = ticker.value(u"c"_s).toArray().at(0);
    if (!last.isString())
        return R::failure(u"the %1 ticker has no last trade price (c[0])"_s.arg(market));
    return rateFromText(pair, last.toString());
}

} // namespace prices
