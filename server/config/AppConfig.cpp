#include "AppConfig.h"
#include "BrandColor.h"
#include "ConfigReader.h"

#include "DatabaseUrl.h"
#include "EthereumAddress.h"
#include "PriceFormats.h"
#include "UrlRedaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace configload;

namespace {
ChainConfig chain(qint64 id, const QString &name, const char *rpc, int confirmations, int pollMs,
                  const char *symbol, const char *explorer)
{
    return ChainConfig{id,
                       name,
                       QUrl(QString::fromLatin1(rpc)),
                       confirmations,
                       pollMs,
                       QString::fromLatin1(symbol),
                       QUrl(QString::fromLatin1(explorer)),
                       {},
                       {}};
}

const QMap<QString, QStringList> &knownKeys()
{
    static const QMap<QString, QStringList> keys{
        {u"server"_s,
         {u"listen"_s, u"publicUrl"_s, u"allowRemote"_s, u"maxConnections"_s, u"maxConnectionsPerClient"_s,
          u"trustedProxies"_s}},
        {u"checkout"_s, {u"ttlMinutes"_s, u"graceMinutes"_s, u"underpaymentTolerancePercent"_s}},
        {u"test"_s, {u"xpub"_s, u"chainId"_s, u"builtinChain"_s}},
        {u"webhooks"_s, {u"retryBaseSeconds"_s, u"timeoutSeconds"_s}},
        {u"shop"_s, {u"name"_s, u"logo"_s, u"accentColor"_s, u"supportEmail"_s, u"website"_s}},
        {u"database"_s, {u"url"_s}},
        {u"live"_s, {u"xpub"_s, u"chainId"_s}},
        {u"prices"_s,
         {u"sources"_s, u"fixedRates"_s, u"currencies"_s, u"coinbaseUrl"_s, u"krakenUrl"_s, u"coingeckoUrl"_s,
          u"coingeckoApiKey"_s, u"timeoutSeconds"_s, u"refreshSeconds"_s, u"maxAgeSeconds"_s,
          u"maxDeviationPercent"_s, u"chainlinkFeeds"_s, u"chainlinkMaxAgeSeconds"_s, u"coingeckoIds"_s}},
    };
    return keys;
}

const QStringList kChainKeys{u"name"_s,   u"rpcUrl"_s,      u"confirmations"_s, u"pollIntervalMs"_s,
                             u"symbol"_s, u"explorerUrl"_s, u"tokens"_s,        u"confirmRpcUrls"_s};
} // namespace

bool AppConfig::isKnownMainnet(qint64 chainId)
{
    // Ethereum, Optimism, BNB Smart Chain, Gnosis, Polygon, Fantom, zkSync Era, Polygon zkEVM, Moonbeam,
    // Mantle, Base, Arbitrum One, Arbitrum Nova, Celo, Avalanche C-Chain, Linea, Blast, Scroll, Zora.
    static const QList<qint64> mainnets{1,    10,    56,    100,   137,   250,   324,   1101,   1284,   5000,
                                        8453, 42161, 42170, 42220, 43114, 59144, 81457, 534352, 7777777};
    return mainnets.contains(chainId);
}

QList<CurrencyPair> AppConfig::pricePairs() const
{
    QStringList coins;
    for (bool livemode : {false, true}) {
        if (!modeInUse(livemode))
            continue;
        const ChainConfig chain = chains.value(mode(livemode).chainId);
        coins << chain.symbol.toUpper();
        for (const TokenConfig &token : chain.tokens) {
            if (token.peg.isEmpty())
                coins << token.symbol.toUpper();
        }
    }
    coins.removeDuplicates();
    QList<CurrencyPair> pairs;
    for (const QString &coin : std::as_const(coins)) {
        for (const QString &currency : priceCurrencies)
            pairs << CurrencyPair{coin, currency};
    }
    return pairs;
}

QMap<qint64, ChainConfig> AppConfig::defaultChains()
{
    // Confirmations: enough that a reorg deeper than that is not expected on the chain in practice.
    QMap<qint64, ChainConfig> chains{
        {1, chain(1, u"Ethereum"_s, "https://ethereum-rpc.publicnode.com", 12, 12000, "ETH",
                  "https://etherscan.io")},
        {11155111, chain(11155111, u"Sepolia"_s, "https://ethereum-sepolia-rpc.publicnode.com", 3, 12000,
                         "ETH", "https://sepolia.etherscan.io")},
        {8453, chain(8453, u"Base"_s, "https://mainnet.base.org", 10, 2000, "ETH", "https://basescan.org")},
        {137,
         chain(137, u"Polygon"_s, "https://polygon-rpc.com", 64, 2000, "POL", "https://polygonscan.com")},
        {42161, chain(42161, u"Arbitrum One"_s, "https://arb1.arbitrum.io/rpc", 10, 1000, "ETH",
                      "https://arbiscan.io")},
        {31337, chain(31337, u"Local dev chain"_s, "http://127.0.0.1:8545", 1, 1000, "ETH", "")},
    };
    // Circle's USDC and Tether's USDT, from the issuers' published contract lists.
    const QMap<qint64, const char *> tokens{
        {1, "USDC:0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48:6:USD,"
            "USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:6:USD"},
        {11155111, "USDC:0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238:6:USD"},
        {8453, "USDC:0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913:6:USD"},
        {137, "USDC:0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359:6:USD"},
        {42161, "USDC:0xaf88d065e77c8cC2239327C5EDb3A432268e5831:6:USD"},
    };
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        chains[it.key()].tokens = *parseTokenList(QString::fromLatin1(it.value()), chains[it.key()].symbol);
    return chains;
}

const TokenConfig *ChainConfig::token(const QString &tokenSymbol) const
{
    for (const TokenConfig &candidate : tokens) {
        if (candidate.symbol.compare(tokenSymbol, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QStringList ChainConfig::assetSymbols() const
{
    QStringList symbols{symbol};
    for (const TokenConfig &candidate : tokens)
        symbols << candidate.symbol;
    return symbols;
}

Result<QList<TokenConfig>> parseTokenList(const QString &text, const QString &nativeSymbol)
{
    using R = Result<QList<TokenConfig>>;
    QList<TokenConfig> tokens;
    for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        const QStringList parts = trimmed.split(u':');
        if (parts.size() < 3 || parts.size() > 4) {
            return R::failure(u"'%1' is not SYMBOL:contract:decimals[:PEG] (e.g. "
                              "USDC:0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48:6:USD)"_s.arg(trimmed));
        }
        TokenConfig token;
        token.symbol = parts[0].trimmed();
        if (!isAssetSymbol(token.symbol))
            return R::failure(u"'%1' in '%2' is not a token symbol (1 to 16 letters, digits or dots)"_s.arg(
                token.symbol, trimmed));
        if (token.symbol.compare(nativeSymbol, Qt::CaseInsensitive) == 0)
            return R::failure(u"'%1' is the chain's native coin, not a token"_s.arg(token.symbol));
        for (const TokenConfig &other : std::as_const(tokens)) {
            if (other.symbol.compare(token.symbol, Qt::CaseInsensitive) == 0)
                return R::failure(u"the symbol %1 is listed twice"_s.arg(token.symbol));
        }
        const QString contract = parts[1].trimmed();
        if (!ethereum::isValidAddress(contract)) {
            return R::failure(u"'%1' of %2 is not a contract address (0x and 40 hex digits, with a correct "
                              "EIP-55 checksum if mixed case)"_s.arg(contract, token.symbol));
        }
        token.contract = ethereum::toChecksumAddress(contract);
        for (const TokenConfig &other : std::as_const(tokens)) {
            if (other.contract == token.contract)
                return R::failure(u"%1 and %2 have the same contract"_s.arg(other.symbol, token.symbol));
        }
        bool ok = false;
        const int decimals = parts[2].trimmed().toInt(&ok);
        if (!ok || decimals < 0 || decimals > 36)
            return R::failure(
                u"'%1' of %2 is not a number of decimals from 0 to 36"_s.arg(parts[2], token.symbol));
        token.decimals = static_cast<unsigned>(decimals);
        if (parts.size() == 4) {
            const auto peg = currencyByCode(parts[3].trimmed());
            if (!peg) {
                return R::failure(u"the peg '%1' of %2 is not a supported currency (supported: %3)"_s.arg(
                    parts[3].trimmed(), token.symbol, supportedCurrencyCodes().join(u", "_s)));
            }
            token.peg = peg->code;
        }
        tokens << token;
    }
    return R::success(tokens);
}

QString AppConfig::configPath() const
{
    if (!configFile.isEmpty())
        return configFile;
    return QDir(dataDir).filePath(u"config.ini"_s);
}

QString AppConfig::databaseLocation() const
{
    return databaseUrl.isEmpty() ? QDir(dataDir).filePath(u"cryptocheckout.db"_s) : databaseUrl;
}

QString AppConfig::databaseDisplayName() const
{
    if (databaseUrl.isEmpty())
        return databaseLocation();
    const auto url = DatabaseUrl::parse(databaseUrl);
    return url ? url->redacted() : u"postgresql://…"_s;
}

QString AppConfig::listenText() const
{
    const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(listenAddress.toString())
                             : listenAddress.toString();
    return u"%1:%2"_s.arg(host).arg(listenPort);
}

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    using R = Result<std::pair<QHostAddress, quint16>>;
    const int colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return R::failure(u"'%1' is not HOST:PORT (for example 127.0.0.1:8420)"_s.arg(text));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = u"127.0.0.1"_s;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (!address.setAddress(host))
        return R::failure(u"'%1' is not an IP address"_s.arg(host));
    if (!ok || port > 65535)
        return R::failure(u"'%1' is not a port from 0 to 65535"_s.arg(text.mid(colon + 1)));
    return R::success({address, static_cast<quint16>(port)});
}

namespace {
// The chain id of a [chain.<id>] group: a positive whole number written plainly (chain.137, not chain.0,
// chain.-1 or chain.0137), so that each chain has one group name. Nullopt for any other group.
std::optional<qint64> chainIdOfGroup(const QString &group)
{
    if (!group.startsWith(u"chain."_s))
        return std::nullopt;
    const QString digits = group.mid(6);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0 || QString::number(id) != digits)
        return std::nullopt;
    return id;
}

// Unknown groups and keys are typos until proven otherwise.
void checkKnownKeys(const QSettings &settings, Reader &reader)
{
    for (const QString &key : settings.allKeys()) {
        const QString group = key.section(u'/', 0, 0);
        const QString name = key.section(u'/', 1);
        if (group.startsWith(u"chain."_s)) {
            if (!chainIdOfGroup(group))
                reader.error(key,
                             u"the group name must be chain.<chainId> with the chain id in digits from 1 "
                             "up, as in chain.137"_s);
            else if (!kChainKeys.contains(name))
                reader.error(key, u"unknown key (known: %1)"_s.arg(kChainKeys.join(u", "_s)));
        } else if (!knownKeys().contains(group) || !knownKeys()[group].contains(name)) {
            reader.error(key, u"unknown setting"_s);
        }
    }
}

// [server] listen, or --listen when given.
void loadListen(AppConfig &config, Reader &reader, const QString &listenOverride)
{
    const QString listen =
        listenOverride.isEmpty() ? reader.text(u"server/listen"_s, config.listenText()) : listenOverride;
    if (auto parsed = parseListenAddress(listen)) {
        config.listenAddress = parsed->first;
        config.listenPort = parsed->second;
    } else {
        reader.error(listenOverride.isEmpty() ? u"server/listen"_s : u"--listen"_s, parsed.error());
    }
}

// [server] trustedProxies: addresses or subnets, a single address being a /32 (or /128).
void loadTrustedProxies(ConnectionLimits &limits, Reader &reader)
{
    for (const QString &entry : reader.text(u"server/trustedProxies"_s, {}).split(u',', Qt::SkipEmptyParts)) {
        QString text = entry.trimmed();
        if (!text.contains(u'/'))
            text += QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol ? u"/128"_s : u"/32"_s;
        const auto subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull())
            reader.error(
                u"server/trustedProxies"_s,
                u"'%1' is not an IP address or subnet (e.g. 127.0.0.1, 10.0.0.0/8)"_s.arg(entry.trimmed()));
        else
            limits.trustedProxies << subnet;
    }
}

void loadServer(AppConfig &config, Reader &reader, const QString &listenOverride)
{
    loadListen(config, reader, listenOverride);
    config.allowRemote = reader.boolean(u"server/allowRemote"_s, false);
    config.connectionLimits.maxConnections =
        reader.integer(u"server/maxConnections"_s, 1024, 16, 65536, u"connections"_s);
    config.connectionLimits.maxConnectionsPerClient = reader.integer(
        u"server/maxConnectionsPerClient"_s, 64, 1, config.connectionLimits.maxConnections, u"connections"_s);
    loadTrustedProxies(config.connectionLimits, reader);
    if (!config.listenAddress.isLoopback() && !config.allowRemote) {
        reader.error(
            u"server/listen"_s,
            u"%1 is not a loopback address; the API and checkout pages would be reachable from the network "
            "without TLS. Put a TLS reverse proxy in front and set [server] allowRemote=true"_s.arg(
                config.listenAddress.toString()));
    }
    const QUrl defaultPublic(u"http://%1"_s.arg(config.listenText()));
    config.publicUrl = reader.url(u"server/publicUrl"_s, defaultPublic, {u"http"_s, u"https"_s});
    config.publicUrlConfigured = reader.has(u"server/publicUrl"_s);
    config.publicUrl.setPath(config.publicUrl.path().endsWith(u'/') ? config.publicUrl.path().chopped(1)
                                                                    : config.publicUrl.path());
}

void loadCheckout(AppConfig &config, Reader &reader)
{
    config.ttlMinutes = reader.integer(u"checkout/ttlMinutes"_s, 30, 1, 7 * 24 * 60, u"minutes"_s);
    config.graceMinutes = reader.integer(u"checkout/graceMinutes"_s, 24 * 60, 0, 30 * 24 * 60, u"minutes"_s);
    if (reader.has(u"checkout/underpaymentTolerancePercent"_s)) {
        const auto tolerance =
            parsePercentToBasisPoints(reader.text(u"checkout/underpaymentTolerancePercent"_s, {}));
        if (tolerance)
            config.underpaymentToleranceBasisPoints = *tolerance;
        else
            reader.error(u"checkout/underpaymentTolerancePercent"_s,
                         tolerance.error() + u" (a percentage such as 0.5)"_s);
    }
}

// [database] url, or CRYPTOCHECKOUT_DATABASE_URL (which keeps the password out of the file): a PostgreSQL
// server instead of the SQLite file in the data folder.
void loadDatabase(AppConfig &config, Reader &reader)
{
    const QString fromEnvironment = qEnvironmentVariable("CRYPTOCHECKOUT_DATABASE_URL").trimmed();
    const QString url = fromEnvironment.isEmpty() ? reader.text(u"database/url"_s, {}) : fromEnvironment;
    if (url.isEmpty())
        return;
    QString problem;
    if (!DatabaseUrl::parse(url, &problem)) {
        reader.error(fromEnvironment.isEmpty() ? u"database/url"_s : u"CRYPTOCHECKOUT_DATABASE_URL"_s,
                     u"%1 (postgresql://user:password@host:5432/dbname?sslmode=require)"_s.arg(problem));
        return;
    }
    config.databaseUrl = url;
}

void loadShop(AppConfig &config, Reader &reader)
{
    ShopConfig &shop = config.shop;
    shop.name = reader.text(u"shop/name"_s, {});
    bool control = false;
    for (const QChar c : shop.name)
        control = control || c.category() == QChar::Other_Control;
    if (shop.name.size() > ShopConfig::kMaxNameLength || control)
        reader.error(u"shop/name"_s,
                     u"is plain text of at most %1 characters"_s.arg(ShopConfig::kMaxNameLength));
    shop.logoPath = reader.text(u"shop/logo"_s, {});
    if (!shop.logoPath.isEmpty()) {
        const QString path = QDir(config.dataDir).absoluteFilePath(shop.logoPath);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            reader.error(u"shop/logo"_s, u"%1 cannot be read"_s.arg(path));
        } else if (file.size() > ShopConfig::kMaxLogoBytes) {
            reader.error(u"shop/logo"_s, u"%1 is %2 KiB; a logo may be at most %3 KiB"_s.arg(path)
                                             .arg(file.size() / 1024)
                                             .arg(ShopConfig::kMaxLogoBytes / 1024));
        } else {
            const QByteArray bytes = file.readAll();
            const QByteArray head = bytes.left(512).trimmed();
            if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
                shop.logoType = "image/png";
            } else if ((head.startsWith("<svg") || head.startsWith("<?xml")) && bytes.contains("<svg")) {
                shop.logoType = "image/svg+xml";
            } else {
                reader.error(u"shop/logo"_s, u"%1 is neither a PNG nor an SVG file"_s.arg(path));
            }
            if (!shop.logoType.isEmpty())
                shop.logo = bytes;
        }
    }
    const QString accent = reader.text(u"shop/accentColor"_s, {});
    if (!accent.isEmpty()) {
        const auto color = BrandColor::parse(accent);
        if (!color) {
            reader.error(u"shop/accentColor"_s, u"'%1' is not a colour such as #1f6feb"_s.arg(accent));
        } else if (!color->readableWithWhiteText()) {
            // Not an error: the page stays readable with its own colour, and the console says why.
            shop.accentNote =
                u"[shop] accentColor %1 is too light: white text on it has a contrast of %2:1, "
                "below the 4.5:1 WCAG AA asks; the checkout page keeps its own colour."_s.arg(color->toHex())
                    .arg(color->contrastWithWhite(), 0, 'f', 1);
        } else {
            shop.accentColor = color->toHex();
        }
    }
    shop.supportEmail = reader.text(u"shop/supportEmail"_s, {});
    static const QRegularExpression email(uR"(^[^@\s<>"]{1,64}@[^@\s<>"]{1,190}\.[^@\s<>"]{2,}$)"_s);
    if (!shop.supportEmail.isEmpty() && !email.match(shop.supportEmail).hasMatch())
        reader.error(u"shop/supportEmail"_s, u"'%1' is not an email address"_s.arg(shop.supportEmail));
    shop.website = reader.url(u"shop/website"_s, {}, {u"https"_s, u"http"_s});
}

void loadWebhooks(AppConfig &config, Reader &reader)
{
    config.webhookRetryBaseSeconds =
        reader.integer(u"webhooks/retryBaseSeconds"_s, 30, 1, 3600, u"seconds"_s);
    config.webhookTimeoutSeconds = reader.integer(u"webhooks/timeoutSeconds"_s, 10, 1, 60, u"seconds"_s);
}

// [chain.<id>] tokens: shipped tokens are replaced as a whole by a configured list; an empty value means
// none.
void loadTokens(ChainConfig &chainConfig, const QString &prefix, Reader &reader)
{
    if (reader.has(prefix + u"tokens"_s)) {
        const auto tokens = parseTokenList(reader.text(prefix + u"tokens"_s, {}), chainConfig.symbol);
        if (tokens)
            chainConfig.tokens = *tokens;
        else
            reader.error(prefix + u"tokens"_s, tokens.error());
    } else if (chainConfig.token(chainConfig.symbol)) {
        reader.error(prefix + u"symbol"_s,
                     u"%1 is also the symbol of a shipped token on this chain; set tokens too"_s.arg(
                         chainConfig.symbol));
    }
}

// [chain.<id>] confirmRpcUrls: other nodes than the chain's own rpcUrl.
void loadConfirmRpcUrls(ChainConfig &chainConfig, const QString &prefix, Reader &reader)
{
    for (const QString &entry :
         reader.text(prefix + u"confirmRpcUrls"_s, {}).split(u',', Qt::SkipEmptyParts)) {
        const QUrl url(entry.trimmed(), QUrl::StrictMode);
        static const QStringList schemes{u"http"_s, u"https"_s, u"ws"_s, u"wss"_s};
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme())) {
            reader.error(prefix + u"confirmRpcUrls"_s,
                         u"'%1' is not an http, https, ws or wss URL"_s.arg(redactedUrl(url)));
            continue;
        }
        if (url.adjusted(QUrl::StripTrailingSlash) == chainConfig.rpcUrl.adjusted(QUrl::StripTrailingSlash)) {
            reader.error(prefix + u"confirmRpcUrls"_s, u"the chain's own rpcUrl cannot confirm itself"_s);
            continue;
        }
        chainConfig.confirmRpcUrls << url;
    }
}

// One [chain.<id>] group over the chain's shipped defaults (or a new chain's).
void loadChain(ChainConfig &chainConfig, const QString &group, Reader &reader)
{
    const QString prefix = group + u'/';
    chainConfig.name = reader.text(prefix + u"name"_s, chainConfig.name);
    chainConfig.rpcUrl =
        reader.url(prefix + u"rpcUrl"_s, chainConfig.rpcUrl, {u"http"_s, u"https"_s, u"ws"_s, u"wss"_s});
    chainConfig.confirmations =
        reader.integer(prefix + u"confirmations"_s, chainConfig.confirmations, 1, 1000, u"blocks"_s);
    chainConfig.pollIntervalMs = reader.integer(prefix + u"pollIntervalMs"_s, chainConfig.pollIntervalMs, 100,
                                                600000, u"milliseconds"_s);
    chainConfig.symbol = reader.text(prefix + u"symbol"_s, chainConfig.symbol);
    if (!isAssetSymbol(chainConfig.symbol)) {
        reader.error(
            prefix + u"symbol"_s,
            u"'%1' is not a coin symbol (1 to 16 letters, digits or dots)"_s.arg(chainConfig.symbol));
        chainConfig.symbol = u"ETH"_s;
    }
    chainConfig.explorerUrl =
        reader.url(prefix + u"explorerUrl"_s, chainConfig.explorerUrl, {u"http"_s, u"https"_s});
    loadTokens(chainConfig, prefix, reader);
    if (chainConfig.rpcUrl.isEmpty())
        reader.error(prefix + u"rpcUrl"_s, u"a chain needs an RPC URL"_s);
    loadConfirmRpcUrls(chainConfig, prefix, reader);
}

// Chains: shipped defaults, overridden or extended key by key.
void loadChains(AppConfig &config, const QSettings &settings, Reader &reader)
{
    for (const QString &group : settings.childGroups()) {
        // A chain group without a valid id has been reported by checkKnownKeys.
        const std::optional<qint64> id = chainIdOfGroup(group);
        if (!id)
            continue;
        ChainConfig chainConfig = config.chains.value(
            *id, ChainConfig{*id, u"Chain %1"_s.arg(*id), QUrl(), 1, 2000, u"ETH"_s, QUrl(), {}, {}});
        loadChain(chainConfig, group, reader);
        config.chains.insert(*id, chainConfig);
    }
}

// [test] or [live] xpub and chainId; the chain must be configured.
void loadMode(ModeConfig &mode, const QString &group, const AppConfig &config, Reader &reader)
{
    mode.xpub = reader.text(group + u"/xpub"_s, mode.xpub);
    if (reader.has(group + u"/chainId"_s)) {
        bool ok = false;
        const QString raw = reader.text(group + u"/chainId"_s, {});
        const qint64 id = raw.toLongLong(&ok);
        if (!ok || !config.chains.contains(id))
            reader.error(group + u"/chainId"_s,
                         u"'%1' is not a configured chain (add a [chain.%1] group)"_s.arg(raw));
        else
            mode.chainId = id;
    }
}

// [test] and [live]: both modes' xpub and chainId, then [test] builtinChain.
void loadModes(AppConfig &config, Reader &reader)
{
    loadMode(config.test, u"test"_s, config, reader);
    loadMode(config.live, u"live"_s, config, reader);
    config.builtinChain = reader.boolean(u"test/builtinChain"_s, true);
}

// What the modes may not do with real money: a public key, or a live node reached in clear.
void checkModesAreSafe(const AppConfig &config, Reader &reader)
{
    if (config.live.xpub == QLatin1StringView(AppConfig::kPublicTestXpub))
        reader.error(u"live/xpub"_s,
                     u"this is the public test xpub, whose private keys everyone knows; use your own"_s);
    // A customer paying real coins to an address whose key is public loses them, whatever the mode says.
    if (config.test.xpub == QLatin1StringView(AppConfig::kPublicTestXpub) &&
        AppConfig::isKnownMainnet(config.test.chainId))
        reader.error(
            u"test/chainId"_s,
            u"chain %1 (%2) is a mainnet, where coins are real money, and test mode uses the public "
            "test xpub, whose private keys everyone knows: anything paid there can be taken by anyone. "
            "Use a test network (Sepolia, 31337), or set [test] xpub to your own"_s.arg(config.test.chainId)
                .arg(config.chains.value(config.test.chainId).name));
    // Real money must not depend on what a network path between us and a remote node can rewrite.
    if (config.modeInUse(true)) {
        const ChainConfig liveChain = config.chains.value(config.live.chainId);
        auto inClear = [](const QUrl &url) {
            return !isThisMachine(url) && (url.scheme() == u"http" || url.scheme() == u"ws");
        };
        if (inClear(liveChain.rpcUrl))
            reader.error(u"chain.%1/rpcUrl"_s.arg(liveChain.chainId),
                         u"'%1' is not encrypted; the live chain's node must be https:// or wss:// unless it "
                         "runs on this machine"_s.arg(redactedUrl(liveChain.rpcUrl)));
        for (const QUrl &url : liveChain.confirmRpcUrls) {
            if (inClear(url))
                reader.error(
                    u"chain.%1/confirmRpcUrls"_s.arg(liveChain.chainId),
                    u"'%1' is not encrypted; the live chain's nodes must be https:// or wss:// unless they "
                    "run on this machine"_s.arg(redactedUrl(url)));
        }
    }
}

// [prices] sources. "At least one" is only said when nothing else is wrong in the file.
} // namespace

Result<AppConfig> AppConfig::load(const QString &dataDir, const QString &listenOverride,
                                  const QString &configFile)
{
    AppConfig config;
    config.dataDir = dataDir;
    config.configFile = configFile;
    // A file named on the command line must exist; DIR/config.ini may not yet (defaults apply).
    if (!configFile.isEmpty() && !QFileInfo(configFile).isReadable())
        return Result<AppConfig>::failure(u"%1 does not exist or cannot be read."_s.arg(configFile));
    config.chains = defaultChains();
    config.test = ModeConfig{QString::fromLatin1(kPublicTestXpub), 31337};
    config.live = ModeConfig{QString(), 1};

    QSettings settings(config.configPath(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return Result<AppConfig>::failure(
            u"%1 cannot be read: it is not a valid INI file."_s.arg(config.configPath()));
    Reader reader(settings);

    // The order of the steps is the order of the errors in the message.
    checkKnownKeys(settings, reader);
    loadServer(config, reader, listenOverride);
    loadCheckout(config, reader);
    loadWebhooks(config, reader);
    loadShop(config, reader);
    loadDatabase(config, reader);
    loadChains(config, settings, reader);
    loadModes(config, reader);
    checkModesAreSafe(config, reader);
    loadPrices(config, reader);

    if (!reader.errors().isEmpty()) {
        return Result<AppConfig>::failure(u"Invalid configuration in %1:\n  %2"_s.arg(
            config.configPath(), reader.errors().join(u"\n  "_s)));
    }
    return Result<AppConfig>::success(config);
}
