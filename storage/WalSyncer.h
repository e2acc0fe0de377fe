#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

// Makes an SQLite connection's commits durable from a thread of its own: the connection commits with
// synchronous=NORMAL (the frames are in the write-ahead log, not yet on the disk), hands the commit's serial
// number here, and goes on with the next requests while this thread runs fdatasync on the log. When the sync
// returns, the highest serial it covers is handed back on the thread that made the syncer, and only then is
// anything of those commits announced or answered (Database holds their callbacks, the HTTP server their
// answers). One fdatasync covers every commit written before it started, so commits made while a sync runs
// are covered by the next one together.
//
// Durability equals synchronous=FULL for everything announced: a commit is acknowledged only after an
// fdatasync of the log that began after the commit's frames were written. What differs is visibility: other
// connections may read a commit before it is durable. The one that acts on what it reads, the webhook
// dispatcher, first commits its claim on the deliveries with synchronous=FULL, and that sync of the same log
// covers them.
//
// An fdatasync that fails stops the process (as PostgreSQL does): the commits are already visible, whether
// they reached the disk is unknown, and a later fdatasync may report success without having written them.
// Nothing waiting for them is answered; after a restart the database holds what the disk kept, and clients
// retry (with their Idempotency-Keys).
class WalSyncer
{
public:
    // Called on the thread that made the syncer with the highest serial made durable.
    using Callback = std::function<void(quint64 serial)>;

    WalSyncer();
    ~WalSyncer(); // syncs what was requested, then stops the thread; callbacks not yet delivered are dropped
    WalSyncer(const WalSyncer &) = delete;
    WalSyncer &operator=(const WalSyncer &) = delete;

    // Opens the database's write-ahead log (databasePath + "-wal", which must exist: the database is open
    // in WAL mode) and starts the thread. False, with the reason, when the log cannot be opened.
    bool open(const QString &databasePath, QString *error);
    bool isOpen() const { return m_fd >= 0; }
    void setCallback(Callback callback) { m_callback = std::move(callback); }

    // From the committing thread: everything committed up to serial is to be made durable.
    void request(quint64 serial);
    // On the calling thread: makes everything written to the log so far durable.
    void syncNow();
    // fdatasync calls made (the tests look).
    quint64 syncs() const;
    // Tests: runs on the syncer's thread before each of its fdatasync calls (to hold one back).
    void setBeforeSync(std::function<void()> hook);

private:
    void run();
    void sync();

    int m_fd = -1;
    Callback m_callback;
    std::function<void()> m_beforeSync; // guarded by m_mutex
    QString m_path;
    std::unique_ptr<QObject> m_context; // delivers callbacks on the owner's thread; dropped with it
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_requested = 0; // guarded by m_mutex
    quint64 m_synced = 0;    // guarded by m_mutex
    quint64 m_syncs = 0;     // guarded by m_mutex
    bool m_stop = false;     // guarded by m_mutex
};
