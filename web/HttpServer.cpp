#include "HttpServer.h"

#include <algorithm>
#include <array>
#include <charconv>

#include <QAbstractEventDispatcher>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QSet>
#include <QVarLengthArray>

#include <cerrno>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "cryptocheckout.http")

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    // The answers of a pass leave when it ends: when the event loop is about to wait for more (glib's
    // dispatcher, Debian's default, says so before every pass) or wakes for the next pass (the Unix one says
    // only that while events are still queued). The server's thread has its dispatcher by now: the
    // application's, created with it.
    auto *dispatcher = QAbstractEventDispatcher::instance(thread());
    Q_ASSERT(dispatcher);
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &HttpServer::passEnded);
    connect(dispatcher, &QAbstractEventDispatcher::awake, this, &HttpServer::passEnded);
    // A loop that is not Qt's says neither (GTK's, running a native file dialog of the console): a timer,
    // which such a loop still runs, sends what waits there.
    m_outboxTimer.setSingleShot(true);
    m_outboxTimer.setInterval(kOutboxTimerMs);
    connect(&m_outboxTimer, &QTimer::timeout, this, &HttpServer::passEnded);
}

void HttpServer::passEnded()
{
    if (m_outbox.empty())
        return;
    flushOutbox();
    if (m_guard)
        m_guard->sendDueRejections(); // a rejection that waited for one of these answers
}

quint16 HttpServer::listenGuarded(const QHostAddress &address, quint16 port, const ConnectionLimits &limits)
{
    auto *server = new GuardedTcpServer(limits, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    m_guard = server;
    server->setClosing([this](QTcpSocket *socket) { flushOutbox(socket); });
    server->setAnswersOwed([this](const QTcpSocket *socket) {
        return holdsAnswers(socket) ||
               std::any_of(m_outbox.begin(), m_outbox.end(),
                           [socket](const Outgoing &out) { return out.socket.data() == socket; });
    });
    bind(server);
    return server->serverPort();
}

HttpRequest HttpServer::convert(const QHttpServerRequest &request)
{
    HttpRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyDecoded);
    converted.query = request.query();
    converted.headers = request.headers();
    converted.body = request.body();
    converted.remoteAddress = request.remoteAddress();
    converted.clientAddress = converted.remoteAddress;
    return converted;
}

HttpResponse HttpServer::route(HttpRequest &request) const
{
    if (request.body.size() > kMaxBodyBytes) {
        return ApiError(413, u"invalid_request_error"_s, u"body_too_large"_s,
                        u"The request body is larger than 1 MiB."_s)
            .toResponse();
    }
    const Router::Match match = m_router.match(request);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            QByteArrayList allowed(match.allowedMethods.cbegin(), match.allowedMethods.cend());
            return ApiError(405, u"invalid_request_error"_s, u"method_not_allowed"_s,
                            u"%1 is not allowed on %2. Allowed: %3."_s.arg(
                                QString::fromLatin1(request.method), request.path,
                                QString::fromLatin1(allowed.join(", "))))
                .toResponse()
                .withHeader("Allow", allowed.join(", "));
        }
        return ApiError::notFound(
                   u"No such route: %1 %2."_s.arg(QString::fromLatin1(request.method), request.path))
            .toResponse();
    }
    return match.route->handler(request);
}

HttpResponse HttpServer::dispatch(HttpRequest &request) const
{
    return guarded(request, [&] { return route(request); });
}

HttpResponse HttpServer::guarded(const HttpRequest &request, const std::function<HttpResponse()> &handler)
{
    try {
        return handler();
    } catch (const ApiError &error) {
        return error.toResponse();
    } catch (const DomainError &error) {
        return ApiError::from(error).toResponse();
    } catch (const StorageError &error) {
        qCWarning(lcHttp) << "database error on" << request.method << request.path << error.what();
        return storageFailure();
    } catch (const std::exception &error) {
        qCWarning(lcHttp) << "internal error on" << request.method << request.path << error.what();
        return ApiError(500, u"api_error"_s, u"internal_error"_s, u"Internal error. Nothing was changed."_s)
            .toResponse();
    }
}

namespace {
// An answer's pieces, copied once into a buffer of their total size (every answer is built this way, so no
// growing and re-copying). The pieces must outlive join().
class Pieces
{
public:
    void add(QByteArrayView piece)
    {
        m_pieces.append(piece);
        m_size += piece.size();
    }
    void header(QByteArrayView name, QByteArrayView value)
    {
        add(name);
        add(": ");
        add(value);
        add("\r\n");
    }
    QByteArray join() const
    {
        QByteArray joined(m_size, Qt::Uninitialized);
        char *to = joined.data();
        for (const QByteArrayView piece : m_pieces) {
            if (!piece.isEmpty())
                to = std::copy_n(piece.data(), piece.size(), to);
        }
        return joined;
    }

private:
    QVarLengthArray<QByteArrayView, 64> m_pieces;
    qsizetype m_size = 0;
};

// A number as decimal text in `buffer`.
QByteArrayView decimal(qint64 number, std::array<char, 24> &buffer)
{
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    Q_ASSERT(error == std::errc());
    return QByteArrayView(buffer.data(), end - buffer.data());
}
} // namespace

void HttpServer::write(const HttpResponse &response, const QByteArray &method, QTcpSocket *socket)
{
    // The status line, headers and body go to the socket as one write (QHttpServerResponder would make
    // four of each header).
    const bool bodiless = response.status == 304; // no body, and no length or type of its own
    const bool withBody = method != "HEAD" && !bodiless;
    std::array<char, 24> statusText{};
    std::array<char, 24> lengthText{};
    Pieces pieces;
    pieces.add("HTTP/1.1 ");
    pieces.add(decimal(response.status, statusText));
    pieces.add(" ");
    pieces.add(reasonPhrase(response.status));
    pieces.add("\r\n");
    if (!bodiless) {
        pieces.header("Content-Type", response.contentType);
        pieces.header("Content-Length", decimal(response.body.size(), lengthText));
    }
    pieces.add("X-Content-Type-Options: nosniff\r\n"
               "Referrer-Policy: no-referrer\r\n"
               "X-Frame-Options: DENY\r\n"
               "Cross-Origin-Opener-Policy: same-origin\r\n");
    bool hasCacheControl = false;
    for (const auto &[name, value] : response.headers) {
        pieces.header(name, value);
        hasCacheControl = hasCacheControl || name.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    }
    if (!hasCacheControl)
        pieces.add("Cache-Control: no-store\r\n");
    pieces.add("\r\n");
    if (withBody)
        pieces.add(response.body);
    // Sent when this pass of the event loop ends (flushOutbox), with the other answers of the pass.
    m_outbox.push_back(Outgoing{socket, pieces.join()});
    if (!m_outboxTimer.isActive())
        m_outboxTimer.start();
}

bool HttpServer::holdsAnswers(const QTcpSocket *socket) const
{
    return std::any_of(m_held.begin(), m_held.end(),
                       [socket](const Held &held) { return held.socket.data() == socket; });
}

void HttpServer::flushOutbox(const QTcpSocket *only)
{
    if (m_outbox.empty())
        return;
    // Taken off the list first: a socket's error handling may lead back here.
    std::vector<Outgoing> leaving;
    if (only) {
        std::vector<Outgoing> staying;
        for (Outgoing &out : std::exchange(m_outbox, {}))
            (out.socket.data() == only ? leaving : staying).push_back(std::move(out));
        m_outbox = std::move(staying);
    } else {
        leaving = std::exchange(m_outbox, {});
    }
    for (const Outgoing &out : leaving) {
        QTcpSocket *socket = out.socket.data();
        if (!socket || (socket->state() != QAbstractSocket::ConnectedState &&
                        socket->state() != QAbstractSocket::ClosingState))
            continue; // the client left
        // Handed to the kernel in one send(2) when nothing is queued before it: the socket's own write path
        // would arm its write notifier and disarm it after the flush (two more wake-ups of the event loop).
        // What the kernel does not take at once is queued on the socket, which sends it when it can, and
        // the socket's later answers queue behind it. A plain TCP socket: the server speaks no TLS itself
        // (a proxy in front does).
        ssize_t sent = 0;
        if (socket->bytesToWrite() == 0) {
            const int fd = static_cast<int>(socket->socketDescriptor());
            do {
                sent = ::send(fd, out.bytes.constData(), static_cast<size_t>(out.bytes.size()), MSG_NOSIGNAL);
            } while (sent < 0 && errno == EINTR);
            sent = std::max<ssize_t>(sent, 0); // EAGAIN, or an error the socket's own write then reports
        }
        if (sent < out.bytes.size())
            socket->write(out.bytes.constData() + sent, out.bytes.size() - sent);
    }
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade is completed by QAbstractHttpServer after we report it handled (Qt 6.4 requires
    // both that and a connected newWebSocketConnection); whoever accepts the socket checks its path.
    HttpRequest converted = convert(request);
    if (converted.hasHeader("upgrade") &&
        isWebSocketUpgrade(request.value("connection"), request.value("upgrade"))) {
        if (holdsAnswers(socket)) {
            // Pipelined behind answers that are not ready (a create not yet durable): the handshake Qt writes
            // next would overtake them. A browser opens its WebSocket on a connection of its own; a client
            // that does this is cut off (what it created is stored; a retry with the same idempotency key
            // gets its answer).
            qCDebug(lcHttp) << "closing a connection that asked for a WebSocket behind unanswered requests";
            socket->abort();
            return false;
        }
        flushOutbox(socket); // the answers before it leave ahead of the handshake Qt writes next
        return true;
    }
    if (m_guard && m_guard->isTrustedProxy(converted.remoteAddress))
        converted.clientAddress = m_guard->clientAddress(
            converted.remoteAddress, converted.header("x-forwarded-for"), converted.header("forwarded"));
    HttpResponse response;
    {
        if (m_group)
            m_group->setWindowOpen(true);
        response = dispatch(converted);
        if (m_group)
            m_group->setWindowOpen(false);
    }
    // Held while the newest group it may show is not durable, while a deferred response is not finished,
    // and behind earlier held responses (a pipelined request on the same connection must not overtake its
    // predecessor).
    const quint64 waitFor = unsettledGroup();
    if (waitFor != 0 || response.deferred || !m_held.empty()) {
        if (response.deferred) {
            response.deferred->m_ready = [server = QPointer<HttpServer>(this)] {
                if (server)
                    server->queueFlush();
            };
        }
        m_held.push_back(
            Held{socket, converted.method, std::move(response), waitFor, converted.path.toUtf8()});
        queueFlush();
        return true;
    }
    write(response, converted.method, socket);
    return true;
}

void HttpServer::queueFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &HttpServer::flushHeld, Qt::QueuedConnection);
}

HttpResponse HttpServer::storageFailure()
{
    return ApiError(500, u"api_error"_s, u"database_error"_s,
                    u"The request could not be stored. Nothing was changed; try again."_s)
        .toResponse();
}

quint64 HttpServer::unsettledGroup() const
{
    const quint64 serial = m_group ? m_group->visibleSerial() : 0;
    return serial != 0 && !m_group->settled(serial) ? serial : 0;
}

void HttpServer::setGroupCommit(GroupCommit *group)
{
    if (m_group)
        m_group->setSettledListener({});
    m_group = group;
    if (m_group)
        m_group->setSettledListener([this] { queueFlush(); });
}

void HttpServer::flushHeld()
{
    m_flushQueued = false;
    // A group stays open while requests keep joining it, one pass of the event loop at a time (each pass
    // reads every request that has arrived), for at most kMaxGroupPasses passes; it commits on the first
    // pass that brings nothing new. Clients answered together come back together: their requests share
    // one commit and one sync instead of paying one each.
    const int groupSize = m_group ? m_group->openSize() : 0;
    if (groupSize > m_sizeAtPass && m_groupPasses < kMaxGroupPasses) {
        m_sizeAtPass = groupSize;
        ++m_groupPasses;
        queueFlush();
    } else if (m_group) {
        m_sizeAtPass = 0;
        m_groupPasses = 0;
        try {
            m_group->commit();
        } catch (const std::exception &error) {
            qCWarning(lcHttp) << "group commit failed:" << error.what();
        }
    }
    // A connection whose oldest held answer waits (for its group to be durable, or an unfinished deferred
    // one) holds the ones behind it; the others go out. Every held answer of a failed group is replaced
    // in this pass, before the failures are forgotten.
    std::vector<Held> waiting;
    QSet<QTcpSocket *> blocked;
    for (Held &held : std::exchange(m_held, {})) {
        if (!held.socket || held.socket->state() != QAbstractSocket::ConnectedState)
            continue; // the client left; what it asked for is stored all the same
        if (held.group != 0 && m_group && m_group->failed(held.group)) {
            held.response = storageFailure();
            held.group = 0;
        } else if (held.group != 0 && (!m_group || m_group->settled(held.group))) {
            held.group = 0;
        }
        const std::shared_ptr<DeferredResponse> deferred = held.response.deferred;
        if (blocked.contains(held.socket) || held.group != 0 || (deferred && !deferred->finished())) {
            blocked.insert(held.socket);
            waiting.push_back(std::move(held));
            continue;
        }
        if (deferred) {
            HttpRequest request;
            request.method = held.method;
            request.path = QString::fromUtf8(held.path);
            held.response = guarded(request, deferred->m_build);
            // Built now, it may show a group committed since the request came: it waits for that one.
            held.group = unsettledGroup();
            if (held.group != 0) {
                blocked.insert(held.socket);
                waiting.push_back(std::move(held));
                continue;
            }
        }
        write(held.response, held.method, held.socket);
    }
    m_held = std::move(waiting);
    // A failure is forgotten only once no answer still waits for a group (and could be one of its).
    if (m_group &&
        std::none_of(m_held.begin(), m_held.end(), [](const Held &held) { return held.group != 0; }))
        m_group->forgetFailed();
    if (m_guard)
        m_guard->sendDueRejections();
}

// Held responses die with their sockets; the database commits or keeps what they waited for when it closes.
HttpServer::~HttpServer()
{
    flushOutbox(); // what was answered goes out (the sockets are still alive: they are our children's)
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return; // cut off (a WebSocket asked for behind unanswered requests)
    write(ApiError::notFound(u"Not found."_s).toResponse(), methodName(request.method()), socket);
}
