#pragma once

#include "RateService.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>

// How a network source is polled and how long its answers stay usable.
struct RateSourceTiming
{
    int timeoutMs = 5000;      // one request, connection to last byte
    int refreshMs = 60'000;    // between two rounds of requests
    qint64 maxAgeMs = 300'000; // a rate not confirmed for longer than this is stale
    // How old the price itself may be (RateQuote::fetchedAtMs). Exchanges price "now", so this is
    // maxAgeMs; a Chainlink feed's round may be legitimately older (its heartbeat).
    std::optional<qint64> maxPriceAgeMs;
};

// A source that fetches coin prices in the background and answers quote() from its last-good cache, so a
// checkout never waits on the network. Keeps the pairs it was asked for fresh, remembers the last error per
// pair (with its time) for the 503 message and /healthz. Subclasses only fetch and parse.
class PolledRateSource : public QObject, public RateSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolledRateSource)

public:
    PolledRateSource(QString name, QList<CurrencyPair> pairs, RateSourceTiming timing, const Clock &clock,
                     QObject *parent = nullptr);

    QString name() const override { return m_name; }
    Result<RateQuote> quote(const CurrencyPair &pair) override;
    QJsonObject status() const override;

    // Fetches now, then every refreshMs. Without start() the source fetches only when refresh() is called
    // (tests drive it so).
    void start();
    // Fetches every wanted pair not already being fetched.
    void refresh();
    const RateSourceTiming &timing() const { return m_timing; }

Q_SIGNALS:
    // Every request of a refresh has been answered, has failed or has timed out.
    void refreshed();

protected:
    // Why this source can never have the pair (empty when it can): Kraken has no ETH-SEK market.
    virtual QString unsupported(const CurrencyPair &pair) const
    {
        Q_UNUSED(pair)
        return {};
    }
    // Starts fetching these pairs (never empty). Report each with accept() or reject(), exactly once.
    virtual void fetch(const QList<CurrencyPair> &pairs) = 0;

    void accept(const CurrencyPair &pair, const RateQuote &quote);
    void reject(const CurrencyPair &pair, const QString &error);
    const Clock &clock() const { return m_clock; }

private:
    struct Entry
    {
        std::optional<RateQuote> good;
        qint64 confirmedAtMs = 0; // when the source last gave us `good`
        QString error;
        qint64 errorAtMs = 0;
    };
    void settle(const CurrencyPair &pair);
    std::optional<QString> staleness(const Entry &entry, qint64 nowMs) const;

    QString m_name;
    QList<CurrencyPair> m_wanted;
    RateSourceTiming m_timing;
    const Clock &m_clock;
    QHash<QString, Entry> m_entries; // by pair name
    QSet<QString> m_inFlight;        // pair names
    QTimer m_refreshTimer;
    bool m_started = false;
};
