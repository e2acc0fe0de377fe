#pragma once

#include "GuardedTcpServer.h"
#include "HttpTypes.h"
#include "Router.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

#include <vector>

// What the server batches its requests' durable writes with (group commit). The server knows only this;
// the composition (Backend) adapts the database to it, so the transport never sees storage.
class GroupCommit
{
public:
    virtual ~GroupCommit() = default;
    // Open while one request runs: only then may its writes join a shared commit.
    virtual void setWindowOpen(bool open) = 0;
    // Groups have serial numbers. The newest group whose writes an answer given now may show (0: none), and
    // whether a group is settled: durable, or failed. An answer waits until its group is settled.
    virtual quint64 visibleSerial() const = 0;
    virtual bool settled(quint64 serial) const = 0;
    // How many requests' writes the open group holds (0: none is open), and committing it; it is durable at
    // once or later, in the background (the listener is called when groups settle). commit() throws
    // std::exception when the COMMIT fails.
    virtual int openSize() const = 0;
    virtual void commit() = 0;
    virtual void setSettledListener(std::function<void()> listener) = 0;
    // Whether a group failed (its answers must say so), and forgetting that once they did.
    virtual bool failed(quint64 serial) const = 0;
    virtual void forgetFailed() = 0;
};

// The embedded HTTP server: turns QtHttpServer requests into HttpRequest, runs the matching route, and
// is the one place that maps errors to responses, limits bodies and adds the security headers.
// Built on QAbstractHttpServer rather than QHttpServer's router because the API needs 405 with Allow,
// JSON 404s, a body limit and typed errors applied uniformly to every route.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxGroupPasses = 4;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    Router &router() { return m_router; }
    // Listens through a GuardedTcpServer with these limits: the port, or 0 when it cannot listen.
    quint16 listenGuarded(const QHostAddress &address, quint16 port, const ConnectionLimits &limits);
    const GuardedTcpServer *guard() const { return m_guard; }
    // Group commit: requests run with the group's window open; the group is committed once a pass of the
    // event loop brings it no new request (or after kMaxGroupPasses passes): one fsync for all of them,
    // made while the next group runs. An answer is held until the newest group it may show is durable;
    // held answers leave in order. No response leaves before what it reports is durable.
    void setGroupCommit(GroupCommit *group);
    // Runs a request through routing and error mapping without a socket.
    HttpResponse dispatch(HttpRequest &request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse route(HttpRequest &request) const;
    // Runs a handler (or a deferred response's completion) and maps what it throws to a response: the one
    // place where errors become HTTP.
    static HttpResponse guarded(const HttpRequest &request, const std::function<HttpResponse()> &handler);
    void queueFlush();
    // The group an answer given now must wait for (the newest it may show, while not yet settled), or 0.
    quint64 unsettledGroup() const;
    // What a request whose writes could not be stored is answered.
    static HttpResponse storageFailure();
    static HttpRequest convert(const QHttpServerRequest &request);
    // Puts the answer in the outbox.
    void write(const HttpResponse &response, const QByteArray &method, QTcpSocket *socket);
    // A pass of the event loop ended: the outbox is sent, then the rejections that waited for it.
    void passEnded();
    // Sends what is in the outbox (only the answers to `only`, when given), in the order written.
    void flushOutbox(const QTcpSocket *only = nullptr);
    // Whether answers to this connection are held (until durable, or a deferred one until finished).
    bool holdsAnswers(const QTcpSocket *socket) const;
    void flushHeld();

    struct Held
    {
        QPointer<QTcpSocket> socket;
        QByteArray method;
        HttpResponse response;
        quint64 group = 0; // the commit group it waits for (0: none, only behind others)
        QByteArray path;   // for the log, when a deferred completion fails
    };

    Router m_router;
    GroupCommit *m_group = nullptr;
    GuardedTcpServer *m_guard = nullptr; // child
    std::vector<Held> m_held;
    // Answers written in this pass of the event loop, sent when the loop is about to wait for more: the
    // client's answers to requests read in one pass arrive together, so it wakes once for them rather than
    // once for each. A connection's answers leave in the order they were written.
    struct Outgoing
    {
        QPointer<QTcpSocket> socket;
        QByteArray bytes;
    };
    std::vector<Outgoing> m_outbox;
    // Sends the outbox when no pass ends for this long (the loop running is not Qt's).
    static constexpr int kOutboxTimerMs = 10;
    QTimer m_outboxTimer;
    bool m_flushQueued = false;
    // The open group's size at the last pass, and how many passes it was kept open for.
    int m_sizeAtPass = 0;
    int m_groupPasses = 0;
};
