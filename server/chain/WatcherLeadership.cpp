#include "WatcherLeadership.h"

#include "ChainWatcher.h"
#include "DomainError.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLeadership, "cryptocheckout.leadership")

namespace {
QString lockName(qint64 chainId)
{
    return u"chain/%1"_s.arg(chainId);
}
} // namespace

WatcherLeadership::WatcherLeadership(QString databaseLocation, QList<ChainWatcher *> watchers,
                                     QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_watchers(std::move(watchers))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WatcherLeadership::tick);
}

void WatcherLeadership::start()
{
    m_locks.open(m_location);
    tick();
    if (m_locks.isPostgres())
        m_timer.start();
}

void WatcherLeadership::tick()
{
    if (m_locks.holdsAny() && !m_locks.stillHeld()) {
        // The session that held the locks is gone: another instance may lead already. Stop at once.
        qCWarning(lcLeadership) << "lost the database session that held the chain locks; watching nothing "
                                   "until they are taken again";
    }
    for (ChainWatcher *watcher : std::as_const(m_watchers)) {
        const QString lock = lockName(watcher->chain().chainId);
        if (m_locks.holds(lock))
            continue;
        if (!m_locks.tryAcquire(lock)) {
            if (watcher->status().state != ChainState::Standby)
                watcher->standby();
            continue;
        }
        try {
            watcher->start();
        } catch (const StorageError &error) {
            // The database is away: give the lock back and try again next tick.
            qCWarning(lcLeadership) << "cannot start watching chain" << watcher->chain().chainId << ":"
                                    << error.what();
            watcher->standby();
            m_locks.release(lock);
            continue;
        }
        if (m_locks.isPostgres())
            qCInfo(lcLeadership) << "this instance now watches chain" << watcher->chain().chainId;
    }
}
