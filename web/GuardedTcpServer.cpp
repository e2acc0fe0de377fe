#include "GuardedTcpServer.h"

#include "HttpTypes.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGuard, "cryptocheckout.http.guard")

namespace {
// Follows the HTTP/1.1 framing of one connection as bytes arrive, only far enough to know where each
// request's headers and body end and how large they are; the HTTP server parses them for real.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, GuardedTcpServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_limits(limits)
    {
        m_timer.setSingleShot(true);
        m_clock.start();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            // The deadline may have moved on since the timer was started (see arm()).
            const qint64 left = m_deadlineMs - m_clock.elapsed();
            if (left > 0)
                return restartTimer(left);
            timedOut();
        });
        // Connected before the HTTP server connects its own reader, so this sees every byte first.
        connect(socket, &QTcpSocket::readyRead, this, [this] { inspect(); });
        arm(m_limits.headerTimeoutMs);
    }

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Upgraded, Rejected };

    // Every request sets a deadline or two; the timer is started again only when it would otherwise fire
    // late. One that fires early finds the later deadline and sleeps on (a keep-alive connection's requests
    // cost a clock read, not a timer each).
    void arm(int ms)
    {
        if (ms <= 0)
            return;
        const qint64 now = m_clock.elapsed();
        m_deadlineMs = now + ms;
        if (!m_timer.isActive() || m_timerDueMs > m_deadlineMs)
            restartTimer(ms);
    }

    void restartTimer(qint64 ms)
    {
        m_timerDueMs = m_clock.elapsed() + ms;
        m_timer.start(static_cast<int>(ms));
    }

    void timedOut()
    {
        if (m_state == State::Upgraded)
            return;
        if (m_state == State::Rejected) {
            m_socket->abort(); // its rejection waited for owed answers that did not come in time
            return;
        }
        if (m_state == State::Headers && m_headerBytes == 0 && m_server && m_server->answersOwed(m_socket)) {
            // Quiet because it waits for its answer (held until durable, or a deferred one): not idle.
            arm(m_limits.idleTimeoutMs);
            return;
        }
        qCDebug(lcGuard) << "closing a connection from" << m_socket->peerAddress().toString()
                         << "that stalled";
        if (m_state == State::Headers && m_headerBytes > 0) {
            reject(408, u"request_timeout"_s, u"The request's headers did not arrive in time."_s);
        } else if (m_state != State::Headers) {
            reject(408, u"request_timeout"_s, u"The request's body did not arrive in time."_s);
        } else {
            m_socket->abort(); // idle between requests (or never said anything): nothing to answer
        }
    }

    void reject(int status, const QString &code, const QString &message)
    {
        m_state = State::Rejected;
        m_timer.stop();
        const HttpResponse response =
            ApiError(status, u"invalid_request_error"_s, code, message).toResponse();
        m_socket->readAll(); // what was sent is dropped, never parsed
        QByteArray answer =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status).toByteArray() +
            "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n" + response.body;
        // Behind the answers still owed to earlier requests on this connection (a pipelining client reads
        // the answers in the order it asked).
        if (m_server && m_server->answersOwed(m_socket)) {
            m_server->deferRejection(m_socket,
                                     [guard = QPointer<ConnectionGuard>(this), answer = std::move(answer)] {
                                         if (guard)
                                             guard->send(answer);
                                     });
            // Bounded all the same: a connection whose answers never come is dropped like a stalled one.
            arm(m_limits.bodyTimeoutMs);
            return;
        }
        send(answer);
    }

    void send(const QByteArray &answer)
    {
        m_timer.stop(); // it goes out now (the lingering close below bounds the rest)
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_socket->write(answer);
        // A lingering close: a plain close with the client's bytes still arriving makes the kernel answer
        // with a reset, which can destroy our answer before the client reads it. So the sending side is shut
        // once the answer is out, what still arrives is read and dropped, and the connection is dropped a
        // little later.
        auto shutWrite = [socket = QPointer<QTcpSocket>(m_socket)] {
            if (socket && socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
                ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, shutWrite);
        m_socket->flush();
        shutWrite();
        QTimer::singleShot(2000, m_socket, [socket = QPointer<QTcpSocket>(m_socket)] {
            if (socket)
                socket->abort();
        });
    }

    void inspect()
    {
        if (m_state == State::Upgraded)
            return;
        if (m_state == State::Rejected) {
            m_socket->readAll();
            return;
        }
        // Peeked into a buffer kept between reads: the HTTP server reads the same bytes next.
        m_peeked.resize(m_socket->bytesAvailable());
        m_peeked.resize(std::max<qint64>(0, m_socket->peek(m_peeked.data(), m_peeked.size())));
        const QByteArray &data = m_peeked;
        qsizetype at = 0;
        while (at < data.size() && m_state != State::Rejected && m_state != State::Upgraded)
            at = step(data, at);
        if (m_state == State::Rejected)
            m_socket->readAll();
        if (m_peeked.capacity() > 16 * 1024)
            m_peeked = QByteArray(); // a large body's read is not kept for as long as the connection
    }

    // Consumes what it can of data from `at`; returns where it stopped.
    qsizetype step(const QByteArray &data, qsizetype at)
    {
        switch (m_state) {
        case State::Headers: {
            if (m_headerBytes == 0) {
                // Empty lines before a request line are skipped, as the HTTP server skips them.
                while (at < data.size() && (data[at] == '\r' || data[at] == '\n'))
                    ++at;
                if (at == data.size())
                    return at;
                arm(m_limits.headerTimeoutMs); // a new request's first byte: its headers have this long
            }
            const qsizetype end = findHeaderEnd(data, at);
            const qsizetype taken = (end < 0 ? data.size() : end) - at;
            m_head.append(data.constData() + at,
                          std::min<qsizetype>(taken, m_limits.maxHeaderBytes + 4 - m_head.size()));
            m_headerBytes += taken;
            if (m_headerBytes > m_limits.maxHeaderBytes) {
                reject(431, u"headers_too_large"_s,
                       u"The request line and headers are larger than %1 KiB."_s.arg(m_limits.maxHeaderBytes /
                                                                                     1024));
                return data.size();
            }
            if (end < 0)
                return data.size();
            headersDone();
            return end;
        }
        case State::Body: {
            const qsizetype taken = std::min<qsizetype>(data.size() - at, m_remaining);
            m_remaining -= taken;
            if (m_remaining == 0)
                requestDone();
            return at + taken;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype newline = data.indexOf('\n', at);
            const qsizetype end = newline < 0 ? data.size() : newline + 1;
            m_line.append(data.constData() + at, std::min<qsizetype>(end - at, 1024 - m_line.size()));
            if (newline < 0) {
                if (m_line.size() >= 1024)
                    reject(413, u"body_too_large"_s, u"A chunk header is too long."_s);
                return data.size();
            }
            const QByteArray line = std::exchange(m_line, {}).trimmed();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    requestDone();
                return end;
            }
            bool ok = false;
            const qint64 size = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || size > m_limits.maxBodyBytes - m_bodyBytes) {
                bodyTooLarge();
                return data.size();
            }
            m_bodyBytes += size;
            m_remaining = size;
            m_state = size == 0 ? State::Trailer : State::ChunkData;
            return end;
        }
        case State::ChunkData: {
            const qsizetype taken = std::min<qsizetype>(data.size() - at, m_remaining);
            m_remaining -= taken;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_remaining = 2; // CRLF
            }
            return at + taken;
        }
        case State::ChunkDataEnd: {
            const qsizetype taken = std::min<qsizetype>(data.size() - at, m_remaining);
            m_remaining -= taken;
            if (m_remaining == 0)
                m_state = State::ChunkSize;
            return at + taken;
        }
        case State::Upgraded:
        case State::Rejected:
            return data.size();
        }
        return data.size();
    }

    // The index just past the blank line that ends the headers in data from `at`, counting the last bytes the
    // previous reads of these headers ended with (it can straddle two reads); -1 when the headers go on.
    // The rule is the HTTP server's own: a line feed followed by a line feed, or by a carriage return and a
    // line feed (CRLF CRLF, CRLF LF, LF CRLF, LF LF). Where the two disagreed, a request could carry a body
    // the guard did not count. One pass over the line feeds: it runs on every request.
    qsizetype findHeaderEnd(const QByteArray &data, qsizetype at) const
    {
        const qsizetype kept = std::min<qsizetype>(m_head.size(), 2);
        const char *const tail = m_head.constData() + m_head.size() - kept;
        const char *const bytes = data.constData() + at;
        const qsizetype size = data.size() - at;
        // Index i < 0 is in the previous reads' tail, i >= 0 in this read.
        const auto byteAt = [&](qsizetype i) { return i < 0 ? tail[kept + i] : bytes[i]; };
        // Where the headers end when the line feed at i ends the last header line, or -1.
        const auto endAfter = [&](qsizetype i) -> qsizetype {
            if (i + 1 < size && byteAt(i + 1) == '\n')
                return i + 2;
            if (i + 2 < size && byteAt(i + 1) == '\r' && byteAt(i + 2) == '\n')
                return i + 3;
            return -1;
        };
        for (qsizetype i = -kept; i < 0; ++i) {
            if (byteAt(i) == '\n') {
                if (const qsizetype end = endAfter(i); end >= 0)
                    return at + end;
            }
        }
        for (const char *newline = bytes;
             (newline = static_cast<const char *>(std::memchr(newline, '\n', bytes + size - newline)));
             ++newline) {
            if (const qsizetype end = endAfter(newline - bytes); end >= 0)
                return at + end;
        }
        return -1;
    }

    // Reads the header lines as the HTTP server will, far enough to know the body's framing. The server drops
    // every header of a request with one malformed line (no colon, a name that is not a token, over 100
    // fields), so such a request would have no body for the server and one for the guard if the guard read it
    // leniently: the guard refuses it instead, and the two never disagree on where a request ends.
    void headersDone()
    {
        const QByteArray head = std::exchange(m_head, {});
        m_headerBytes = 0;
        QByteArrayView contentLength;
        int contentLengths = 0;
        int fields = 0;
        bool chunked = false;
        QByteArrayList connectionValues;
        QByteArrayList upgradeValues;
        // The header lines after the request line, read in place.
        qsizetype at = head.indexOf('\n') + 1;
        while (at > 0 && at < head.size()) {
            const qsizetype newline = head.indexOf('\n', at);
            QByteArrayView line(head.constData() + at, (newline < 0 ? head.size() : newline) - at);
            at = newline + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                break; // the blank line that ends them
            if (line.startsWith(' ') || line.startsWith('\t')) {
                reject(400, u"header_invalid"_s,
                       u"A header line continues the previous one (obsolete folding)."_s);
                return;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.first(colon))) {
                reject(400, u"header_invalid"_s, u"A header line is not 'Name: value'."_s);
                return;
            }
            if (++fields > kMaxHeaderFields) {
                reject(431, u"headers_too_large"_s,
                       u"The request has more than %1 header fields."_s.arg(kMaxHeaderFields));
                return;
            }
            const QByteArrayView name = line.first(colon);
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            auto is = [&name](QByteArrayView wanted) {
                return name.compare(wanted, Qt::CaseInsensitive) == 0;
            };
            if (is("content-length")) {
                contentLength = value;
                ++contentLengths;
            } else if (is("transfer-encoding")) {
                chunked = chunked || value.toByteArray().toLower().contains("chunked");
            } else if (is("connection")) {
                connectionValues << value.toByteArray();
            } else if (is("upgrade")) {
                upgradeValues << value.toByteArray();
            }
        }
        if (contentLengths > 1) {
            // Which one counts is ambiguous (the HTTP server joins them into one that is no number): refused,
            // as HTTP allows, rather than guessed.
            reject(400, u"content_length_invalid"_s, u"The request has more than one Content-Length."_s);
            return;
        }
        if (isWebSocketUpgrade(connectionValues.join(", "), upgradeValues.join(", "))) {
            m_state = State::Upgraded; // the WebSocket layer has its own limits from here on
            m_timer.stop();
            return;
        }
        m_bodyBytes = 0;
        if (chunked) {
            m_state = State::ChunkSize;
            arm(m_limits.bodyTimeoutMs);
            return;
        }
        // Digits only: what the server's own conversion reads as the same number.
        const bool digits = !contentLength.isEmpty() && contentLength.size() <= 18 &&
                            std::all_of(contentLength.begin(), contentLength.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
        if (contentLengths == 1 && !digits) {
            reject(400, u"content_length_invalid"_s, u"The Content-Length is not a number."_s);
            return;
        }
        const qint64 length = contentLengths == 1 ? contentLength.toLongLong() : 0;
        if (length > m_limits.maxBodyBytes) {
            bodyTooLarge();
            return;
        }
        if (length == 0)
            return requestDone();
        m_state = State::Body;
        m_remaining = length;
        arm(m_limits.bodyTimeoutMs);
    }

    // An HTTP token (RFC 9110 §5.6.2), as a header name must be.
    static bool isToken(QByteArrayView text)
    {
        static constexpr QByteArrayView kSymbols = "!#$%&'*+-.^_`|~";
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   kSymbols.contains(c);
        });
    }

    static constexpr int kMaxHeaderFields = 100; // the HTTP server's own limit

    void bodyTooLarge()
    {
        reject(413, u"body_too_large"_s,
               u"The request body is larger than %1 MiB."_s.arg(m_limits.maxBodyBytes / (1024 * 1024)));
    }

    void requestDone()
    {
        m_state = State::Headers;
        m_headerBytes = 0;
        m_head.clear();
        arm(m_limits.idleTimeoutMs);
    }

    QTcpSocket *m_socket;
    QPointer<GuardedTcpServer> m_server;
    const ConnectionLimits m_limits; // a copy: an upgraded socket may outlive the server
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0; // when the connection times out, on m_clock
    qint64 m_timerDueMs = 0; // when m_timer fires, on m_clock
    QByteArray m_peeked;
    State m_state = State::Headers;
    QByteArray m_head; // the current request's headers so far (at most the limit)
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    QByteArray m_line;
};
} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
{}

GuardedTcpServer::~GuardedTcpServer()
{
    // QTcpServer deletes the connections it still holds after this class's members are gone: what they
    // would call here (a connection's release) is cut first.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
        socket->disconnect(this);
}

bool GuardedTcpServer::isTrustedProxy(const QHostAddress &address) const
{
    for (const auto &subnet : m_limits.trustedProxies) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress GuardedTcpServer::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                             const QByteArray &forwarded) const
{
    if (!isTrustedProxy(peer))
        return peer;
    // Each proxy appends the address it got the request from: read from the right, through our proxies.
    QList<QByteArray> hops = forwardedFor.split(',');
    if (forwardedFor.isEmpty()) {
        hops.clear();
        for (const QByteArray &element : forwarded.split(',')) {
            for (const QByteArray &pair : element.split(';')) {
                const QByteArray trimmed = pair.trimmed();
                if (trimmed.toLower().startsWith("for="))
                    hops << trimmed.mid(4);
            }
        }
    }
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QByteArray text = hops[i].trimmed();
        text.replace('"', "");
        if (text.startsWith('[')) // Forwarded: for="[2001:db8::1]:4711"
            text = text.mid(1, text.indexOf(']') - 1);
        else if (text.count(':') == 1) // 192.0.2.1:4711
            text = text.left(text.indexOf(':'));
        const QHostAddress hop(QString::fromLatin1(text));
        if (hop.isNull())
            return peer; // not an address ("unknown", a token): the proxy is all we know
        if (!isTrustedProxy(hop))
            return hop;
    }
    return peer;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool trusted = isTrustedProxy(peer);
    const QString key = peer.toString();
    if (m_open >= m_limits.maxConnections ||
        (!trusted && m_perClient.value(key) >= m_limits.maxConnectionsPerClient)) {
        qCDebug(lcGuard) << "refusing a connection from" << key << "(" << m_open << "open)";
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    if (!trusted)
        ++m_perClient[key];
    // Released once, when the connection ends (a WebSocket's socket may live on a while after that).
    auto release = [this, peer, trusted, done = std::make_shared<bool>(false)] {
        if (!std::exchange(*done, true))
            released(peer, trusted);
    };
    connect(socket, &QAbstractSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    connect(socket, &QAbstractSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::ClosingState && m_closing)
            m_closing(socket);
    });
    new ConnectionGuard(socket, m_limits, this);
    addPendingConnection(socket); // QTcpServer announces it (newConnection) once this returns
}

void GuardedTcpServer::deferRejection(QTcpSocket *socket, std::function<void()> send)
{
    m_deferredRejections.push_back({socket, std::move(send)});
}

void GuardedTcpServer::sendDueRejections()
{
    if (m_deferredRejections.empty())
        return;
    // Taken off the list first: sending may lead back here. A client that left is owed nothing.
    std::vector<DeferredRejection> due;
    std::vector<DeferredRejection> waiting;
    for (DeferredRejection &rejection : std::exchange(m_deferredRejections, {})) {
        if (rejection.socket)
            (answersOwed(rejection.socket) ? waiting : due).push_back(std::move(rejection));
    }
    m_deferredRejections = std::move(waiting);
    for (const DeferredRejection &rejection : due)
        rejection.send();
}

void GuardedTcpServer::released(const QHostAddress &address, bool trusted)
{
    --m_open;
    if (trusted)
        return;
    const QString key = address.toString();
    if (--m_perClient[key] <= 0)
        m_perClient.remove(key);
}
