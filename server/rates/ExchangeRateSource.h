#pragma once

#include "PolledRateSource.h"

#include <QUrl>

class QNetworkAccessManager;

// The public price APIs read over HTTPS.
enum class PriceProvider {
    Coinbase,  // /v2/prices/POL-USD/spot, one request per pair
    Kraken,    // /0/public/Ticker, one request per coin for every pair Kraken has
    CoinGecko, // /api/v3/simple/price, one request for every coin and currency
};

// Polls one provider's public price API and turns each answer into exact rates or a clear error:
// HTTP errors, timeouts, HTML error pages, garbage and absurd numbers all become a message naming what
// went wrong. Every request is bounded by the timing's timeoutMs.
class ExchangeRateSource final : public PolledRateSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRateSource)

public:
    static constexpr qsizetype kMaxAnswerBytes = 1024 * 1024;

    // coingeckoIds: symbol -> CoinGecko id (prices::defaultCoinGeckoIds() with [prices] coingeckoIds).
    ExchangeRateSource(PriceProvider provider, QUrl baseUrl, QList<CurrencyPair> pairs,
                       RateSourceTiming timing, const Clock &clock, QString apiKey = {},
                       QHash<QString, QString> coingeckoIds = {}, QObject *parent = nullptr);

    static QString providerName(PriceProvider provider); // "coinbase", as in [prices] sources
    QUrl baseUrl() const { return m_baseUrl; }

protected:
    QString unsupported(const CurrencyPair &pair) const override;
    void fetch(const QList<CurrencyPair> &pairs) override;

private:
    void get(const QUrl &url, const QList<CurrencyPair> &pairs);
    void handleAnswer(const QByteArray &body, const QList<CurrencyPair> &pairs);

    PriceProvider m_provider;
    QUrl m_baseUrl;
    QString m_apiKey;
    QHash<QString, QString> m_coingeckoIds;
    QNetworkAccessManager *m_network = nullptr; // child
};
