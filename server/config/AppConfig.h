#pragma once

#include "Money.h"
#include "Result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>
#include <QUrl>

// An ERC-20 token sessions on a chain may be paid in ([chain.<id>] tokens).
// What one client may cost the server. The embedded server faces the internet through the shop's proxy.
struct ConnectionLimits
{
    int maxConnections = 1024;            // in total; beyond, new connections are closed at once
    int maxConnectionsPerClient = 64;     // from one address (trusted proxies count only towards the total)
    qsizetype maxHeaderBytes = 16 * 1024; // request line and headers
    qsizetype maxBodyBytes = 1024 * 1024; // a body, by Content-Length or as chunks arrive
    int headerTimeoutMs = 10'000; // from a request's first byte (or the connection) to its headers' end
    int bodyTimeoutMs = 30'000;   // from the headers' end to the body's end
    int idleTimeoutMs = 60'000;   // between requests on a kept-alive connection
    QList<QPair<QHostAddress, int>> trustedProxies; // subnets
};

struct TokenConfig
{
    QString symbol;   // "USDC", upper case as configured
    QString contract; // EIP-55 checksummed
    unsigned decimals = 6;
    QString peg; // the fiat currency the token is worth one of ("USD"); empty: no peg, no price
};

// An EVM chain the watcher can follow.
struct ChainConfig
{
    qint64 chainId = 0;
    QString name;
    QUrl rpcUrl;
    int confirmations = 1;
    int pollIntervalMs = 2000;
    QString symbol = QStringLiteral("ETH");
    QUrl explorerUrl; // block explorer base, "https://etherscan.io"; empty for local chains
    QList<TokenConfig> tokens;
    // Other nodes that must return the same receipt before a payment settles a session (another provider,
    // the shop's own node): one lying or compromised node cannot mark a session paid on its own.
    QList<QUrl> confirmRpcUrls;

    // The configured token with this symbol (case-insensitive), or nullptr.
    const TokenConfig *token(const QString &symbol) const;
    // The native symbol, then every token's: what `asset` may be on this chain.
    QStringList assetSymbols() const;
};

// "USDC:0xA0b8…eB48:6:USD,USDT:0xdAC1…1ec7:6:USD" -> tokens; errors name the entry at fault. nativeSymbol
// may not be reused by a token.
Result<QList<TokenConfig>> parseTokenList(const QString &text, const QString &nativeSymbol);

// A Chainlink feed on a configured chain ([prices] chainlinkFeeds): ETH-USD, POL-USD, …
struct ChainlinkFeedConfig
{
    qint64 chainId = 0;
    CurrencyPair pair;
    QString address;
};

// What test mode or live mode uses: the merchant's account-level xpub and the chain sessions go on.
struct ModeConfig
{
    QString xpub;
    qint64 chainId = 0;
};

// Everything in DIR/config.ini, validated. Every key has a documented default; an invalid or unknown key
// is an error that names the key, and the program refuses to start rather than guess.
// [shop]: who the customer pays, shown at the top of the hosted page, on the receipt and on the customer
// display. All optional.
struct ShopConfig
{
    static constexpr qsizetype kMaxNameLength = 80;
    static constexpr qint64 kMaxLogoBytes = 256 * 1024;

    QString name;         // "Café Aurora"
    QString logoPath;     // as configured (relative to the data directory, or absolute)
    QByteArray logo;      // the file's bytes, read at start
    QByteArray logoType;  // "image/png" or "image/svg+xml"
    QString accentColor;  // "#rrggbb" as the page uses it; empty: the page's own (also when too light)
    QString accentNote;   // why a configured colour is not used (contrast), for the log and the console
    QString supportEmail; // shown on the receipt
    QUrl website;         // the name links there

    bool isSet() const { return !name.isEmpty() || !logo.isEmpty() || !accentColor.isEmpty(); }
};

struct AppConfig
{
    // The account xpub of the public BIP39 test mnemonic ("abandon" x11 "about"). Its private keys are
    // public knowledge: test mode only.
    static constexpr const char *kPublicTestXpub = "xpub6DCoCpSuQZB2jawqnGMEPS63ePKWkwWPH4TU45Q7LPXWuNd8TMtVx"
                                                   "RrgjtEshuqpK3mdhaWHPFsBngh5GFZaM6si3yZdUsT8ddYM3PwnATt";
    static constexpr quint16 kDefaultPort = 8420;

    QString dataDir;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = kDefaultPort;
    bool allowRemote = false;
    // [server] maxConnections, maxConnectionsPerClient, trustedProxies; the byte limits and timeouts are
    // fixed (ConnectionLimits' defaults).
    ConnectionLimits connectionLimits;
    QUrl publicUrl;
    bool publicUrlConfigured = false; // false: derived from the listen address (and the bound port)

    ShopConfig shop;

    int ttlMinutes = 30;
    int graceMinutes = 24 * 60;
    int underpaymentToleranceBasisPoints = 0;

    int webhookRetryBaseSeconds = 30; // first retry; doubles up to 6 h, for 3 days
    int webhookTimeoutSeconds = 10;

    ModeConfig test;
    ModeConfig live;
    // [test] builtinChain: start Anvil for test mode when it uses the local dev chain and none runs.
    bool builtinChain = true;
    QMap<qint64, ChainConfig> chains;

    // [prices]
    QStringList priceSources{QStringLiteral("fixed")};
    QList<ExchangeRate> fixedRates;
    // false: fixedRates are the built-in test rates, which never price a live session
    bool fixedRatesByOperator = false;
    QStringList priceCurrencies; // kept fresh by the network sources; others are fetched once asked for
    QHash<QString, QString> coingeckoIds; // symbol -> CoinGecko id: the defaults and [prices] coingeckoIds
    QUrl coinbaseUrl{QStringLiteral("https://api.coinbase.com")};
    QUrl krakenUrl{QStringLiteral("https://api.kraken.com")};
    QUrl coingeckoUrl{QStringLiteral("https://api.coingecko.com")};
    QString coingeckoApiKey; // optional demo (or pro) key
    int priceTimeoutSeconds = 5;
    int priceRefreshSeconds = 60;
    int priceMaxAgeSeconds = 300;
    int priceMaxDeviationBasisPoints = 300;
    QList<ChainlinkFeedConfig> chainlinkFeeds;
    // Chainlink updates a feed on a deviation threshold or a heartbeat (an hour for mainnet ETH/USD), so a
    // round may be that old and still right; a little slack on top.
    int chainlinkMaxAgeSeconds = 3900;

    QString configFile; // when set (--config), read instead of dataDir/config.ini
    QString configPath() const;
    // [database] url (or CRYPTOCHECKOUT_DATABASE_URL): a PostgreSQL server; empty: the SQLite file.
    QString databaseUrl;
    // What Storage::open takes: the URL, or the file in the data folder.
    QString databaseLocation() const;
    // The same without a password: for messages and the console.
    QString databaseDisplayName() const;
    QString listenText() const; // "127.0.0.1:8420"

    const ModeConfig &mode(bool livemode) const { return livemode ? live : test; }
    // Whether a mode can take sessions at all: test always, live once it has an xpub.
    bool modeInUse(bool livemode) const { return !livemode || !live.xpub.isEmpty(); }
    // The pairs the network sources keep fresh: every coin in use (each mode's chain coin, and tokens
    // without a peg) in every configured currency.
    QList<CurrencyPair> pricePairs() const;

    // Reads DIR/config.ini (absent means all defaults). listenOverride is --listen HOST:PORT.
    static Result<AppConfig> load(const QString &dataDir, const QString &listenOverride = {},
                                  const QString &configFile = {});
    static QMap<qint64, ChainConfig> defaultChains();
    // Chains whose coins are real money: a key everyone knows must never receive payments there.
    static bool isKnownMainnet(qint64 chainId);
    static constexpr const char *kBuiltInTestRates =
        "ETH-USD:3000.00,ETH-EUR:2760.00,POL-USD:0.25,POL-EUR:0.23"; // test mode only
};

// "HOST:PORT" or "[v6]:PORT".
Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);
