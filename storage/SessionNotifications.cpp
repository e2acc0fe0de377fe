#include "SessionNotifications.h"

#include "Connections.h"
#include "DatabaseUrl.h"
#include "DomainError.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> g_listeners{0};
}

SessionNotifications::SessionNotifications(QObject *parent)
    : QObject(parent)
{
    m_check.setInterval(kCheckIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &SessionNotifications::check);
}

SessionNotifications::~SessionNotifications()
{
    stop();
}

const QString &SessionNotifications::processToken()
{
    static const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    return token;
}

QString SessionNotifications::payload(const QString &sessionId, const QStringList &eventTypes)
{
    return u"%1 %2 %3"_s.arg(processToken(), sessionId, eventTypes.join(u','));
}

bool SessionNotifications::start(const QString &location)
{
    stop();
    if (!DatabaseUrl::isServerUrl(location))
        return false;
    m_location = location;
    m_connectionName = u"notifications-%1"_s.arg(g_listeners.fetch_add(1));
    if (!connectAndListen()) {
        const QString error = QSqlDatabase::database(m_connectionName, false).lastError().text();
        stop();
        throw StorageError(u"Cannot listen for other instances' changes: %1"_s.arg(error).toStdString());
    }
    m_check.start();
    return true;
}

void SessionNotifications::stop()
{
    m_check.stop();
    sqlsupport::removeConnection(m_connectionName);
}

bool SessionNotifications::connectAndListen()
{
    const auto url = DatabaseUrl::parse(m_location);
    if (!url)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.close();
    sqlsupport::configurePostgres(db, *url);
    if (!db.open())
        return false;
    disconnect(db.driver(), nullptr, this, nullptr);
    connect(db.driver(), &QSqlDriver::notification, this, &SessionNotifications::received);
    return db.driver()->subscribeToNotification(kChannel);
}

void SessionNotifications::check()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        QSqlQuery ping(db);
        if (ping.exec(u"SELECT 1"_s)) {
            // The ping may have read a notification off the socket into libpq's queue, where the driver
            // only looks when the socket is readable again: look now.
            QMetaObject::invokeMethod(db.driver(), "_q_handleNotification", Qt::QueuedConnection);
            return;
        }
    }
    qWarning("Lost the connection that hears other instances' session changes; connecting again");
    if (connectAndListen())
        Q_EMIT reconnected();
}

void SessionNotifications::received(const QString &name, QSqlDriver::NotificationSource,
                                    const QVariant &payload)
{
    if (name != kChannel)
        return;
    const QStringList parts = payload.toString().split(u' ');
    if (parts.size() < 2 || parts[0] == processToken())
        return;
    Q_EMIT sessionChanged(parts[1], parts.value(2).split(u',', Qt::SkipEmptyParts));
}
