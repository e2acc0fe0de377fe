#include "WalCheckpointer.h"

#include "Connections.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

class WalCheckpointer::Worker : public QObject
{
public:
    Worker(WalCheckpointer &owner, QString path, int intervalMs)
        : m_owner(owner)
        , m_path(std::move(path))
        , m_intervalMs(intervalMs)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { checkpoint(); });
    }

    // A commit asked for a checkpoint: now, or once the interval since the last one has passed.
    void requested()
    {
        m_owner.m_requested.store(false); // commits from now on ask again
        if (m_timer.isActive())
            return;
        const qint64 wait = m_last.isValid() ? m_intervalMs - m_last.elapsed() : 0;
        if (wait > 0)
            m_timer.start(static_cast<int>(wait));
        else
            checkpoint();
    }

    void close()
    {
        m_timer.stop();
        sqlsupport::removeConnection(m_connectionName);
    }

private:
    void checkpoint()
    {
        m_last.start();
        if (m_connectionName.isEmpty() && !open())
            return;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !query.next()) {
            if (!m_warned) {
                qWarning("The database's log could not be checkpointed in the background (the server does "
                         "it itself instead): %s",
                         qPrintable(query.lastError().text()));
                m_warned = true;
            }
            return;
        }
        // busy is 1 when another checkpoint (the server's fallback) held the lock: that one did the work.
        if (query.value(0).toInt() == 0)
            m_owner.m_checkpoints.fetch_add(1);
    }

    bool open()
    {
        static std::atomic<int> counter{0};
        m_connectionName = u"cryptocheckout-checkpoint-%1"_s.arg(counter.fetch_add(1));
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
            db.setDatabaseName(m_path);
            // PASSIVE never waits on the database's locks; only another checkpoint in progress makes it
            // busy, and then that one does the work.
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
            if (db.open())
                return true;
            problem = db.lastError().text();
        }
        if (!m_warned) {
            qWarning("The database's log could not be checkpointed in the background (the server does it "
                     "itself instead): %s",
                     qPrintable(problem));
            m_warned = true;
        }
        sqlsupport::removeConnection(m_connectionName);
        return false;
    }

    WalCheckpointer &m_owner;
    const QString m_path;
    const int m_intervalMs;
    QString m_connectionName;
    QTimer m_timer{this}; // a child: moves to the thread with its worker
    QElapsedTimer m_last;
    bool m_warned = false;
};

WalCheckpointer::WalCheckpointer(const QString &databasePath, int intervalMs)
    : m_worker(new Worker(*this, databasePath, intervalMs))
{
    m_thread.setObjectName(u"checkpoints"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WalCheckpointer::~WalCheckpointer()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->close();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WalCheckpointer::committed()
{
    if (!m_requested.exchange(true))
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->requested(); }, Qt::QueuedConnection);
}
