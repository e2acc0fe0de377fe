#include "WebhookHttpClient.h"

#include "WebhookTarget.h"

#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxChunkLine = 1024;
constexpr char kIdleTimerName[] = "cryptocheckoutIdle";
} // namespace

// One request and its answer: the lookup and connection when no kept-alive connection is free, then the
// request, then the answer parsed as it arrives.
class WebhookExchange : public QObject
{
public:
    using Request = WebhookHttpClient::Request;
    using Answer = WebhookHttpClient::Answer;

    WebhookExchange(WebhookHttpClient &client, Request request, WebhookHttpClient::Done done)
        : QObject(&client)
        , m_client(client)
        , m_request(std::move(request))
        , m_done(std::move(done))
        , m_origin(WebhookHttpClient::originOf(m_request.url))
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            fail(u"no answer within %1 ms (lookup and connection to the whole answer)"_s.arg(
                     m_client.m_options.deadlineMs),
                 true);
        });
    }

    ~WebhookExchange() override { dropSocket(); }

    // Sends at once on a kept-alive connection, if one is free: the answer still comes later, from the
    // socket. Otherwise false, and begin() looks the host up and connects.
    bool beginOnIdle()
    {
        QTcpSocket *idle = m_client.takeIdle(m_origin);
        if (!idle)
            return false;
        m_deadline.start(m_client.m_options.deadlineMs);
        attach(idle, true);
        send();
        return true;
    }

    void begin()
    {
        m_deadline.start(m_client.m_options.deadlineMs);
        resolve();
    }

    void abandon()
    {
        m_done = nullptr;
        dropSocket();
    }

private:
    enum class Phase { Head, Length, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

    bool https() const { return m_request.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0; }
    quint16 port() const { return static_cast<quint16>(m_request.url.port(https() ? 443 : 80)); }

    void resolve()
    {
        const QString host = m_request.url.host();
        if (const auto known = webhooktarget::knownAddresses(host)) {
            resolved(*known);
            return;
        }
        QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                fail(u"cannot resolve %1: %2"_s.arg(m_request.url.host(), info.errorString()));
                return;
            }
            resolved(info.addresses());
        });
    }

    void resolved(const QList<QHostAddress> &addresses)
    {
        const QString refused = webhooktarget::refusedAddresses(m_request.url, m_request.livemode, addresses);
        if (!refused.isEmpty()) {
            fail(u"refused to connect: %1"_s.arg(refused));
            return;
        }
        m_addresses = addresses;
        m_nextAddress = 0;
        connectNext();
    }

    void connectNext()
    {
        const QHostAddress address = m_addresses.at(m_nextAddress++);
        QTcpSocket *socket = https() ? new QSslSocket(&m_client) : new QTcpSocket(&m_client);
        attach(socket, false);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            connect(ssl, &QSslSocket::encrypted, this, &WebhookExchange::send);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &error : errors)
                    texts << error.errorString();
                m_tlsErrors = texts.join(u"; "_s);
            });
            // Connected to the checked address; the certificate is verified against the URL's host name.
            ssl->connectToHostEncrypted(address.toString(), port(), m_request.url.host());
        } else {
            connect(socket, &QTcpSocket::connected, this, &WebhookExchange::send);
            socket->connectToHost(address, port());
        }
    }

    void attach(QTcpSocket *socket, bool reused)
    {
        m_socket = socket;
        m_reused = reused;
        m_received = false;
        m_buffer.clear();
        m_phase = Phase::Head;
        connect(socket, &QTcpSocket::readyRead, this, &WebhookExchange::readAnswer);
        connect(socket, &QTcpSocket::errorOccurred, this, &WebhookExchange::socketError);
        connect(socket, &QTcpSocket::disconnected, this,
                [this] { socketError(QAbstractSocket::RemoteHostClosedError); });
    }

    void dropSocket()
    {
        if (!m_socket)
            return;
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }

    void send()
    {
        const QUrl &url = m_request.url;
        QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty())
            target = "/";
        QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        QByteArray head = "POST " + target + " HTTP/1.1\r\nHost: " + host +
                          "\r\nContent-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
        if (!url.userInfo().isEmpty())
            head += "Authorization: Basic " + url.userInfo(QUrl::FullyDecoded).toUtf8().toBase64() + "\r\n";
        for (const auto &[name, value] : m_request.headers)
            head += name + ": " + value + "\r\n";
        head += "\r\n";
        m_socket->write(head + m_request.body);
    }

    void socketError(QAbstractSocket::SocketError error)
    {
        if (!m_socket)
            return;
        if (m_phase == Phase::UntilClose && error == QAbstractSocket::RemoteHostClosedError) {
            readAnswer();
            if (m_socket)
                complete(false);
            return;
        }
        // A kept-alive connection the receiver closed just as it was reused: once more on a new one.
        if (m_reused && !m_received && !m_retried) {
            m_retried = true;
            dropSocket();
            resolve();
            return;
        }
        if (!m_socket->isValid() || m_socket->state() != QAbstractSocket::ConnectedState) {
            if (!m_received && m_nextAddress < m_addresses.size() && !m_reused &&
                error != QAbstractSocket::RemoteHostClosedError) {
                dropSocket();
                connectNext();
                return;
            }
        }
        QString text = error == QAbstractSocket::RemoteHostClosedError
                           ? u"the connection was closed before the answer was complete"_s
                           : m_socket->errorString();
        if (!m_tlsErrors.isEmpty())
            text += u" ("_s + m_tlsErrors + u')';
        fail(text);
    }

    void readAnswer()
    {
        if (!m_socket)
            return;
        const QByteArray bytes = m_socket->readAll();
        if (bytes.isEmpty())
            return;
        m_received = true;
        m_buffer += bytes;
        parse();
    }

    // Consumes m_buffer as far as it goes; may complete (and end) the exchange.
    void parse()
    {
        const WebhookHttpClient::Options &options = m_client.m_options;
        while (m_socket) {
            switch (m_phase) {
            case Phase::Head: {
                qsizetype end = m_buffer.indexOf("\r\n\r\n");
                qsizetype skip = 4;
                const qsizetype bare = m_buffer.indexOf("\n\n");
                if (bare >= 0 && (end < 0 || bare < end)) {
                    end = bare;
                    skip = 2;
                }
                if (end < 0) {
                    if (m_buffer.size() > options.maxHeaderBytes)
                        fail(u"the answer's headers exceed %1 bytes"_s.arg(options.maxHeaderBytes));
                    return;
                }
                if (end > options.maxHeaderBytes) {
                    fail(u"the answer's headers exceed %1 bytes"_s.arg(options.maxHeaderBytes));
                    return;
                }
                const QByteArray head = m_buffer.left(end);
                m_buffer.remove(0, end + skip);
                if (!parseHead(head))
                    return;
                break;
            }
            case Phase::Length: {
                const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
                if (!keep(m_buffer.left(take)))
                    return;
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining == 0) {
                    complete(m_keepAlive && m_buffer.isEmpty());
                    return;
                }
                return;
            }
            case Phase::ChunkSize: {
                const qsizetype end = m_buffer.indexOf("\r\n");
                if (end < 0) {
                    if (m_buffer.size() > kMaxChunkLine)
                        complete(false);
                    return;
                }
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 2);
                if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                    line.truncate(semicolon);
                bool ok = false;
                const qint64 size = line.trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0) {
                    complete(false); // the status stands; the connection cannot be trusted further
                    return;
                }
                m_remaining = size;
                m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
                break;
            }
            case Phase::ChunkData: {
                const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
                if (!keep(m_buffer.left(take)))
                    return;
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0)
                    return;
                m_phase = Phase::ChunkEnd;
                break;
            }
            case Phase::ChunkEnd:
                if (m_buffer.size() < 2)
                    return;
                if (!m_buffer.startsWith("\r\n")) {
                    complete(false);
                    return;
                }
                m_buffer.remove(0, 2);
                m_phase = Phase::ChunkSize;
                break;
            case Phase::Trailers: {
                const qsizetype end = m_buffer.indexOf("\r\n");
                if (end < 0) {
                    if (m_buffer.size() > options.maxHeaderBytes)
                        complete(false);
                    return;
                }
                m_buffer.remove(0, end + 2);
                if (end == 0) {
                    complete(m_keepAlive && m_buffer.isEmpty());
                    return;
                }
                break;
            }
            case Phase::UntilClose:
                if (keep(m_buffer))
                    m_buffer.clear();
                return;
            }
        }
    }

    // The status line and headers of one answer; false when the exchange ended.
    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray status = lines.first().trimmed();
        // "HTTP/1.1 200 OK"
        const bool http1 = status.startsWith("HTTP/1.") && status.size() >= 12 && status.at(8) == ' ';
        bool ok = false;
        const int code = http1 ? status.mid(9, 3).toInt(&ok) : 0;
        if (!ok || code < 100 || code > 599) {
            fail(u"the answer is not HTTP/1.x: '%1'"_s.arg(QString::fromLatin1(status.left(60))));
            return false;
        }
        std::optional<qint64> length;
        bool chunked = false;
        bool close = status.at(7) == '0';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                bool valid = false;
                const qint64 parsed = value.toLongLong(&valid);
                if (!valid || parsed < 0 || (length && *length != parsed)) {
                    m_statusCode = code;
                    complete(false);
                    return false;
                }
                length = parsed;
            } else if (name == "transfer-encoding") {
                chunked = value.contains("chunked");
            } else if (name == "connection") {
                if (value.contains("close"))
                    close = true;
                else if (value.contains("keep-alive"))
                    close = false;
            }
        }
        if (code < 200 && code != 101)
            return true; // 100 Continue and friends: the real answer follows
        m_statusCode = code;
        m_keepAlive = !close;
        if (code == 204 || code == 304) {
            complete(m_keepAlive && m_buffer.isEmpty());
            return false;
        }
        if (chunked) {
            m_phase = Phase::ChunkSize;
        } else if (length) {
            m_remaining = *length;
            m_phase = Phase::Length;
            if (m_remaining == 0) {
                complete(m_keepAlive && m_buffer.isEmpty());
                return false;
            }
        } else {
            m_phase = Phase::UntilClose;
        }
        return true;
    }

    // Keeps body bytes up to the limit; past it the answer is complete and the connection is closed.
    bool keep(const QByteArray &bytes)
    {
        const qsizetype room = m_client.m_options.maxAnswerBytes - m_excerpt.size();
        m_excerpt += bytes.left(room);
        if (bytes.size() > room || (m_excerpt.size() >= m_client.m_options.maxAnswerBytes &&
                                    (m_phase == Phase::UntilClose || m_remaining > bytes.size()))) {
            complete(false);
            return false;
        }
        return true;
    }

    void complete(bool reusable)
    {
        Answer answer;
        answer.statusCode = m_statusCode;
        answer.excerpt = m_excerpt;
        if (!m_statusCode)
            answer.error = u"the connection ended without an answer"_s;
        if (reusable && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->disconnect(this);
            m_client.giveBack(m_origin, std::exchange(m_socket, nullptr));
        }
        finish(std::move(answer));
    }

    void fail(const QString &error, bool timedOut = false)
    {
        Answer answer;
        answer.error = error;
        answer.timedOut = timedOut;
        answer.excerpt = m_excerpt;
        finish(std::move(answer));
    }

    void finish(Answer answer)
    {
        m_deadline.stop();
        dropSocket();
        auto done = std::exchange(m_done, nullptr);
        m_client.forget(this);
        if (done)
            done(std::move(answer));
    }

    WebhookHttpClient &m_client;
    Request m_request;
    WebhookHttpClient::Done m_done;
    QString m_origin;
    QTimer m_deadline;
    QTcpSocket *m_socket = nullptr;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    bool m_reused = false;
    bool m_received = false;
    bool m_retried = false;
    QString m_tlsErrors;

    QByteArray m_buffer;
    Phase m_phase = Phase::Head;
    qint64 m_remaining = 0;
    bool m_keepAlive = false;
    std::optional<int> m_statusCode;
    QByteArray m_excerpt;
};

WebhookHttpClient::WebhookHttpClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

WebhookHttpClient::~WebhookHttpClient()
{
    abortAll();
}

QString WebhookHttpClient::originOf(const QUrl &url)
{
    const bool https = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    return u"%1://%2@%3:%4"_s.arg(https ? u"https"_s : u"http"_s, url.userInfo(), url.host().toLower())
        .arg(url.port(https ? 443 : 80));
}

void WebhookHttpClient::post(Request request, Done done)
{
    auto *exchange = new WebhookExchange(*this, std::move(request), std::move(done));
    m_exchanges.append(exchange);
    // A new connection starts from the event loop, so a refusal or a failed lookup never calls back
    // from within post().
    if (!exchange->beginOnIdle())
        QMetaObject::invokeMethod(
            exchange, [exchange] { exchange->begin(); }, Qt::QueuedConnection);
}

void WebhookHttpClient::abortAll()
{
    for (WebhookExchange *exchange : std::exchange(m_exchanges, {})) {
        exchange->abandon();
        delete exchange;
    }
    for (const QList<QTcpSocket *> &sockets : std::exchange(m_idle, {})) {
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
    }
}

QTcpSocket *WebhookHttpClient::takeIdle(const QString &origin)
{
    auto found = m_idle.find(origin);
    while (found != m_idle.end() && !found->isEmpty()) {
        QTcpSocket *socket = found->takeLast();
        if (found->isEmpty())
            m_idle.erase(found);
        socket->disconnect(this);
        delete socket->findChild<QTimer *>(QLatin1StringView(kIdleTimerName));
        // Anything the receiver sent while the connection was idle means it is not in a state to reuse.
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->abort();
        socket->deleteLater();
        found = m_idle.find(origin);
    }
    return nullptr;
}

void WebhookHttpClient::giveBack(const QString &origin, QTcpSocket *socket)
{
    QList<QTcpSocket *> &idle = m_idle[origin];
    if (idle.size() >= m_options.maxIdlePerOrigin) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    idle.append(socket);
    auto drop = [this, origin, socket] {
        auto found = m_idle.find(origin);
        if (found == m_idle.end() || !found->removeOne(socket))
            return;
        if (found->isEmpty())
            m_idle.erase(found);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    };
    auto *timer = new QTimer(socket);
    timer->setObjectName(QLatin1StringView(kIdleTimerName));
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, drop);
    timer->start(m_options.idleTimeoutMs);
    connect(socket, &QTcpSocket::disconnected, this, drop);
    connect(socket, &QTcpSocket::readyRead, this, drop);
}

void WebhookHttpClient::forget(WebhookExchange *exchange)
{
    m_exchanges.removeOne(exchange);
    exchange->deleteLater();
}
