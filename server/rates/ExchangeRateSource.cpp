#include "ExchangeRateSource.h"

#include "PriceFormats.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

ExchangeRateSource::ExchangeRateSource(PriceProvider provider, QUrl baseUrl, QList<CurrencyPair> pairs,
                                       RateSourceTiming timing, const Clock &clock, QString apiKey,
                                       QHash<QString, QString> coingeckoIds, QObject *parent)
    : PolledRateSource(providerName(provider), std::move(pairs), timing, clock, parent)
    , m_provider(provider)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_coingeckoIds(coingeckoIds.isEmpty() ? prices::defaultCoinGeckoIds() : std::move(coingeckoIds))
    , m_network(new QNetworkAccessManager(this))
{}

QString ExchangeRateSource::providerName(PriceProvider provider)
{
    switch (provider) {
    case PriceProvider::Coinbase:
        return u"coinbase"_s;
    case PriceProvider::Kraken:
        return u"kraken"_s;
    case PriceProvider::CoinGecko:
        return u"coingecko"_s;
    }
    return {};
}

QString ExchangeRateSource::unsupported(const CurrencyPair &pair) const
{
    if (m_provider == PriceProvider::Kraken && prices::krakenPair(pair).isEmpty())
        return u"Kraken has no %1 market"_s.arg(pair.name());
    if (m_provider == PriceProvider::CoinGecko && !m_coingeckoIds.contains(pair.base))
        return u"CoinGecko's id for %1 is not known: add it to [prices] coingeckoIds (e.g. %1:<id>)"_s.arg(
            pair.base);
    return {};
}

void ExchangeRateSource::fetch(const QList<CurrencyPair> &pairs)
{
    switch (m_provider) {
    case PriceProvider::Coinbase:
        for (const CurrencyPair &pair : pairs)
            get(prices::coinbaseSpotUrl(m_baseUrl, pair), {pair});
        break;
    case PriceProvider::Kraken: {
        // One coin a request: an unknown pair makes Kraken refuse the whole request.
        QMap<QString, QList<CurrencyPair>> byCoin;
        for (const CurrencyPair &pair : pairs)
            byCoin[pair.base] << pair;
        for (const QList<CurrencyPair> &coinPairs : std::as_const(byCoin))
            get(prices::krakenTickerUrl(m_baseUrl, coinPairs), coinPairs);
        break;
    }
    case PriceProvider::CoinGecko: {
        QStringList ids;
        QStringList currencies;
        for (const CurrencyPair &pair : pairs) {
            const QString id = m_coingeckoIds.value(pair.base);
            if (!ids.contains(id))
                ids << id;
            if (!currencies.contains(pair.quote))
                currencies << pair.quote;
        }
        get(prices::coingeckoSimplePriceUrl(m_baseUrl, ids, currencies), pairs);
        break;
    }
    }
}

void ExchangeRateSource::get(const QUrl &url, const QList<CurrencyPair> &pairs)
{
    QNetworkRequest request(url);
    const int timeoutMs = timing().timeoutMs;
    // The transfer timeout catches a silent server; the deadline below also catches one that drips.
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("CryptoCheckout/" CRYPTOCHECKOUT_VERSION));
    if (m_provider == PriceProvider::CoinGecko && !m_apiKey.isEmpty()) {
        // Demo keys go to api.coingecko.com, paid keys to pro-api.coingecko.com, each with its header.
        const bool pro = m_baseUrl.host().startsWith(u"pro-api."_s);
        request.setRawHeader(pro ? "x-cg-pro-api-key" : "x-cg-demo-api-key", m_apiKey.toUtf8());
    }
    QNetworkReply *reply = m_network->get(request);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("cryptocheckoutTimedOut", true);
        reply->abort();
    });
    deadline->start(timeoutMs);
    connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > kMaxAnswerBytes) {
            reply->setProperty("cryptocheckoutTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pairs, timeoutMs, host = url.host()] {
        reply->deleteLater();
        QString error;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError networkError = reply->error();
        if (reply->property("cryptocheckoutTooLarge").toBool()) {
            error = u"the answer is larger than %1 KiB"_s.arg(kMaxAnswerBytes / 1024);
        } else if (reply->property("cryptocheckoutTimedOut").toBool() ||
                   networkError == QNetworkReply::OperationCanceledError ||
                   networkError == QNetworkReply::TimeoutError) {
            error = u"timeout after %1 ms"_s.arg(timeoutMs);
        } else if (status == 0) {
            error = u"cannot reach %1: %2"_s.arg(host, reply->errorString());
        } else if (status != 200) {
            const QString described = prices::describeErrorBody(reply->read(64 * 1024));
            error =
                described.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1: %2"_s.arg(status).arg(described);
        }
        if (!error.isEmpty()) {
            for (const CurrencyPair &pair : pairs)
                reject(pair, error);
            return;
        }
        handleAnswer(reply->readAll(), pairs);
    });
}

void ExchangeRateSource::handleAnswer(const QByteArray &body, const QList<CurrencyPair> &pairs)
{
    const qint64 now = clock().nowMs();
    for (const CurrencyPair &pair : pairs) {
        qint64 observedAt = now;
        Result<ExchangeRate> rate = Result<ExchangeRate>::failure({});
        switch (m_provider) {
        case PriceProvider::Coinbase:
            rate = prices::parseCoinbaseSpot(body, pair);
            break;
        case PriceProvider::Kraken:
            rate = prices::parseKrakenTicker(body, pair);
            break;
        case PriceProvider::CoinGecko: {
            const QString id = m_coingeckoIds.value(pair.base);
            rate = prices::parseCoinGeckoSimplePrice(body, id, pair);
            // CoinGecko says when it last priced the coin; a cached, old answer is judged by its true age.
            if (const auto updated = prices::coingeckoUpdatedAtMs(body, id))
                observedAt = std::min(*updated, now);
            break;
        }
        }
        if (rate)
            accept(pair, RateQuote{*rate, name(), observedAt});
        else
            reject(pair, rate.error());
    }
}
