#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>

// What other instances on the same PostgreSQL did to sessions, as it commits: SessionRepository sends a
// NOTIFY on the channel with every session it creates or changes, and this listens (LISTEN, on a
// connection of its own, delivered by this thread's event loop). Notifications from this process are
// passed over: its own services already said so. On SQLite there are no other instances: start() says
// false and nothing is ever emitted.
//
// A lost connection is noticed within seconds (a check every kCheckIntervalMs) and opened again; what was
// sent meanwhile is lost, so reconnected() tells the listeners to read again what they keep.
class SessionNotifications : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionNotifications)

public:
    static inline const QString kChannel = QStringLiteral("cryptocheckout_sessions");
    static constexpr int kCheckIntervalMs = 2000;

    explicit SessionNotifications(QObject *parent = nullptr);
    ~SessionNotifications() override;

    // Listens on the database at location; false on SQLite. Throws StorageError when it cannot connect.
    bool start(const QString &location);
    void stop();

    // "<process token> <session id> <event types, comma-separated>"
    static QString payload(const QString &sessionId, const QStringList &eventTypes);
    // This process's token, different in every process.
    static const QString &processToken();

Q_SIGNALS:
    void sessionChanged(const QString &sessionId, const QStringList &eventTypes);
    void reconnected();

private:
    bool connectAndListen();
    void check();
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_location;
    QString m_connectionName;
    QTimer m_check;
};
