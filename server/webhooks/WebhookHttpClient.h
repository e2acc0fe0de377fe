#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;
class WebhookExchange;

// The webhook dispatcher's HTTP/1.1 client. It exists, instead of QNetworkAccessManager, for what a
// webhook sender must control:
// - every new connection resolves the host itself, refuses link-local and unspecified addresses (and, in
//   live mode, plain http to anything but loopback), then connects to the address it checked, so a name
//   cannot be re-pointed between the check and the connection (TLS still verifies the host name);
// - one deadline covers everything from the lookup to the end of the answer;
// - at most a few KiB of an answer are read; a longer answer ends the connection instead of being read on;
// - connections are kept alive and reused, so a burst of events to one endpoint is not a connection each.
// Lives on the dispatcher's thread; callbacks run there.
class WebhookHttpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookHttpClient)

public:
    struct Options
    {
        int deadlineMs = 10'000;     // from the lookup to the whole answer
        int maxAnswerBytes = 4096;   // of the body kept; a longer body closes the connection
        int maxHeaderBytes = 16'384; // status line and headers of an answer
        int idleTimeoutMs = 30'000;  // an unused kept-alive connection is closed after this
        int maxIdlePerOrigin = 16;
    };
    struct Request
    {
        QUrl url;
        bool livemode = false;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Answer
    {
        std::optional<int> statusCode; // set when a whole status line and headers arrived in time
        QByteArray excerpt;            // the first maxAnswerBytes of the body
        QString error;                 // why there is no (complete) answer; empty on success
        bool timedOut = false;
    };
    using Done = std::function<void(Answer)>;

    explicit WebhookHttpClient(Options options, QObject *parent = nullptr);
    ~WebhookHttpClient() override;

    // POSTs the request; done is called exactly once, later, on this thread (never from within post).
    void post(Request request, Done done);
    // Abandons every exchange without calling back and closes every connection.
    void abortAll();

private:
    friend class WebhookExchange;
    static QString originOf(const QUrl &url);
    QTcpSocket *takeIdle(const QString &origin);
    void giveBack(const QString &origin, QTcpSocket *socket);
    void forget(WebhookExchange *exchange);

    Options m_options;
    QHash<QString, QList<QTcpSocket *>> m_idle; // origin -> connections waiting for a request
    QList<WebhookExchange *> m_exchanges;
};
