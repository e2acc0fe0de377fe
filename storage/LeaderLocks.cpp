#include "LeaderLocks.h"

#include "DatabaseUrl.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace sqlsupport;

qint64 LeaderLocks::keyOf(const QString &name)
{
    const QByteArray digest =
        QCryptographicHash::hash("cryptocheckout/" + name.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

void LeaderLocks::open(const QString &location)
{
    close();
    m_location = location;
    m_postgres = DatabaseUrl::isServerUrl(location);
    if (m_postgres && !connect())
        throw StorageError("Cannot open the connection that holds the chain locks");
}

void LeaderLocks::close()
{
    m_held.clear();
    m_db.close(); // the server releases the locks with the session
}

bool LeaderLocks::connect()
{
    if (m_db.isOpen())
        return true;
    try {
        m_db.open(m_location);
        // The server notices a holder that went silent (a cut network, a frozen machine) within about six
        // seconds and ends its session, which releases its locks.
        m_db.execDirect(u"SET tcp_keepalives_idle = 3"_s);
        m_db.execDirect(u"SET tcp_keepalives_interval = 1"_s);
        m_db.execDirect(u"SET tcp_keepalives_count = 3"_s);
        m_db.execDirect(u"SET tcp_user_timeout = 6000"_s);
        return true;
    } catch (const StorageError &) {
        m_db.close();
        return false;
    }
}

bool LeaderLocks::tryAcquire(const QString &name)
{
    if (m_held.contains(name))
        return true;
    if (!m_postgres) {
        m_held.insert(name);
        return true;
    }
    if (!connect())
        return false;
    try {
        SqlStatement query(m_db, u"SELECT pg_try_advisory_lock(:key)"_s);
        auto &result = query.bind(u":key"_s, keyOf(name)).run();
        if (result.next() && result.value(0).toBool()) {
            m_held.insert(name);
            return true;
        }
    } catch (const StorageError &) {
        close();
    }
    return false;
}

void LeaderLocks::release(const QString &name)
{
    if (!m_held.remove(name) || !m_postgres || !m_db.isOpen())
        return;
    try {
        SqlStatement query(m_db, u"SELECT pg_advisory_unlock(:key)"_s);
        query.bind(u":key"_s, keyOf(name)).run();
    } catch (const StorageError &) {
        close();
    }
}

bool LeaderLocks::stillHeld()
{
    if (!m_postgres)
        return true;
    if (!m_db.isOpen())
        return false;
    try {
        // The server's own list of what this session holds.
        SqlStatement query(m_db, u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
                                 "pg_backend_pid() AND granted"_s);
        auto &result = query.run();
        if (result.next() && result.value(0).toLongLong() >= m_held.size())
            return true;
    } catch (const StorageError &) {
    }
    close();
    return false;
}
