#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>

// Copies an SQLite database's write-ahead log back into the database file from a thread and connection of
// its own, so the connection that commits (the server's, answering requests) no longer does it itself
// after every thousand pages, copying them and waiting for the database file's fsync in the middle of a
// request. Database::setCheckpointer hands it every commit; it checkpoints at most once per interval
// (PRAGMA wal_checkpoint(PASSIVE): it never waits for, nor holds up, a reader or a writer). The committing
// connection keeps a checkpoint of its own for when the log grows past
// Database::kFallbackCheckpointPages anyway (this thread starved, or the log never idle long enough to
// start over).
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &databasePath, int intervalMs = 20);
    ~WalCheckpointer(); // waits for a checkpoint in progress, closes the connection, stops the thread
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From any thread: something was committed to the log.
    void committed();
    // Checkpoints that ran (the tests look).
    quint64 checkpoints() const { return m_checkpoints.load(); }

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    std::atomic<bool> m_requested{false};
    std::atomic<quint64> m_checkpoints{0};
};
