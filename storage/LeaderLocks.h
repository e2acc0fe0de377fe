#pragma once

#include "Database.h"

#include <QSet>
#include <QString>

// Leadership among instances that share one PostgreSQL database: session-level advisory locks
// (pg_try_advisory_lock) held on a connection of their own. The server releases them when that session
// ends: the holder killed (its socket closes at once) or cut off (keepalives on both ends notice within
// seconds), so another instance can take over. On SQLite there is one instance per file: every lock is
// granted, and no connection is opened.
//
// Not thread-safe; one per thread, like Database.
class LeaderLocks
{
public:
    // Where the locks are: a postgresql:// URL (its own connection is opened here), or an SQLite file.
    void open(const QString &location);
    void close();
    bool isPostgres() const { return m_postgres; }

    // Holds the named lock now (already, or newly taken); false while another instance holds it, or the
    // database cannot be reached.
    bool tryAcquire(const QString &name);
    void release(const QString &name);
    bool holds(const QString &name) const { return m_held.contains(name); }
    bool holdsAny() const { return !m_held.isEmpty(); }
    // Whether the locks are still held: asks the server. When the connection is gone, so are the locks:
    // false, nothing is held any more, and the next tryAcquire reconnects.
    bool stillHeld();
    // The 64-bit key a name is locked under, the same in every instance and version.
    static qint64 keyOf(const QString &name);

private:
    bool connect();

    Database m_db;
    QString m_location;
    bool m_postgres = false;
    QSet<QString> m_held;
};
