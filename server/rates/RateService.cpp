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

FixedRateSource::FixedRateSource(QList<ExchangeRate> rates, const Clock &clock, Origin origin)
    : m_rates(std::move(rates))
    , m_clock(clock)
    , m_origin(origin)
{}

Result<RateQuote> FixedRateSource::quote(const CurrencyPair &pair)
{
    for (const ExchangeRate &rate : m_rates) {
        if (rate.pair() == pair)
            return Result<RateQuote>::success(RateQuote{rate, name(), m_clock.nowMs()});
    }
    return Result<RateQuote>::failure(m_origin == Origin::Operator
                                          ? u"no fixed %1 rate in [prices] fixedRates"_s.arg(pair.name())
                                          : u"no built-in test rate for %1"_s.arg(pair.name()));
}

QJsonObject FixedRateSource::status() const
{
    QJsonObject rates;
    for (const ExchangeRate &rate : m_rates)
        rates.insert(rate.pair().name(),
                     QJsonObject{{u"rate"_s, rate.toDecimalString()}, {u"fresh"_s, true}});
    return {{u"name"_s, name()},
            {u"origin"_s, m_origin == Origin::Operator ? u"operator"_s : u"built-in test rates"_s},
            {u"liveMode"_s, servesLiveMode()},
            {u"rates"_s, rates}};
}

RateService::RateService(std::vector<std::unique_ptr<RateSource>> sources, int maxDeviationBasisPoints)
    : m_sources(std::move(sources))
    , m_maxDeviationBasisPoints(maxDeviationBasisPoints)
{}

Result<RateQuote> RateService::quote(const CurrencyPair &pair, bool livemode)
{
    const QString currency = pair.name(); // the key of logged outliers
    if (livemode && std::none_of(m_sources.cbegin(), m_sources.cend(),
                                 [](const auto &source) { return source->servesLiveMode(); })) {
        return Result<RateQuote>::failure(
            u"No %1 rate for live mode: [prices] sources has only the built-in test rates, which never price "
            "real money. Set [prices] sources to a market source (coinbase, kraken, coingecko, chainlink), "
            "or "
            "write your own rates in [prices] fixedRates."_s.arg(pair.name()));
    }
    const size_t count = m_sources.size();
    std::vector<std::optional<RateQuote>> answers(count);
    QStringList reasons(static_cast<qsizetype>(count));
    QList<size_t> judged;
    for (size_t i = 0; i < count; ++i) {
        if (livemode && !m_sources[i]->servesLiveMode()) {
            reasons[static_cast<qsizetype>(i)] = u"built-in test rates never price live sessions"_s;
            continue;
        }
        auto result = m_sources[i]->quote(pair);
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
        u"No fresh %1 rate is available (%2)."_s.arg(pair.name(), failures.join(u"; "_s)));
}

void RateService::logOutlier(const QString &source, const QString &pair, const QString &message)
{
    const QString key = source + u'/' + pair;
    if (m_loggedOutliers.value(key) == message)
        return;
    m_loggedOutliers.insert(key, message);
    qCWarning(lcRates, "%s from %s: %s", qPrintable(pair), qPrintable(source), qPrintable(message));
}

bool RateService::liveFixedByOperator() const
{
    bool fixed = false;
    for (const auto &source : m_sources) {
        if (!source->servesLiveMode())
            continue;
        if (source->judgedByPeers())
            return false; // a market source serves live mode
        fixed = true;
    }
    return fixed;
}

QStringList RateService::sourceNames() const
{
    QStringList names;
    for (const auto &source : m_sources)
        names << source->name();
    return names;
}

QJsonObject RateService::status(const QList<PriceUse> &inUse)
{
    QJsonObject status;
    QJsonArray pairs;
    QStringList errors;
    for (const PriceUse &use : inUse) {
        const auto answer = quote(use.pair, use.livemode);
        QJsonObject entry = answer ? quoteJson(*answer) : QJsonObject{{u"pair"_s, use.pair.name()}};
        entry.insert(u"mode"_s, use.livemode ? u"live"_s : u"test"_s);
        entry.insert(u"status"_s, answer ? u"ok"_s : u"unavailable"_s);
        if (!answer) {
            entry.insert(u"error"_s, answer.error());
            errors << u"%1 (%2 mode): %3"_s.arg(use.pair.name(), use.livemode ? u"live"_s : u"test"_s,
                                                answer.error());
        }
        pairs.append(entry);
    }
    status.insert(u"status"_s, errors.isEmpty() ? u"ok"_s : u"unavailable"_s);
    status.insert(u"pairs"_s, pairs);
    if (!errors.isEmpty())
        status.insert(u"error"_s, errors.join(u" "_s));
    status.insert(u"liveFixedByOperator"_s, liveFixedByOperator());
    status.insert(
        u"maxDeviationPercent"_s,
        formatUnits(UInt256{static_cast<std::uint64_t>(std::max(0, m_maxDeviationBasisPoints))}, 2));
    QJsonArray sources;
    for (const auto &source : m_sources)
        sources.append(source->status());
    status.insert(u"sources"_s, sources);
    return status;
}
