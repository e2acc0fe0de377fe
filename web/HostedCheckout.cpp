#include "HostedCheckout.h"
#include "WireJson.h"

#include "CheckoutService.h"
#include "HttpServer.h"
#include "PaymentRequest.h"
#include "QrCode.h"
#include "Router.h"
#include "Time.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr const char *kContext = "CheckoutPage";

// Every string the page shows, for lupdate and for the page's dictionary.
constexpr const char *kPageStrings[] = {
    QT_TRANSLATE_NOOP("CheckoutPage", "Pay with %1"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Amount"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Send exactly this amount"),
    QT_TRANSLATE_NOOP("CheckoutPage", "To this address"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Network"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Price"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Rate locked: 1 %1 = %2 %3"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Time left"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Copy"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Copied"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Copy amount"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Copy address"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Open in wallet"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Scan with your wallet app"),
    QT_TRANSLATE_NOOP("CheckoutPage", "QR code of the payment request"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Only send %1 on %2. Other coins or networks cannot be recovered."),
    QT_TRANSLATE_NOOP("CheckoutPage", "Cancel and return to the shop"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Back to the shop"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Waiting for your payment…"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Payment detected. Waiting for confirmations: %1 of %2."),
    QT_TRANSLATE_NOOP("CheckoutPage", "We received %1 %2. Please send the remaining %3 %2."),
    QT_TRANSLATE_NOOP("CheckoutPage",
                      "You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. "
                      "The shop can refund the difference."),
    QT_TRANSLATE_NOOP("CheckoutPage", "Payment received. Thank you!"),
    QT_TRANSLATE_NOOP("CheckoutPage",
                      "Payment received after the checkout expired, within the grace period. Thank you!"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Continue to the shop"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Returning to the shop in %1 s…"),
    QT_TRANSLATE_NOOP("CheckoutPage", "This checkout has expired."),
    QT_TRANSLATE_NOOP("CheckoutPage",
                      "If you already sent the payment, it still counts if it confirms before %1. Do "
                      "not send a new payment to this address."),
    QT_TRANSLATE_NOOP("CheckoutPage", "This checkout could not be completed. Please contact the shop."),
    QT_TRANSLATE_NOOP("CheckoutPage", "Connection lost. Retrying…"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Checkout not found"),
    QT_TRANSLATE_NOOP("CheckoutPage",
                      "This checkout does not exist. Please return to the shop and start again."),
    QT_TRANSLATE_NOOP("CheckoutPage", "Payment status"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Test mode: do not send real funds."),
    QT_TRANSLATE_NOOP("CheckoutPage", "Pay %1 · %2"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Receipt"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Receipt · %1"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Paid to"),
    QT_TRANSLATE_NOOP("CheckoutPage", "For"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Amount paid"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Rate"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Paid at"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Transaction"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Checkout"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Questions? %1"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Print receipt"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Return to shop"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Stay on this page"),
    QT_TRANSLATE_NOOP("CheckoutPage", "Logo of %1"),
};

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// JSON for embedding inside <script type="application/json">: "<" escaped so no tag can be closed.
QByteArray embeddableJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).replace("<", "\\u003c");
}

const QString kCsp =
    u"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"_s;

// What the page shows of the shop ([shop]); null when nothing is configured.
QJsonValue shopJson(const ShopConfig &shop)
{
    if (!shop.isSet() && shop.supportEmail.isEmpty())
        return QJsonValue(QJsonValue::Null);
    auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return QJsonObject{
        {u"name"_s, text(shop.name)},
        {u"logoUrl"_s, shop.logo.isEmpty() ? QJsonValue() : QJsonValue(u"/assets/shop-logo"_s)},
        {u"website"_s, shop.website.isEmpty() ? QJsonValue() : QJsonValue(shop.website.toString())},
        {u"supportEmail"_s, text(shop.supportEmail)},
    };
}

QString chainSymbolOf(const AppConfig &config, qint64 chainId)
{
    return config.chains.value(chainId).symbol.isEmpty() ? u"ETH"_s : config.chains.value(chainId).symbol;
}

// What the customer pays in: the token's symbol, or the chain's coin.
QString assetSymbolOf(const AppConfig &config, const CheckoutSession &session)
{
    return session.asset.isToken() ? session.asset.symbol : chainSymbolOf(config, session.chainId);
}
} // namespace

HostedCheckout::HostedCheckout(const AppConfig &config, CheckoutService &checkout, const Clock &clock,
                               HeadProvider head, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_checkout(checkout)
    , m_clock(clock)
    , m_head(std::move(head))
{
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nowMs();
        for (const auto &sockets : std::as_const(m_watchers)) {
            for (const auto &socket : sockets) {
                if (!socket)
                    continue;
                if (now - socket->property("lastPongMs").toLongLong() > kSilenceLimitMs)
                    socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"no answer to pings"_s);
                else
                    socket->ping();
            }
        }
    });
    m_pingTimer.start(kPingIntervalMs);
}

HostedCheckout::~HostedCheckout()
{
    for (const auto &sockets : std::as_const(m_watchers)) {
        for (const auto &socket : sockets) {
            if (socket)
                socket->abort();
        }
    }
}

void HostedCheckout::addPageHeaders(HttpResponse &response)
{
    response.withHeader("Content-Security-Policy", kCsp.toUtf8());
}

std::optional<CheckoutSession> HostedCheckout::findSession(const QString &id) const
{
    if (!id.startsWith(u"cs_"_s) || id.size() > 64)
        return std::nullopt;
    return m_checkout.sessionById(id);
}

QJsonObject HostedCheckout::publicState(const CheckoutSession &session) const
{
    const ChainConfig chain = m_config.chains.value(session.chainId);
    const QList<Payment> payments = m_checkout.payments(session.id);
    const qint64 head = m_head ? m_head(session.chainId) : 0;
    qint64 confirmations = payments.isEmpty() ? 0 : std::numeric_limits<qint64>::max();
    for (const Payment &payment : payments)
        confirmations = std::min(confirmations, payment.confirmations(head));
    const UInt256 remaining = session.amountDue.saturatingSub(session.amountReceived);
    const UInt256 dueNow = amountDueNow(session);
    auto nullableText = [](const QString &url) {
        return url.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(url);
    };
    const SessionAsset &asset = session.asset;
    QJsonObject state{
        {u"id"_s, session.id},
        {u"status"_s, statusName(session.status)},
        {u"livemode"_s, session.livemode},
        {u"address"_s, session.address},
        {u"amount"_s, assetAmountJson(asset, session.amountDue)},
        {u"amountReceived"_s, assetAmountJson(asset, session.amountReceived)},
        {u"amountRemaining"_s, assetAmountJson(asset, remaining)},
        {u"fiat"_s,
         QJsonObject{{u"amount"_s, session.fiat.toDecimalString()}, {u"currency"_s, session.fiat.currency}}},
        {u"rate"_s, QJsonObject{{u"base"_s, session.rate.base},
                                {u"quote"_s, session.rate.quote},
                                {u"value"_s, session.rate.toDecimalString()}}},
        {u"chain"_s, QJsonObject{{u"id"_s, session.chainId},
                                 {u"name"_s, chain.name},
                                 {u"symbol"_s, chainSymbolOf(m_config, session.chainId)}}},
        {u"confirmations"_s,
         QJsonObject{{u"current"_s, confirmations}, {u"required"_s, chain.confirmations}}},
        {u"paymentUri"_s, paymentUri(session)},
        {u"qrUrl"_s, u"/checkout/%1/qr.svg?v=%2"_s.arg(session.id, toQString(dueNow))},
        {u"expiresAt"_s, isoTimestamp(session.expiresAtMs)},
        {u"graceEndsAt"_s,
         isoTimestamp(session.expiresAtMs + static_cast<qint64>(m_config.graceMinutes) * 60'000)},
        {u"paidAt"_s, isoTimestampOrNull(session.paidAtMs)},
        {u"serverTime"_s, isoTimestamp(m_clock.nowMs())},
        {u"successUrl"_s, nullableText(session.successUrl)},
        {u"cancelUrl"_s, nullableText(session.cancelUrl)},
        {u"returnUrl"_s, nullableText(session.returnUrl)},
        {u"description"_s, nullableText(session.description)},
        {u"shop"_s, shopJson(m_config.shop)},
    };
    // The receipt's facts, once paid: the transaction and where to see it.
    if (session.status == SessionStatus::Paid || session.status == SessionStatus::PaidLate) {
        state.insert(u"txHash"_s, nullableText(session.txHash));
        const QUrl explorer = chain.explorerUrl;
        state.insert(
            u"explorerTxUrl"_s,
            explorer.isValid() && !explorer.isEmpty() && !session.txHash.isEmpty()
                ? QJsonValue(explorer.toString(QUrl::StripTrailingSlash) + u"/tx/"_s + session.txHash)
                : QJsonValue(QJsonValue::Null));
        state.insert(u"receiptUrl"_s, u"/checkout/%1/receipt"_s.arg(session.id));
    }
    if (asset.isToken()) {
        state.insert(u"asset"_s, QJsonObject{{u"symbol"_s, asset.symbol},
                                             {u"contract"_s, asset.contract},
                                             {u"decimals"_s, static_cast<int>(asset.decimals)}});
    }
    return state;
}

void HostedCheckout::registerRoutes(Router &router)
{
    router.add("GET", u"/checkout/{id}"_s, [this](HttpRequest &request) { return page(request); });
    // The receipt, at a stable address: the same page, which shows a paid session as its receipt.
    router.add("GET", u"/checkout/{id}/receipt"_s, [this](HttpRequest &request) {
        const auto session = findSession(request.pathParam(u"id"_s));
        if (session && session->status != SessionStatus::Paid && session->status != SessionStatus::PaidLate)
            return HttpResponse::redirect(u"/checkout/"_s + session->id, 303);
        return page(request);
    });

    // [shop] logo and accent colour. The logo is the operator's file: an SVG is served so that, opened on
    // its own, it can run nothing (sandbox) and load nothing.
    router.add("GET", u"/assets/shop-logo"_s, [this](HttpRequest &) {
        if (m_config.shop.logo.isEmpty())
            throw ApiError::notFound(u"No shop logo is configured."_s);
        HttpResponse response;
        response.contentType = m_config.shop.logoType;
        response.body = m_config.shop.logo;
        response.withHeader("Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.withHeader("Cache-Control", "public, max-age=3600");
        return response;
    });
    router.add("GET", u"/assets/shop.css"_s, [this](HttpRequest &) {
        HttpResponse response;
        response.contentType = "text/css; charset=utf-8";
        // Only a colour that passed the contrast check ([shop] accentColor) gets here.
        if (!m_config.shop.accentColor.isEmpty())
            response.body =
                ":root { --brand: " + m_config.shop.accentColor.toLatin1() + "; --brand-text: #ffffff; }\n";
        response.withHeader("Cache-Control", "no-cache");
        return response;
    });

    router.add("GET", u"/checkout/{id}/state.json"_s, [this](HttpRequest &request) {
        const auto session = findSession(request.pathParam(u"id"_s));
        if (!session)
            throw ApiError::notFound(u"No such checkout."_s);
        // The polling fallback asks with the ETag it has: unchanged, it gets 304 and no body. The tag leaves
        // out serverTime, which differs at every request.
        QJsonObject state = publicState(*session);
        const HttpResponse response = HttpResponse::json(state);
        state.remove(u"serverTime"_s);
        return HttpResponse::conditional(request, response,
                                         QJsonDocument(state).toJson(QJsonDocument::Compact));
    });

    router.add("GET", u"/checkout/{id}/qr.svg"_s, [this](HttpRequest &request) {
        const auto session = findSession(request.pathParam(u"id"_s));
        if (!session)
            throw ApiError::notFound(u"No such checkout."_s);
        const QString uri = publicState(*session).value(u"paymentUri"_s).toString();
        const QrCode code(uri);
        if (!code.isValid())
            throw ApiError(500, u"api_error"_s, u"qr_failed"_s, code.errorString());
        HttpResponse response;
        response.contentType = "image/svg+xml";
        response.body = code.toSvg(uri);
        addPageHeaders(response);
        return response;
    });

    for (const auto &asset : {std::pair{u"checkout.css"_s, QByteArray("text/css; charset=utf-8")},
                              std::pair{u"checkout.js"_s, QByteArray("text/javascript; charset=utf-8")}}) {
        // Copied out of the pair: a structured binding cannot be captured by every compiler (clang 14).
        router.add("GET", u"/assets/"_s + asset.first,
                   [name = asset.first, type = asset.second](HttpRequest &) {
                       HttpResponse response;
                       response.contentType = type;
                       response.body = resource(u":/checkout/"_s + name);
                       response.withHeader("Cache-Control", "public, max-age=3600");
                       return response;
                   });
    }
}

HttpResponse HostedCheckout::notFoundPage(const QString &language) const
{
    QByteArray html = resource(u":/checkout/notfound.html"_s);
    html.replace("{{lang}}", language.toUtf8());
    html.replace("{{title}}",
                 m_translations.translate(language, kContext, "Checkout not found").toHtmlEscaped().toUtf8());
    html.replace("{{message}}",
                 m_translations
                     .translate(language, kContext,
                                "This checkout does not exist. Please return to the shop and start again.")
                     .toHtmlEscaped()
                     .toUtf8());
    HttpResponse response = HttpResponse::html(html, 404);
    addPageHeaders(response);
    return response;
}

HttpResponse HostedCheckout::page(const HttpRequest &request)
{
    const QString language =
        m_translations.negotiate(request.queryValue(u"lang"_s), request.header("accept-language"));
    const auto session = findSession(request.pathParam(u"id"_s));
    if (!session)
        return notFoundPage(language);
    QJsonObject dictionary;
    for (const char *source : kPageStrings)
        dictionary.insert(QString::fromUtf8(source), m_translations.translate(language, kContext, source));
    const QString symbol = assetSymbolOf(m_config, *session);
    QByteArray html = resource(u":/checkout/checkout.html"_s);
    html.replace("{{lang}}", language.toUtf8());
    const bool receipt = request.path.endsWith(u"/receipt"_s);
    const QString title =
        receipt ? m_translations.translate(language, kContext, "Receipt · %1")
                      .arg(m_config.shop.name.isEmpty() ? session->id : m_config.shop.name)
        : m_config.shop.name.isEmpty()
            ? m_translations.translate(language, kContext, "Pay with %1").arg(symbol)
            : m_translations.translate(language, kContext, "Pay %1 · %2")
                  .arg(m_config.shop.name, session->fiat.toDecimalString() + u' ' + session->fiat.currency);
    html.replace("{{title}}", title.toHtmlEscaped().toUtf8());
    html.replace("{{heading}}",
                 (receipt ? m_translations.translate(language, kContext, "Receipt")
                          : m_translations.translate(language, kContext, "Pay with %1").arg(symbol))
                     .toHtmlEscaped()
                     .toUtf8());
    html.replace("{{i18n}}", embeddableJson(dictionary));
    html.replace("{{state}}", embeddableJson(publicState(*session)));
    HttpResponse response = HttpResponse::html(html);
    addPageHeaders(response);
    return response;
}

void HostedCheckout::acceptWebSockets(HttpServer &server)
{
    connect(&server, &HttpServer::newWebSocketConnection, this, [this, &server] {
        while (server.hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = server.nextPendingWebSocketConnection();
            onWebSocket(socket.release());
        }
    });
}

void HostedCheckout::onWebSocket(QWebSocket *socket)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingMessageBytes);
    // A browser says which site opened the socket: only our own pages (at publicUrl, or at the address
    // the page was asked for) may; a client without an Origin is not a browser page and may too.
    const QString origin = socket->origin();
    auto originOf = [](const QUrl &url) {
        return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    };
    QUrl asked = socket->requestUrl();
    asked.setScheme(m_config.publicUrl.scheme() == u"https" ? u"https"_s : u"http"_s);
    if (!origin.isEmpty() && origin != originOf(m_config.publicUrl) && origin != originOf(asked)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"origin not allowed"_s);
        socket->deleteLater();
        return;
    }
    socket->setProperty("lastPongMs", m_clock.nowMs());
    connect(socket, &QWebSocket::pong, this,
            [this, socket] { socket->setProperty("lastPongMs", m_clock.nowMs()); });
    // /checkout/{id}/live is the only WebSocket we serve.
    const QStringList path = socket->requestUrl().path().split(u'/', Qt::SkipEmptyParts);
    const auto session = path.size() == 3 && path[0] == u"checkout" && path[2] == u"live"
                             ? findSession(path[1])
                             : std::nullopt;
    if (!session) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"no such checkout"_s);
        socket->deleteLater();
        return;
    }
    const QString id = session->id;
    m_watchers[id].append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket, id] {
        auto &list = m_watchers[id];
        list.removeAll(socket);
        list.removeAll(nullptr);
        if (list.isEmpty())
            m_watchers.remove(id);
        socket->deleteLater();
    });
    // Pages only listen; anything they send is ignored.
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(publicState(*session)).toJson(QJsonDocument::Compact)));
}

int HostedCheckout::liveConnectionCount() const
{
    int count = 0;
    for (const auto &list : m_watchers)
        count += static_cast<int>(list.size());
    return count;
}

void HostedCheckout::push(const QString &sessionId, const QJsonObject &state)
{
    const auto it = m_watchers.constFind(sessionId);
    if (it == m_watchers.cend())
        return;
    const QString message = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
    for (const auto &socket : *it) {
        if (socket)
            socket->sendTextMessage(message);
    }
}

void HostedCheckout::sessionChanged(const CheckoutSession &session)
{
    if (m_watchers.contains(session.id))
        push(session.id, publicState(session));
}

void HostedCheckout::chainAdvanced(qint64 chainId)
{
    for (auto it = m_watchers.cbegin(); it != m_watchers.cend(); ++it) {
        const auto session = m_checkout.sessionById(it.key());
        if (session && session->chainId == chainId &&
            (session->status == SessionStatus::Detected || session->status == SessionStatus::Overpaid))
            push(session->id, publicState(*session));
    }
}
