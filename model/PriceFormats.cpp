#include "PriceFormats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace prices {

namespace {
constexpr unsigned kMaxRateDecimals = 18;
constexpr unsigned kMaxPlausibleDigits = 12;  // 10^12 of any fiat for one coin is a broken answer
constexpr unsigned kMinPlausibleDecimals = 8; // and less than 10^-8 of one is no market either
constexpr int kMaxJsonDepth = 64;

// Printable ASCII only, so a garbage answer cannot garble a log line or an API error.
QString snippet(const QByteArray &body, qsizetype length = 80)
{
    QString text;
    for (char c : body.left(length * 4)) {
        if (text.size() >= length)
            break;
        text += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u' ';
    }
    text = text.simplified();
    return body.size() > length ? text + u"…"_s : text;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}

// Walks a JSON text strictly (RFC 8259) and keeps the literal of the number at one path of object keys.
class NumberLiteralScanner
{
public:
    NumberLiteralScanner(const QByteArray &body, const QStringList &path)
        : m_body(body)
        , m_path(path)
    {}

    Result<QByteArray> run()
    {
        skipWhitespace();
        if (!value(0))
            return Result<QByteArray>::failure(m_error);
        skipWhitespace();
        if (m_pos != m_body.size())
            return Result<QByteArray>::failure(u"is not JSON: text after the end at byte %1"_s.arg(m_pos));
        if (!m_found)
            return Result<QByteArray>::failure(u"has no number at %1"_s.arg(m_path.join(u'.')));
        return Result<QByteArray>::success(*m_found);
    }

private:
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"is not JSON: %1 at byte %2"_s.arg(what).arg(m_pos);
        return false;
    }

    char peek() const { return m_pos < m_body.size() ? m_body.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_body.size(); }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool onPath() const
    {
        if (m_keys.size() != static_cast<size_t>(m_path.size()))
            return false;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (!m_keys[i] || *m_keys[i] != m_path[static_cast<qsizetype>(i)])
                return false;
        }
        return true;
    }

    bool value(int depth)
    {
        if (depth > kMaxJsonDepth)
            return fail(u"nested too deeply"_s);
        if (atEnd())
            return fail(u"unexpected end"_s);
        const char c = peek();
        if (c == '{')
            return object(depth);
        if (c == '[')
            return array(depth);
        if (c == '"') {
            QString ignored;
            return string(ignored);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        for (const char *word : {"true", "false", "null"}) {
            const QByteArrayView literal(word);
            if (QByteArrayView(m_body).sliced(m_pos).startsWith(literal)) {
                m_pos += literal.size();
                return true;
            }
        }
        return fail(u"unexpected character"_s);
    }

    bool object(int depth)
    {
        ++m_pos; // {
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            QString key;
            if (peek() != '"' || !string(key))
                return fail(u"expected a key"_s);
            skipWhitespace();
            if (peek() != ':')
                return fail(u"expected ':'"_s);
            ++m_pos;
            skipWhitespace();
            m_keys.push_back(key);
            const bool ok = value(depth + 1);
            m_keys.pop_back();
            if (!ok)
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(u"expected ',' or '}'"_s);
        }
    }

    bool array(int depth)
    {
        ++m_pos; // [
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        m_keys.push_back(std::nullopt); // array elements are never on a path of object keys
        while (true) {
            skipWhitespace();
            if (!value(depth + 1)) {
                m_keys.pop_back();
                return false;
            }
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            m_keys.pop_back();
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(u"expected ',' or ']'"_s);
        }
    }

    bool string(QString &out)
    {
        ++m_pos; // "
        QByteArray chunk;
        while (true) {
            if (atEnd())
                return fail(u"unterminated string"_s);
            const char c = m_body.at(m_pos++);
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(u"control character in a string"_s);
            if (c != '\\') {
                chunk += c;
                continue;
            }
            if (atEnd())
                return fail(u"unterminated escape"_s);
            const char escape = m_body.at(m_pos++);
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                chunk += escape;
                break;
            case 'b':
                chunk += '\b';
                break;
            case 'f':
                chunk += '\f';
                break;
            case 'n':
                chunk += '\n';
                break;
            case 'r':
                chunk += '\r';
                break;
            case 't':
                chunk += '\t';
                break;
            case 'u': {
                bool ok = false;
                const ushort code = m_body.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_body.mid(m_pos, 4).size() != 4)
                    return fail(u"bad \\u escape"_s);
                m_pos += 4;
                out += QString::fromUtf8(chunk);
                chunk.clear();
                out += QChar(code);
                break;
            }
            default:
                return fail(u"bad escape"_s);
            }
        }
        out += QString::fromUtf8(chunk);
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (digits() == 0)
            return fail(u"bad number"_s);
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(u"bad number"_s);
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return fail(u"bad number"_s);
        }
        if (onPath()) {
            if (m_found) {
                m_error = u"has %1 twice"_s.arg(m_path.join(u'.'));
                return false;
            }
            m_found = m_body.mid(start, m_pos - start);
        }
        return true;
    }

    const QByteArray &m_body;
    const QStringList &m_path;
    qsizetype m_pos = 0;
    std::vector<std::optional<QString>> m_keys; // nullopt inside arrays
    std::optional<QByteArray> m_found;
    QString m_error;
};

Result<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString described = describeErrorBody(body);
        return Result<QJsonObject>::failure(
            u"the answer is %1"_s.arg(described.isEmpty() ? u"not a JSON object"_s : described));
    }
    return Result<QJsonObject>::success(document.object());
}

// A JSON object that is not one of the provider's error answers.
Result<QJsonObject> providerObject(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return object;
    const QString providerError = describeErrorBody(body);
    if (!providerError.isEmpty())
        return Result<QJsonObject>::failure(providerError);
    return object;
}

// 32-byte words of an eth_call result.
Result<std::vector<UInt256>> abiWords(const QString &hexResult, int expectedWords, const QString &function)
{
    using R = Result<std::vector<UInt256>>;
    if (!hexResult.startsWith(u"0x"_s))
        return R::failure(u"%1 returned '%2', not 0x-prefixed hex"_s.arg(function, hexResult.left(20)));
    const QStringView digits = QStringView(hexResult).mid(2);
    if (digits.isEmpty())
        return R::failure(u"%1 returned no data: there is no Chainlink aggregator at that address on this "
                          "chain"_s.arg(function));
    static const QRegularExpression hex(u"^[0-9a-fA-F]*$"_s);
    if (!hex.match(digits).hasMatch())
        return R::failure(u"%1 returned something that is not hex"_s.arg(function));
    if (digits.size() != expectedWords * 64)
        return R::failure(u"%1 returned %2 hex digits, not the %3 (%4 bytes) its ABI defines"_s.arg(function)
                              .arg(digits.size())
                              .arg(expectedWords * 64)
                              .arg(expectedWords * 32));
    std::vector<UInt256> words;
    for (int i = 0; i < expectedWords; ++i) {
        const QByteArray word = digits.mid(i * 64, 64).toLatin1();
        words.push_back(
            *UInt256::fromHex(std::string_view(word.constData(), static_cast<size_t>(word.size()))));
    }
    return R::success(std::move(words));
}
} // namespace

Result<ExchangeRate> checkPlausible(const ExchangeRate &rate)
{
    // value >= 10^-8  <=>  scaled * 10^8 >= 10^decimals;  value < 10^12  <=>  scaled < 10^(12 + decimals).
    const bool tooLarge = rate.decimals > kMaxRateDecimals ||
                          rate.scaled >= UInt256::powerOfTen(kMaxPlausibleDigits + rate.decimals);
    const auto scaledUp = UInt256::checkedMul(rate.scaled, UInt256::powerOfTen(kMinPlausibleDecimals));
    const bool tooSmall = !tooLarge && scaledUp && *scaledUp < UInt256::powerOfTen(rate.decimals);
    if (tooSmall || tooLarge) {
        return Result<ExchangeRate>::failure(
            u"the %1-%2 price %3 is not plausible (expected 0.00000001 to 10^12), refused"_s.arg(
                rate.base, rate.quote, rate.decimals <= kMaxRateDecimals ? rate.toDecimalString() : u"?"_s));
    }
    return Result<ExchangeRate>::success(rate);
}

Result<ExchangeRate> rateFromText(const CurrencyPair &pair, const QString &text)
{
    const auto rate = parseExchangeRate(pair.base, pair.quote, text.left(100));
    if (!rate) {
        QString message = rate.error();
        // parseExchangeRate writes a sentence; this one goes into a list of reasons.
        if (message.endsWith(u'.'))
            message.chop(1);
        if (!message.isEmpty())
            message[0] = message[0].toLower();
        return Result<ExchangeRate>::failure(message);
    }
    return checkPlausible(*rate);
}

QUrl joinUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, value);
    url.setQuery(items);
    return url;
}

QUrl coinbaseSpotUrl(const QUrl &base, const CurrencyPair &pair)
{
    return joinUrl(base, u"/v2/prices/%1/spot"_s.arg(pair.name()));
}

Result<ExchangeRate> parseCoinbaseSpot(const QByteArray &body, const CurrencyPair &pair)
{
    using R = Result<ExchangeRate>;
    const auto object = providerObject(body);
    if (!object)
        return R::failure(object.error());
    const QJsonObject data = object->value(u"data"_s).toObject();
    const QJsonValue amount = data.value(u"amount"_s);
    if (amount.isUndefined())
        return R::failure(u"the answer has no data.amount"_s);
    if (!amount.isString())
        return R::failure(u"data.amount is not a decimal string"_s);
    const QString base = data.value(u"base"_s).toString();
    const QString quote = data.value(u"currency"_s).toString();
    if (base != pair.base || quote != pair.quote)
        return R::failure(u"the answer is for %1-%2, not %3"_s.arg(base, quote, pair.name()));
    return rateFromText(pair, amount.toString());
}

QString krakenPair(const CurrencyPair &pair)
{
    // Kraken's ETH/fiat markets (AssetPairs); other coins trade against USD and EUR there.
    static const QStringList ethQuotes{u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"JPY"_s, u"CAD"_s, u"AUD"_s};
    static const QStringList otherQuotes{u"USD"_s, u"EUR"_s};
    const QStringList &quotes = pair.base == u"ETH" ? ethQuotes : otherQuotes;
    return quotes.contains(pair.quote) ? pair.base + pair.quote : QString();
}

QUrl krakenTickerUrl(const QUrl &base, const QList<CurrencyPair> &pairs)
{
    QStringList names;
    for (const CurrencyPair &pair : pairs) {
        if (!krakenPair(pair).isEmpty())
            names << krakenPair(pair);
    }
    return joinUrl(base, u"/0/public/Ticker"_s, {{u"pair"_s, names.join(u',')}});
}

Result<ExchangeRate> parseKrakenTicker(const QByteArray &body, const CurrencyPair &pair)
{
    using R = Result<ExchangeRate>;
    const QString market = krakenPair(pair);
    if (market.isEmpty())
        return R::failure(u"Kraken has no %1 market"_s.arg(pair.name()));
    const auto object = providerObject(body);
    if (!object)
        return R::failure(object.error());
    const QJsonObject result = object->value(u"result"_s).toObject();
    // Asked for ETHUSD, Kraken answers under its old name XETHZUSD; newer markets (POLUSD) keep the name.
    QJsonObject ticker;
    for (const QString &name : {u"X"_s + pair.base + u"Z"_s + pair.quote, market}) {
        if (result.contains(name))
            ticker = result.value(name).toObject();
    }
    if (ticker.isEmpty())
        return R::failure(u"the answer has no %1 ticker"_s.arg(market));
    const QJsonValue last = ticker.value(u"c"_s).toArray().at(0);
    if (!last.isString())
        return R::failure(u"the %1 ticker has no last trade price (c[0])"_s.arg(market));
    return rateFromText(pair, last.toString());
}

QHash<QString, QString> defaultCoinGeckoIds()
{
    return {
        {u"ETH"_s, u"ethereum"_s},        {u"POL"_s, u"polygon-ecosystem-token"_s},
        {u"MATIC"_s, u"matic-network"_s}, {u"BNB"_s, u"binancecoin"_s},
        {u"AVAX"_s, u"avalanche-2"_s},    {u"XDAI"_s, u"xdai"_s},
        {u"CELO"_s, u"celo"_s},           {u"FTM"_s, u"fantom"_s},
        {u"MNT"_s, u"mantle"_s},          {u"GLMR"_s, u"moonbeam"_s},
        {u"WETH"_s, u"weth"_s},           {u"WBTC"_s, u"wrapped-bitcoin"_s},
        {u"LINK"_s, u"chainlink"_s},      {u"DAI"_s, u"dai"_s},
    };
}

QUrl coingeckoSimplePriceUrl(const QUrl &base, const QStringList &ids, const QStringList &currencies)
{
    QStringList lower;
    for (const QString &currency : currencies)
        lower << currency.toLower();
    // precision=full: the literal keeps every digit CoinGecko has instead of a rounded display value.
    return joinUrl(base, u"/api/v3/simple/price"_s,
                   {{u"ids"_s, ids.join(u',')},
                    {u"vs_currencies"_s, lower.join(u',')},
                    {u"include_last_updated_at"_s, u"true"_s},
                    {u"precision"_s, u"full"_s}});
}

std::optional<qint64> coingeckoUpdatedAtMs(const QByteArray &body, const QString &id)
{
    // A whole number of seconds: a double holds it exactly, and it is a time, not a price.
    const QJsonValue value =
        QJsonDocument::fromJson(body).object().value(id).toObject().value(u"last_updated_at"_s);
    const qint64 seconds = value.toInteger(-1);
    if (seconds <= 0 || seconds > (qint64(1) << 40))
        return std::nullopt;
    return seconds * 1000;
}

Result<ExchangeRate> parseCoinGeckoSimplePrice(const QByteArray &body, const QString &id,
                                               const CurrencyPair &pair)
{
    using R = Result<ExchangeRate>;
    const auto object = jsonObject(body);
    if (!object)
        return R::failure(object.error());
    const QString key = pair.quote.toLower();
    if (!object->contains(id)) {
        const QString providerError = describeErrorBody(body);
        return R::failure(providerError.isEmpty() ? u"the answer has no %1 prices"_s.arg(id) : providerError);
    }
    const QJsonValue price = object->value(id).toObject().value(key);
    if (price.isUndefined())
        return R::failure(u"the answer has no %1.%2 price"_s.arg(id, key));
    if (!price.isDouble())
        return R::failure(u"%1.%2 is not a number"_s.arg(id, key));
    // The double QJsonValue holds is only used to find the field; the price comes from the literal.
    const auto literal = jsonNumberLiteral(body, {id, key});
    if (!literal)
        return R::failure(u"the answer %1"_s.arg(literal.error()));
    if (literal->contains('e') || literal->contains('E'))
        return R::failure(u"the %1 price %2 is written with an exponent; refused rather than rounded"_s.arg(
            pair.name(), QString::fromLatin1(*literal)));
    return rateFromText(pair, QString::fromLatin1(*literal));
}

Result<QByteArray> jsonNumberLiteral(const QByteArray &body, const QStringList &path)
{
    return NumberLiteralScanner(body, path).run();
}

QString describeErrorBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return u"empty"_s;
    if (looksLikeHtml(body)) {
        static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        const auto match = title.match(QString::fromUtf8(body.left(4096)));
        const QString titleText = match.hasMatch() ? snippet(match.captured(1).toUtf8()) : QString();
        return titleText.isEmpty() ? u"an HTML page, not JSON"_s
                                   : u"an HTML page (\"%1\"), not JSON"_s.arg(titleText);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return u"not JSON (%1): %2"_s.arg(error.errorString(), snippet(body));
    const QJsonObject object = document.object();
    // Coinbase: {"errors":[{"id":"not_found","message":"Invalid currency"}]}
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.at(0).toObject();
        return u"the provider says: %1"_s.arg(
            snippet((first.value(u"message"_s).toString(first.value(u"id"_s).toString())).toUtf8(), 200));
    }
    // Kraken: {"error":["EQuery:Unknown asset pair"]}; CoinGecko: {"error":"coin not found"}
    const QJsonValue krakenErrors = object.value(u"error"_s);
    if (krakenErrors.isArray() && !krakenErrors.toArray().isEmpty()) {
        QStringList messages;
        for (const QJsonValue &message : krakenErrors.toArray())
            messages << message.toString();
        return u"the provider says: %1"_s.arg(snippet(messages.join(u"; "_s).toUtf8(), 200));
    }
    if (krakenErrors.isString())
        return u"the provider says: %1"_s.arg(snippet(krakenErrors.toString().toUtf8(), 200));
    // CoinGecko: {"status":{"error_code":429,"error_message":"You've exceeded the Rate Limit…"}}
    const QJsonObject status = object.value(u"status"_s).toObject();
    if (status.contains(u"error_message"_s))
        return u"the provider says: %1"_s.arg(
            snippet(status.value(u"error_message"_s).toString().toUtf8(), 200));
    if (object.value(u"message"_s).isString() && object.size() <= 3)
        return u"the provider says: %1"_s.arg(snippet(object.value(u"message"_s).toString().toUtf8(), 200));
    return {};
}

Result<unsigned> decodeChainlinkDecimals(const QString &hexResult)
{
    const auto words = abiWords(hexResult, 1, u"decimals()"_s);
    if (!words)
        return Result<unsigned>::failure(words.error());
    const UInt256 &value = words->front();
    if (value > UInt256{kMaxRateDecimals})
        return Result<unsigned>::failure(
            u"decimals() is %1; more than 18 is not a fiat price feed"_s.arg(toQString(value)));
    return Result<unsigned>::success(static_cast<unsigned>(value.lowUInt64()));
}

Result<ChainlinkRound> decodeChainlinkRound(const QString &hexResult)
{
    using R = Result<ChainlinkRound>;
    const auto words = abiWords(hexResult, 5, u"latestRoundData()"_s);
    if (!words)
        return R::failure(words.error());
    const UInt256 &answer = (*words)[1];
    const UInt256 &updatedAt = (*words)[3];
    // A round that was never completed has no meaningful answer at all.
    if (updatedAt.isZero())
        return R::failure(u"the feed has no completed round (updatedAt is 0)"_s);
    // int256 in two's complement: the top bit set is a negative answer.
    if (answer.bitLength() == 256)
        return R::failure(u"the feed's answer is negative"_s);
    if (answer.isZero())
        return R::failure(u"the feed's answer is zero"_s);
    // 2^40 seconds is the year 36812: anything larger is not a timestamp.
    if (updatedAt.bitLength() > 40)
        return R::failure(u"the feed's updatedAt %1 is not a time"_s.arg(toQString(updatedAt)));
    return R::success(ChainlinkRound{(*words)[0], answer, static_cast<qint64>(updatedAt.lowUInt64())});
}

QString timeOfDay(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(u"HH:mm:ss"_s) + u" UTC"_s;
}

QString describeDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 120)
        return u"%1 s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return u"%1 min"_s.arg(minutes);
    return u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

} // namespace prices
