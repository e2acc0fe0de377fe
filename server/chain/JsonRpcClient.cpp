#include "JsonRpcClient.h"

#include "UrlRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

struct JsonRpcClient::Pending
{
    QList<Request> requests;
    QList<qint64> ids;
    bool isBatch = false;
    BatchCallback callback;
    int attempt = 0;
    QPointer<QTimer> timeout;
    bool done = false;
};

namespace {
QString tooLargeError()
{
    return u"the node's answer is larger than 64 MiB"_s;
}

void failEach(JsonRpcClient::BatchCallback &callback, qsizetype count, const QString &error)
{
    QList<Result<QJsonValue>> results;
    for (qsizetype i = 0; i < count; ++i)
        results.append(Result<QJsonValue>::failure(error));
    callback(results);
}

constexpr qsizetype kMaxResponseBytes = 64 * 1024 * 1024;

QJsonObject requestObject(qint64 id, const JsonRpcClient::Request &request)
{
    return {{u"jsonrpc"_s, u"2.0"_s},
            {u"id"_s, id},
            {u"method"_s, request.method},
            {u"params"_s, request.params}};
}

Result<QJsonValue> fromResponse(const QJsonObject &response)
{
    if (response.contains(u"error"_s)) {
        const QJsonObject error = response.value(u"error"_s).toObject();
        return Result<QJsonValue>::failure(
            u"the node answered error %1: %2"_s.arg(error.value(u"code"_s).toInteger())
                .arg(error.value(u"message"_s).toString().left(300)));
    }
    if (!response.contains(u"result"_s))
        return Result<QJsonValue>::failure(u"the node's answer has neither result nor error"_s);
    return Result<QJsonValue>::success(response.value(u"result"_s));
}
} // namespace

JsonRpcClient::JsonRpcClient(QUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    if (!isWebSocket())
        m_network = new QNetworkAccessManager(this);
    m_resubscribeTimer = new QTimer(this);
    m_resubscribeTimer->setSingleShot(true);
    connect(m_resubscribeTimer, &QTimer::timeout, this, &JsonRpcClient::trySubscribe);
}

JsonRpcClient::~JsonRpcClient()
{
    if (m_socket)
        m_socket->abort();
}

bool JsonRpcClient::isWebSocket() const
{
    return m_url.scheme() == u"ws" || m_url.scheme() == u"wss";
}

QString JsonRpcClient::quantity(qint64 value)
{
    return u"0x"_s + QString::number(value, 16);
}

std::optional<UInt256> JsonRpcClient::parseAmount(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    if (!text.startsWith("0x"))
        return std::nullopt;
    return UInt256::fromHex(std::string_view(text.constData(), static_cast<size_t>(text.size())));
}

JsonRpcClient::Request JsonRpcClient::balanceRequest(const QString &address, const QString &tokenContract,
                                                     qint64 block)
{
    if (tokenContract.isEmpty())
        return {u"eth_getBalance"_s, {address, quantity(block)}};
    // balanceOf(address): selector 0x70a08231, the address left-padded to 32 bytes.
    const QString data = u"0x70a08231"_s + QString(24, u'0') + address.mid(2).toLower();
    return {u"eth_call"_s, {QJsonObject{{u"to"_s, tokenContract}, {u"data"_s, data}}, quantity(block)}};
}

std::optional<UInt256> JsonRpcClient::parseBalance(const QJsonValue &value, bool token)
{
    if (token && value.toString().size() != 66)
        return std::nullopt;
    return parseAmount(value);
}

void JsonRpcClient::call(const QString &method, const QJsonArray &params, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->requests = {Request{method, params}};
    pending->isBatch = false;
    pending->callback = [callback = std::move(callback)](const QList<Result<QJsonValue>> &results) {
        callback(results.value(0, Result<QJsonValue>::failure(u"no answer"_s)));
    };
    send(pending);
}

void JsonRpcClient::batch(const QList<Request> &requests, BatchCallback callback)
{
    if (requests.isEmpty()) {
        QTimer::singleShot(0, this, [callback = std::move(callback)] { callback({}); });
        return;
    }
    if (requests.size() > m_maxBatchSize) {
        // Nodes limit how many requests one batch may hold (geth 1,000 by default, many providers fewer):
        // a larger one goes in parts, all sent at once, and is answered once every part is in, in order.
        struct Gather
        {
            QList<Result<QJsonValue>> results;
            qsizetype parts = 0;
            BatchCallback callback;
        };
        auto gather = std::make_shared<Gather>();
        gather->callback = std::move(callback);
        for (qsizetype i = 0; i < requests.size(); ++i)
            gather->results.append(Result<QJsonValue>::failure(u"no answer"_s));
        for (qsizetype offset = 0; offset < requests.size(); offset += m_maxBatchSize) {
            ++gather->parts;
            batch(requests.mid(offset, m_maxBatchSize),
                  [gather, offset](const QList<Result<QJsonValue>> &part) {
                      for (qsizetype i = 0; i < part.size(); ++i)
                          gather->results[offset + i] = part[i];
                      if (--gather->parts == 0)
                          gather->callback(gather->results);
                  });
        }
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->requests = requests;
    pending->isBatch = true;
    pending->callback = std::move(callback);
    send(pending);
}

void JsonRpcClient::send(const std::shared_ptr<Pending> &pending)
{
    stopTimeout(pending); // an earlier attempt's timer must not cut this attempt short
    ++pending->attempt;
    pending->ids.clear();
    for (qsizetype i = 0; i < pending->requests.size(); ++i)
        pending->ids.append(m_nextId++);
    if (isWebSocket())
        sendWebSocket(pending);
    else
        sendHttp(pending);
}

void JsonRpcClient::sendHttp(const std::shared_ptr<Pending> &pending)
{
    QJsonDocument document;
    if (pending->isBatch) {
        QJsonArray array;
        for (qsizetype i = 0; i < pending->requests.size(); ++i)
            array.append(requestObject(pending->ids[i], pending->requests[i]));
        document.setArray(array);
    } else {
        document.setObject(requestObject(pending->ids[0], pending->requests[0]));
    }
    QNetworkRequest request(m_url);
    request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, document.toJson(QJsonDocument::Compact));
    // A node that sends more than any answer can be is cut off, rather than filling our memory.
    // Said as such, and not retried: asking again would bring the same answer.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxResponseBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
        reply->deleteLater();
        if (reply->property("tooLarge").toBool()) {
            if (pending->done)
                return;
            pending->done = true;
            stopTimeout(pending);
            return failEach(pending->callback, pending->requests.size(), tooLargeError());
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // read(n) would allocate n bytes up front: 64 MiB for every answer.
        const QByteArray body = reply->bytesAvailable() > kMaxResponseBytes
                                    ? reply->read(kMaxResponseBytes + 1)
                                    : reply->readAll();
        if (reply->error() != QNetworkReply::NoError && body.isEmpty()) {
            // Qt's error text quotes the whole URL ("Error transferring https://…/v3/KEY - …"): the key in it
            // must not reach a log, the console or /healthz.
            QString detail = reply->errorString();
            for (const QString &form : {m_url.toString(), m_url.toString(QUrl::FullyEncoded)})
                detail.replace(form, redactedUrl(m_url));
            retryOrFail(pending, u"cannot reach the node at %1: %2"_s.arg(redactedUrl(m_url), detail));
            return;
        }
        if (status >= 500 || status == 429) {
            retryOrFail(pending, u"the node answered HTTP %1"_s.arg(status));
            return;
        }
        finish(pending, body);
    });
}

void JsonRpcClient::startTimeout(const std::shared_ptr<Pending> &pending)
{
    stopTimeout(pending);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    pending->timeout = timer;
    connect(timer, &QTimer::timeout, this, [this, pending, timer] {
        timer->deleteLater();
        if (pending->done || pending->ids.isEmpty())
            return;
        m_inFlight.remove(pending->ids.first());
        m_waitingForSocket.removeAll(pending);
        retryOrFail(pending, u"the node did not answer within %1 ms"_s.arg(m_timeoutMs));
    });
    timer->start(m_timeoutMs);
}

void JsonRpcClient::stopTimeout(const std::shared_ptr<Pending> &pending)
{
    if (pending->timeout) {
        pending->timeout->stop();
        pending->timeout->deleteLater();
        pending->timeout = nullptr;
    }
}

void JsonRpcClient::retryOrFail(const std::shared_ptr<Pending> &pending, const QString &error)
{
    if (pending->done)
        return;
    stopTimeout(pending);
    if (pending->attempt < m_maxAttempts) {
        const int delay = 200 * (1 << (pending->attempt - 1)); // 200, 400, 800 ms …
        QTimer::singleShot(delay, this, [this, pending] { send(pending); });
        return;
    }
    pending->done = true;
    failEach(pending->callback, pending->requests.size(), error);
}

void JsonRpcClient::finish(const std::shared_ptr<Pending> &pending, const QByteArray &body)
{
    if (pending->done)
        return;
    QString error;
    QJsonParseError parseError;
    if (body.size() > kMaxResponseBytes)
        error = tooLargeError();
    const QJsonDocument document =
        error.isEmpty() ? QJsonDocument::fromJson(body, &parseError) : QJsonDocument();
    if (error.isEmpty() && parseError.error != QJsonParseError::NoError)
        error = u"the node's answer is not JSON (%1): %2"_s.arg(
            parseError.errorString(), QString::fromUtf8(body.left(120)).simplified());
    if (!error.isEmpty()) {
        pending->done = true;
        stopTimeout(pending);
        return failEach(pending->callback, pending->requests.size(), error);
    }
    finish(pending, document);
}

void JsonRpcClient::finish(const std::shared_ptr<Pending> &pending, const QJsonDocument &document)
{
    if (pending->done)
        return;
    pending->done = true;
    stopTimeout(pending);
    auto failAll = [&](const QString &error) {
        failEach(pending->callback, pending->requests.size(), error);
    };
    QList<QJsonObject> responses;
    if (document.isArray()) {
        for (const QJsonValue &item : document.array())
            responses.append(item.toObject());
    } else if (document.isObject()) {
        responses.append(document.object());
    } else {
        return failAll(u"the node's answer is neither an object nor an array"_s);
    }
    // A batch may be answered in any order; a single error object answers a malformed batch as a whole.
    if (pending->isBatch && responses.size() == 1 && document.isObject() && responses[0].contains(u"error"_s))
        return failAll(fromResponse(responses[0]).error());
    QHash<qint64, QJsonObject> byId;
    for (const QJsonObject &response : responses) {
        const QJsonValue id = response.value(u"id"_s);
        if (!id.isDouble())
            return failAll(u"the node answered with a missing or non-numeric id"_s);
        byId.insert(id.toInteger(), response);
    }
    QList<Result<QJsonValue>> results;
    for (qint64 id : pending->ids) {
        if (!byId.contains(id))
            return failAll(u"the node's answer does not match the request (id %1 missing)"_s.arg(id));
        results.append(fromResponse(byId.take(id)));
    }
    if (!byId.isEmpty())
        return failAll(u"the node answered ids it was not asked for"_s);
    pending->callback(results);
}

void JsonRpcClient::ensureWebSocket()
{
    if (m_socket)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxResponseBytes);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_socketOpen = true;
        const auto waiting = std::exchange(m_waitingForSocket, {});
        for (const auto &pending : waiting)
            sendWebSocket(pending);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &JsonRpcClient::onWebSocketMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const QString reason =
            m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason();
        m_socketOpen = false;
        m_socket->deleteLater();
        m_socket = nullptr;
        // A subscription lives and dies with its connection. Only an established one is lost here: an
        // eth_subscribe in flight fails (or is retried) like any other request, and reports through its
        // own callback, so each failure is reported once.
        if (!m_subscriptionId.isEmpty()) {
            m_subscriptionId.clear();
            Q_EMIT subscriptionLost(reason);
            if (m_wantSubscription)
                m_resubscribeTimer->start(0);
        }
        failAllWebSocketRequests(
            u"the connection to the node at %1 closed: %2"_s.arg(redactedUrl(m_url), reason));
    });
    m_socket->open(m_url);
}

void JsonRpcClient::failAllWebSocketRequests(const QString &error)
{
    const auto inFlight = std::exchange(m_inFlight, {});
    const auto waiting = std::exchange(m_waitingForSocket, {});
    QSet<Pending *> seen;
    for (const auto &pending : inFlight) {
        if (!seen.contains(pending.get())) {
            seen.insert(pending.get());
            retryOrFail(pending, error);
        }
    }
    for (const auto &pending : waiting)
        retryOrFail(pending, error);
}

void JsonRpcClient::sendWebSocket(const std::shared_ptr<Pending> &pending)
{
    ensureWebSocket();
    if (!m_socketOpen) {
        m_waitingForSocket.append(pending);
    } else {
        QJsonDocument document;
        if (pending->isBatch) {
            QJsonArray array;
            for (qsizetype i = 0; i < pending->requests.size(); ++i)
                array.append(requestObject(pending->ids[i], pending->requests[i]));
            document.setArray(array);
        } else {
            document.setObject(requestObject(pending->ids[0], pending->requests[0]));
        }
        m_inFlight.insert(pending->ids.first(), pending);
        m_socket->sendTextMessage(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    startTimeout(pending);
}

void JsonRpcClient::onWebSocketMessage(const QString &message)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // No id to match it to a request: the request it answers times out and is retried.
        return;
    }
    if (document.isObject() && document.object().value(u"method"_s) == u"eth_subscription"_s) {
        const QJsonObject params = document.object().value(u"params"_s).toObject();
        if (params.value(u"subscription"_s).toString() == m_subscriptionId)
            Q_EMIT newHead(params.value(u"result"_s).toObject());
        return;
    }
    // Find the request by the first id in the answer; the full check happens in finish().
    qint64 firstId = -1;
    if (document.isArray()) {
        for (const QJsonValue &item : document.array()) {
            const qint64 id = item.toObject().value(u"id"_s).toInteger(-1);
            if (m_inFlight.contains(id)) {
                firstId = id;
                break;
            }
        }
    } else {
        firstId = document.object().value(u"id"_s).toInteger(-1);
    }
    const auto pending = m_inFlight.take(firstId);
    if (!pending)
        return; // a late answer to a request that already timed out
    finish(pending, document);
}

void JsonRpcClient::subscribeNewHeads()
{
    m_wantSubscription = true;
    if (isWebSocket())
        trySubscribe();
}

void JsonRpcClient::unsubscribeNewHeads()
{
    m_wantSubscription = false;
    m_resubscribeTimer->stop();
    if (m_subscriptionId.isEmpty())
        return;
    const QString id = std::exchange(m_subscriptionId, {});
    if (m_socketOpen)
        call(u"eth_unsubscribe"_s, QJsonArray{id}, [](const Result<QJsonValue> &) {});
}

void JsonRpcClient::trySubscribe()
{
    if (!m_wantSubscription || m_subscribing || !m_subscriptionId.isEmpty())
        return;
    m_subscribing = true;
    call(u"eth_subscribe"_s, QJsonArray{u"newHeads"_s}, [this](const Result<QJsonValue> &result) {
        m_subscribing = false;
        if (!m_wantSubscription) {
            // Unsubscribed while the answer was on its way: end the subscription the node just made.
            if (result && result->isString() && m_socketOpen)
                call(u"eth_unsubscribe"_s, QJsonArray{*result}, [](const Result<QJsonValue> &) {});
            return;
        }
        if (result && result->isString() && !result->toString().isEmpty()) {
            m_subscriptionId = result->toString();
            m_subscribeFailures = 0;
            Q_EMIT newHeadsSubscribed();
            return;
        }
        Q_EMIT subscriptionLost(result ? u"eth_subscribe answered no subscription id"_s : result.error());
        retrySubscribeLater();
    });
}

void JsonRpcClient::retrySubscribeLater()
{
    const int delay = std::min(kMaxResubscribeDelayMs, 500 << std::min(m_subscribeFailures, 10));
    ++m_subscribeFailures;
    m_resubscribeTimer->start(delay);
}
