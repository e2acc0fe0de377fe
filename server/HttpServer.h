#pragma once

#include "HttpTypes.h"
#include "Router.h"

#include <QAbstractHttpServer>

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

    explicit HttpServer(QObject *parent = nullptr);

    Router &router() { return m_router; }
    // Runs a request through routing and error mapping without a socket.
    HttpResponse dispatch(HttpRequest &request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse route(HttpRequest &request) const;
    static HttpRequest convert(const QHttpServerRequest &request);
    static void write(const HttpResponse &response, const HttpRequest &request,
                      QHttpServerResponder &responder);

    Router m_router;
};
