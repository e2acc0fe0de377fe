#include "RateService.h"

using namespace Qt::StringLiterals;

FixedRateSource::FixedRateSource(QList<ExchangeRate> rates, const Clock &clock)
    : m_rates(std::move(rates))
    , m_clock(clock)
{}

Result<RateQuote> FixedRateSource::quote(const QString &currency)
{
    for (const ExchangeRate &rate : m_rates) {
        if (rate.quote == currency)
            return Result<RateQuote>::success(RateQuote{rate, name(), m_clock.nowMs()});
    }
    return Result<RateQuote>::failure(u"no fixed ETH-%1 rate in [prices] fixedRates"_s.arg(currency));
}

RateService::RateService(std::vector<std::unique_ptr<RateSource>> sources)
    : m_sources(std::move(sources))
{}

Result<RateQuote> RateService::quote(const QString &currency)
{
    QStringList failures;
    for (const auto &source : m_sources) {
        auto result = source->quote(currency);
        if (result)
            return result;
        failures << u"%1: %2"_s.arg(source->name(), result.error());
    }
    return Result<RateQuote>::failure(
        u"No fresh ETH-%1 rate is available (%2)."_s.arg(currency, failures.join(u"; "_s)));
}

QStringList RateService::sourceNames() const
{
    QStringList names;
    for (const auto &source : m_sources)
        names << source->name();
    return names;
}
