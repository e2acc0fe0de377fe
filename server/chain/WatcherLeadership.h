#pragma once

#include "LeaderLocks.h"

#include <QList>
#include <QObject>
#include <QTimer>

class ChainWatcher;

// Exactly one chain watcher per chain among the instances that share a database. Each chain has a lock
// (LeaderLocks, "chain/<id>"): the instance that holds it runs that chain's watcher, the others keep theirs
// in standby and try again every second. The holder's locks go with its database session, so when it dies
// (killed, cut off) another instance takes over within seconds and resumes from the cursor in the
// database. On SQLite this instance is the only one and watches every chain at once.
class WatcherLeadership : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatcherLeadership)

public:
    static constexpr int kIntervalMs = 1000;

    WatcherLeadership(QString databaseLocation, QList<ChainWatcher *> watchers, QObject *parent = nullptr);

    // Opens the locks' connection and takes what it can at once. Throws StorageError.
    void start();

private:
    void tick();

    QString m_location;
    QList<ChainWatcher *> m_watchers;
    LeaderLocks m_locks; // which chains this instance watches: the locks it holds
    QTimer m_timer;
};
