// Coinbase's spot price.
#include "PriceFormatsDetail.h"

using namespace Qt::StringLiterals;

namespace prices {

using detail::providerObject;

QUrl coinbaseSpotUrl(const QUrl &base, const CurrencyPair &pair)
{
    return joinUrl(base, u"/v2/prices/%1/spot"_s.arg(pair.name()));
}

Result<ExchangeRate> parseCoinbaseSpot(const QByteArray &body, const CurrencyPair &pair)
{
    using R = Result<ExchangeRate>;
    const auto object = providerObject(body);
    if (!object)
        return R::failure(object.error());
    const QJsonObject data = object->value(u"data"_s).toObject();
    const QJsonValue amount = data.value(u"amount"_s);
    if (amount.isUndefined())
        return R::failure(u"the answer has no data.amount"_s);
    if (!amount.isString())
        return R::failure(u"data.amount is not a decimal string"_s);
    const QString base = data.value(u"base"_s).toString();
    const QString quote = data.value(u"currency"_s).toString();
    if (base != pair.base || quote != pair.quote)
        return R::failure(u"the answer is for %1-%2, not %3"_s.arg(base, quote, pair.name()));
    return rateFromText(pair, amount.toString());
}

} // namespace prices
