#pragma once

#include "Clock.h"
#include "Money.h"
#include "Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

// A rate as the checkout locks it: the number, where it came from and when.
struct RateQuote
{
    ExchangeRate rate;
    QString source; // "fixed", "coinbase", …
    qint64 fetchedAtMs = 0;
};

// One place ETH/fiat prices come from. Sources that need the network fetch in the background and report
// through the service's cache; quote() itself never blocks.
class RateSource
{
public:
    virtual ~RateSource() = default;
    virtual QString name() const = 0;
    // The source's current rate for ETH-<currency>, or why there is none.
    virtual Result<RateQuote> quote(const QString &currency) = 0;
};

// The operator's own rates from [prices] fixedRates. Always fresh: the operator decides.
class FixedRateSource final : public RateSource
{
public:
    FixedRateSource(QList<ExchangeRate> rates, const Clock &clock);
    QString name() const override { return QStringLiteral("fixed"); }
    Result<RateQuote> quote(const QString &currency) override;

private:
    QList<ExchangeRate> m_rates;
    const Clock &m_clock;
};

// Asks the configured sources in order and returns the first rate. When none has one, the error names
// every source and what it said, for the 503 rate_unavailable answer.
class RateService
{
public:
    explicit RateService(std::vector<std::unique_ptr<RateSource>> sources);

    Result<RateQuote> quote(const QString &currency);
    QStringList sourceNames() const;

private:
    std::vector<std::unique_ptr<RateSource>> m_sources;
};
