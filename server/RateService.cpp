#include "RateService.h"

#include "Time.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRates, "cryptocheckout.rates")

namespace {
constexpr unsigned kCommonDecimals = 18;
constexpr int kDeviationCap = 1'000'000; // 10,000 %: beyond that the number only says "absurd"

UInt256 normalized(const ExchangeRate &rate)
{
    if (rate.decimals <= kCommonDecimals)
        return *UInt256::checkedMul(rate.scaled, UInt256::powerOfTen(kCommonDecimals - rate.decimals));
    return UInt256::divMod(rate.scaled, UInt256::powerOfTen(rate.decimals - kCommonDecimals))->first;
}

// "3%", "0.5%", "16.19%" from basis points.
QString percent(int basisPoints)
{
    return formatUnits(UInt256{static_cast<std::uint64_t>(basisPoints)}, 2) + u'%';
}

QJsonObject quoteJson(const RateQuote &quote)
{
    return {{u"pair"_s, quote.rate.base + u'-' + quote.rate.quote},
            {u"rate"_s, quote.rate.toDecimalString()},
            {u"source"_s, quote.source},
            {u"fetchedAt"_s, isoTimestamp(quote.fetchedAtMs)}};
}
} // namespace

OutlierReport findOutliers(const QList<ExchangeRate> &rates, int maxDeviationBasisPoints)
{
    OutlierReport report;
    report.verdicts.resize(rates.size());
    if (rates.size() < 2)
        return report;
    QList<UInt256> values;
    for (const ExchangeRate &rate : rates)
        values << normalized(rate);
    QList<UInt256> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    // Twice the median, so an even count's median (the mean of the middle two) stays an integer.
    const UInt256 twiceMedian = sorted.size() % 2 == 1
                                    ? *UInt256::checkedAdd(sorted[middle], sorted[middle])
                                    : *UInt256::checkedAdd(sorted[middle - 1], sorted[middle]);
    // median = twiceMedian / 2 = twiceMedian * 5 / 10: exact with one more decimal.
    report.median = formatUnits(*UInt256::checkedMul(twiceMedian, UInt256{5}), kCommonDecimals + 1);
    const UInt256 allowed = *UInt256::checkedMul(
        twiceMedian, UInt256{static_cast<std::uint64_t>(std::max(0, maxDeviationBasisPoints))});
    for (qsizetype i = 0; i < values.size(); ++i) {
        const UInt256 twice = *UInt256::checkedAdd(values[i], values[i]);
        const UInt256 distance = twice > twiceMedian ? *UInt256::checkedSub(twice, twiceMedian)
                                                     : *UInt256::checkedSub(twiceMedian, twice);
        // |2v - 2m| / 2m > bp / 10000  <=>  |2v - 2m| * 10000 > bp * 2m
        const UInt256 scaledDistance = *UInt256::checkedMul(distance, UInt256{10000});
        OutlierVerdict &verdict = report.verdicts[i];
        verdict.outlier = scaledDistance > allowed;
        const UInt256 basisPoints = UInt256::divMod(scaledDistance, twiceMedian)->first;
        verdict.deviationBasisPoints =
            basisPoints > UInt256{kDeviationCap} ? kDeviationCap : static_cast<int>(basisPoints.lowUInt64());
    }
    return report;
}

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

QJsonObject FixedRateSource::status() const
{
    QJsonObject rates;
    for (const ExchangeRate &rate : m_rates)
        rates.insert(rate.quote, QJsonObject{{u"rate"_s, rate.toDecimalString()}, {u"fresh"_s, true}});
    return {{u"name"_s, name()}, {u"rates"_s, rates}};
}

RateService::RateService(std::vector<std::unique_ptr<RateSource>> sources, int maxDeviationBasisPoints)
    : m_sources(std::move(sources))
    , m_maxDeviationBasisPoints(maxDeviationBasisPoints)
{}

Result<RateQuote> RateService::quote(const QString &currency)
{
    const size_t count = m_sources.size();
    std::vector<std::optional<RateQuote>> answers(count);
    QStringList reasons(static_cast<qsizetype>(count));
    QList<size_t> judged;
    for (size_t i = 0; i < count; ++i) {
        auto result = m_sources[i]->quote(currency);
        if (!result) {
            reasons[static_cast<qsizetype>(i)] = result.error();
            continue;
        }
        answers[i] = *result;
        if (m_sources[i]->judgedByPeers())
            judged << i;
    }

    QList<ExchangeRate> judgedRates;
    for (size_t i : std::as_const(judged))
        judgedRates << answers[i]->rate;
    const OutlierReport report = findOutliers(judgedRates, m_maxDeviationBasisPoints);
    for (qsizetype j = 0; j < judged.size(); ++j) {
        const size_t i = judged[j];
        const QString key = m_sources[i]->name() + u'/' + currency;
        if (!report.verdicts[j].outlier) {
            m_loggedOutliers.remove(key);
            continue;
        }
        const QString reason =
            u"%1 is %2 away from the median %3 of the %4 market sources that answered (limit %5), ignored as "
            "an outlier"_s
                .arg(answers[i]->rate.toDecimalString(), percent(report.verdicts[j].deviationBasisPoints),
                     report.median)
                .arg(judged.size())
                .arg(percent(m_maxDeviationBasisPoints));
        reasons[static_cast<qsizetype>(i)] = reason;
        answers[i].reset();
        logOutlier(m_sources[i]->name(), currency, reason);
    }

    for (size_t i = 0; i < count; ++i) {
        if (answers[i])
            return Result<RateQuote>::success(*answers[i]);
    }
    QStringList failures;
    for (size_t i = 0; i < count; ++i)
        failures << u"%1: %2"_s.arg(m_sources[i]->name(), reasons[static_cast<qsizetype>(i)]);
    return Result<RateQuote>::failure(
        u"No fresh ETH-%1 rate is available (%2)."_s.arg(currency, failures.join(u"; "_s)));
}

void RateService::logOutlier(const QString &source, const QString &currency, const QString &message)
{
    const QString key = source + u'/' + currency;
    if (m_loggedOutliers.value(key) == message)
        return;
    m_loggedOutliers.insert(key, message);
    qCWarning(lcRates, "ETH-%s from %s: %s", qPrintable(currency), qPrintable(source), qPrintable(message));
}

QStringList RateService::sourceNames() const
{
    QStringList names;
    for (const auto &source : m_sources)
        names << source->name();
    return names;
}

QJsonObject RateService::status()
{
    QJsonObject status;
    const auto usd = quote(u"USD"_s);
    status.insert(u"status"_s, usd ? u"ok"_s : u"unavailable"_s);
    if (usd)
        status.insert(u"usd"_s, quoteJson(*usd));
    else
        status.insert(u"error"_s, usd.error());
    status.insert(
        u"maxDeviationPercent"_s,
        formatUnits(UInt256{static_cast<std::uint64_t>(std::max(0, m_maxDeviationBasisPoints))}, 2));
    QJsonArray sources;
    for (const auto &source : m_sources)
        sources.append(source->status());
    status.insert(u"sources"_s, sources);
    return status;
}
