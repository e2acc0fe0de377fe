#pragma once

#include "PolledRateSource.h"

#include <QUrl>

class QNetworkAccessManager;

// The public price APIs read over HTTPS.
enum class PriceProvider {
    Coinbase,  // /v2/prices/ETH-USD/spot, one request per currency
    Kraken,    // /0/public/Ticker, one request for every pair Kraken has
    CoinGecko, // /api/v3/simple/price, one request for every currency
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

    ExchangeRateSource(PriceProvider provider, QUrl baseUrl, QStringList currencies, RateSourceTiming timing,
                       const Clock &clock, QString apiKey = {}, QObject *parent = nullptr);

    static QString providerName(PriceProvider provider); // "coinbase", as in [prices] sources
    QUrl baseUrl() const { return m_baseUrl; }

protected:
    QString unsupported(const QString &currency) const override;
    void fetch(const QStringList &currencies) override;

private:
    void get(const QUrl &url, const QStringList &currencies);
    void handleAnswer(const QByteArray &body, const QStringList &currencies);

    PriceProvider m_provider;
    QUrl m_baseUrl;
    QString m_apiKey;
    QNetworkAccessManager *m_network = nullptr; // child
};
