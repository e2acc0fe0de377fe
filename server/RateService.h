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

// One place ETH/fiat prices come from. Sources that need the network fetch in the background into their
// own last-good cache; quote() itself never blocks.
class RateSource
{
public:
    virtual ~RateSource() = default;
    virtual QString name() const = 0;
    // The source's current, fresh rate for ETH-<currency>, or why there is none.
    virtual Result<RateQuote> quote(const QString &currency) = 0;
    // What /healthz shows about this source: its rates, their age, its last error.
    virtual QJsonObject status() const { return {{QStringLiteral("name"), name()}}; }
    // Market sources are compared with each other to catch one that has gone wrong. The operator's fixed
    // rate is a decision, not a measurement, and is never judged against the market.
    virtual bool judgedByPeers() const { return true; }
};

// The operator's own rates from [prices] fixedRates. Always fresh: the operator decides.
class FixedRateSource final : public RateSource
{
public:
    FixedRateSource(QList<ExchangeRate> rates, const Clock &clock);
    QString name() const override { return QStringLiteral("fixed"); }
    Result<RateQuote> quote(const QString &currency) override;
    QJsonObject status() const override;
    bool judgedByPeers() const override { return false; }

private:
    QList<ExchangeRate> m_rates;
    const Clock &m_clock;
};

// Chooses the rate a session locks. Asks every configured source for a fresh rate; when several market
// sources answer, drops (and logs) any that is further than the allowed deviation from their median;
// returns the first remaining answer in the configured order. When none is left, the error names every
// source and what went wrong with it, for the 503 rate_unavailable answer.
class RateService
{
public:
    static constexpr int kDefaultMaxDeviationBasisPoints = 300; // 3 %

    explicit RateService(std::vector<std::unique_ptr<RateSource>> sources,
                         int maxDeviationBasisPoints = kDefaultMaxDeviationBasisPoints);

    Result<RateQuote> quote(const QString &currency);
    QStringList sourceNames() const;
    // For /healthz: whether an ETH-USD rate (which every session needs) is available now, and each
    // source's state.
    QJsonObject status();

private:
    void logOutlier(const QString &source, const QString &currency, const QString &message);

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
