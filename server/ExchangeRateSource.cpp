#include "ExchangeRateSource.h"

#include "PriceFormats.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

ExchangeRateSource::ExchangeRateSource(PriceProvider provider, QUrl baseUrl, QStringList currencies,
                                       RateSourceTiming timing, const Clock &clock, QString apiKey,
                                       QObject *parent)
    : PolledRateSource(providerName(provider), std::move(currencies), timing, clock, parent)
    , m_provider(provider)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
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

QString ExchangeRateSource::unsupported(const QString &currency) const
{
    if (m_provider == PriceProvider::Kraken && prices::krakenPair(currency).isEmpty())
        return u"Kraken has no ETH-%1 market"_s.arg(currency);
    return {};
}

void ExchangeRateSource::fetch(const QStringList &currencies)
{
    switch (m_provider) {
    case PriceProvider::Coinbase:
        for (const QString &currency : currencies)
            get(prices::coinbaseSpotUrl(m_baseUrl, currency), {currency});
        break;
    case PriceProvider::Kraken:
        get(prices::krakenTickerUrl(m_baseUrl, currencies), currencies);
        break;
    case PriceProvider::CoinGecko:
        get(prices::coingeckoSimplePriceUrl(m_baseUrl, currencies), currencies);
        break;
    }
}

void ExchangeRateSource::get(const QUrl &url, const QStringList &currencies)
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, currencies, timeoutMs, host = url.host()] {
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
            for (const QString &currency : currencies)
                reject(currency, error);
            return;
        }
        handleAnswer(reply->readAll(), currencies);
    });
}

void ExchangeRateSource::handleAnswer(const QByteArray &body, const QStringList &currencies)
{
    const qint64 now = clock().nowMs();
    qint64 observedAt = now;
    if (m_provider == PriceProvider::CoinGecko) {
        // CoinGecko says when it last priced ETH; a cached, old answer is then judged by its true age.
        if (const auto updated = prices::coingeckoUpdatedAtMs(body))
            observedAt = std::min(*updated, now);
    }
    for (const QString &currency : currencies) {
        Result<ExchangeRate> rate = Result<ExchangeRate>::failure({});
        switch (m_provider) {
        case PriceProvider::Coinbase:
            rate = prices::parseCoinbaseSpot(body, currency);
            break;
        case PriceProvider::Kraken:
            rate = prices::parseKrakenTicker(body, currency);
            break;
        case PriceProvider::CoinGecko:
            rate = prices::parseCoinGeckoSimplePrice(body, currency);
            break;
        }
        if (rate)
            accept(currency, RateQuote{*rate, name(), observedAt});
        else
            reject(currency, rate.error());
    }
}
