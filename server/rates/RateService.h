#pragma once

#include "Clock.h"
#include "Money.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QString>

#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcRates)

// A rate as the checkout locks it: the number, where it came from and when.
struct RateQuote
{
    ExchangeRate rate;
    QString source;         // "fixed", "coinbase", …
    qint64 fetchedAtMs = 0; // when the price was observed (a Chainlink feed: its round's updatedAt)
};

// One place coin/fiat prices come from. Sources that need the network fetch in the background into their
// own last-good cache; quote() itself never blocks.
class RateSource
{
public:
    virtual ~RateSource() = default;
    virtual QString name() const = 0;
    // The source's current, fresh rate for the pair (POL-USD), or why there is none.
    virtual Result<RateQuote> quote(const CurrencyPair &pair) = 0;
    // What /healthz shows about this source: its rates, their age, its last error.
    virtual QJsonObject status() const { return {{QStringLiteral("name"), name()}}; }
    // Market sources are compared with each other to catch one that has gone wrong. The operator's fixed
    // rate is a decision, not a measurement, and is never judged against the market.
    virtual bool judgedByPeers() const { return true; }
    // Whether live sessions (real money) may be priced by this source: market sources and rates the operator
    // wrote down may; the built-in test rates may not.
    virtual bool servesLiveMode() const { return true; }
};

// Fixed rates: the operator's own from [prices] fixedRates, or the built-in test rates when none are
// written. Always fresh: the operator decides. The built-in ones never price a live session.
class FixedRateSource final : public RateSource
{
public:
    enum class Origin { Operator, BuiltInTestRates };
    FixedRateSource(QList<ExchangeRate> rates, const Clock &clock, Origin origin = Origin::Operator);
    QString name() const override { return QStringLiteral("fixed"); }
    Result<RateQuote> quote(const CurrencyPair &pair) override;
    QJsonObject status() const override;
    bool judgedByPeers() const override { return false; }
    bool servesLiveMode() const override { return m_origin == Origin::Operator; }

private:
    QList<ExchangeRate> m_rates;
    const Clock &m_clock;
    Origin m_origin;
};

// A pair the program needs now, and for which mode: /healthz and the console report each.
struct PriceUse
{
    CurrencyPair pair;
    bool livemode = false;
};

// Chooses the rate a session locks. Asks every configured source that may price the session's mode for a
// fresh rate; when several market sources answer, drops (and logs) any that is further than the allowed
// deviation from their median; returns the first remaining answer in the configured order. When none is
// left, the error names the pair, every source and what went wrong with it, for the 503 rate_unavailable
// answer.
class RateService
{
public:
    static constexpr int kDefaultMaxDeviationBasisPoints = 300; // 3 %

    explicit RateService(std::vector<std::unique_ptr<RateSource>> sources,
                         int maxDeviationBasisPoints = kDefaultMaxDeviationBasisPoints);

    Result<RateQuote> quote(const CurrencyPair &pair, bool livemode);
    QStringList sourceNames() const;
    // Live sessions are priced only by fixed rates the operator wrote down (no market source serves live).
    bool liveFixedByOperator() const;
    // For /healthz and the console: whether every pair in use has a fresh rate now (each pair with its
    // rate or error), and each source's state.
    QJsonObject status(const QList<PriceUse> &inUse);

private:
    void logOutlier(const QString &source, const QString &pair, const QString &message);

    std::vector<std::unique_ptr<RateSource>> m_sources;
    int m_maxDeviationBasisPoints;
    QHash<QString, QString>
        m_loggedOutliers; // source/currency -> last message, so a log line is not repeated
};

// Which of several rates lie further than maxDeviationBasisPoints from their median. Exact: every rate is
// scaled to 18 decimals and compared in integers. With fewer than two rates nothing can be judged.
struct OutlierVerdict
{
    bool outlier = false;
    int deviationBasisPoints = 0; // distance from the median, rounded down; capped at 1,000,000
};
struct OutlierReport
{
    QList<OutlierVerdict> verdicts; // one per rate, in the order given
    QString median;                 // "3012.4", for messages
};
OutlierReport findOutliers(const QList<ExchangeRate> &rates, int maxDeviationBasisPoints);
