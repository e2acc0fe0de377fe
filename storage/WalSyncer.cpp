#include "WalSyncer.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

WalSyncer::WalSyncer()
    : m_context(std::make_unique<QObject>())
{}

WalSyncer::~WalSyncer()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    m_context.reset(); // callbacks still queued for it are dropped
    if (m_fd >= 0)
        ::close(m_fd);
}

bool WalSyncer::open(const QString &databasePath, QString *error)
{
    // The log SQLite writes: named after the database file (after a symbolic link's target, as SQLite
    // resolves it), opened without creating it. SQLite holds no locks on it (those are on the -shm file), so
    // this descriptor cannot disturb them. The log is never removed while the server's connection is open,
    // only truncated, so it stays the same file.
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    m_path = (canonical.isEmpty() ? databasePath : canonical) + u"-wal"_s;
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0) {
        if (error)
            *error = u"%1: %2"_s.arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void WalSyncer::request(quint64 serial)
{
    {
        std::lock_guard lock(m_mutex);
        if (serial <= m_requested)
            return;
        m_requested = serial;
    }
    m_wake.notify_one();
}

void WalSyncer::syncNow()
{
    sync();
}

quint64 WalSyncer::syncs() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

void WalSyncer::setBeforeSync(std::function<void()> hook)
{
    std::lock_guard lock(m_mutex);
    m_beforeSync = std::move(hook);
}

void WalSyncer::sync()
{
    int result = 0;
    do {
        result = ::fdatasync(m_fd);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        // See the class comment: answering anything now could be a lie, and retrying could hide the loss.
        qFatal(
            "The database's log %s could not be written to the disk (fdatasync: %s). Stopping: whether the "
            "last commits were kept is unknown. Check the disk, then start again; clients retry what was "
            "not answered.",
            qPrintable(m_path), std::strerror(errno));
    }
    std::lock_guard lock(m_mutex);
    ++m_syncs;
}

void WalSyncer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_requested > m_synced; });
        if (m_requested <= m_synced)
            return; // stopping, and nothing left to sync
        const quint64 target = m_requested;
        const std::function<void()> beforeSync = m_beforeSync;
        lock.unlock();
        if (beforeSync)
            beforeSync();
        // Covers every commit whose frames were written before this call: at least those up to target.
        sync();
        lock.lock();
        m_synced = target;
        if (m_stop)
            continue; // nobody to tell; sync what is left, then stop
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, target] {
                if (m_callback)
                    m_callback(target);
            },
            Qt::QueuedConnection);
    }
}
