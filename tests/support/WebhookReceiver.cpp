#include "WebhookReceiver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

bool WebhookReceiver::start(const QStringList &secrets, QString *error)
{
    const QString script =
        qEnvironmentVariable("CRYPTOCHECKOUT_SOURCE_DIR") + u"/tests/webhooks/receiver.mjs"_s;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"WEBHOOK_SECRETS"_s, secrets.join(u','));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(u"node"_s, {script});
    if (!m_process.waitForStarted(10000)) {
        *error = u"cannot start node: %1"_s.arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (m_port == 0 && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        m_buffer += m_process.readAllStandardOutput();
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            m_port = static_cast<quint16>(
                QJsonDocument::fromJson(m_buffer.left(newline)).object()[u"listening"_s].toInt());
            m_buffer.remove(0, newline + 1);
        }
    }
    if (m_port == 0)
        *error = u"the receiver did not start: %1"_s.arg(QString::fromUtf8(m_process.readAllStandardError()));
    return m_port != 0;
}

void WebhookReceiver::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl WebhookReceiver::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

void WebhookReceiver::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        m_requests.append(QJsonDocument::fromJson(m_buffer.left(newline)).object());
        m_buffer.remove(0, newline + 1);
    }
}

const QList<QJsonObject> &WebhookReceiver::requests()
{
    readOutput();
    return m_requests;
}

bool WebhookReceiver::waitFor(const std::function<bool(const QList<QJsonObject> &)> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        readOutput();
        if (predicate(m_requests))
            return true;
        // The server under test may share this thread: keep its event loop turning.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_process.waitForReadyRead(20);
    }
    readOutput();
    return predicate(m_requests);
}
