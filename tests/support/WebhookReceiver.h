#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>

// Runs tests/webhooks/receiver.mjs (Node's http and crypto) on a free loopback port and collects what it
// received: one JSON object per request, with Node's verdict on the signature.
class WebhookReceiver
{
public:
    WebhookReceiver() = default;
    ~WebhookReceiver();

    bool start(const QStringList &secrets, QString *error);
    void stop();
    QUrl url(const QString &pathAndQuery) const;

    // Processes output until predicate holds for the collected requests or the timeout passes.
    bool waitFor(const std::function<bool(const QList<QJsonObject> &)> &predicate, int timeoutMs);
    const QList<QJsonObject> &requests();

private:
    void readOutput();

    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_buffer;
    QList<QJsonObject> m_requests;
};
