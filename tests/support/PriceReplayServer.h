#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// Plays a price provider on loopback: answers each path with a canned HTTP response (status, content type,
// body, optionally late or never), and records what was asked, so tests replay the providers' documented
// answers, errors, timeouts and garbage without the internet.
class PriceReplayServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceReplayServer)

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
        int delayMs = 0;   // answer this late
        bool hang = false; // read the request and never answer
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;  // without the query
        QByteArray query; // after '?', undecoded
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    explicit PriceReplayServer(QObject *parent = nullptr);
    ~PriceReplayServer() override;

    bool listen();    // 127.0.0.1, a free port
    QUrl url() const; // http://127.0.0.1:<port>

    // What a path answers from now on. Paths never set answer 404 with a JSON body.
    void setResponse(const QByteArray &path, const Response &response);
    void setJson(const QByteArray &path, const QByteArray &body, int status = 200);
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer *m_server = nullptr; // child
    QHash<QByteArray, Response> m_responses;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
