#include "SessionQueryWorker.h"

SessionQueryWorker::SessionQueryWorker(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

SessionQueryWorker::~SessionQueryWorker() = default;

bool SessionQueryWorker::ensureOpen()
{
    if (m_store)
        return true;
    try {
        auto store = std::make_unique<Storage>();
        store->open(m_databasePath);
        m_store = std::move(store);
        return true;
    } catch (const StorageError &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
        return false;
    }
}

void SessionQueryWorker::count(int generation, const SessionListQuery &query)
{
    if (isStale(generation) || !ensureOpen())
        return;
    try {
        const qint64 total = m_store->sessionList().count(query);
        Q_EMIT counted(generation, total);
    } catch (const StorageError &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}

void SessionQueryWorker::loadPage(int generation, const SessionListQuery &query, int page, int pageSize,
                                  qint64 total)
{
    if (isStale(generation) || !ensureOpen())
        return;
    try {
        auto rows = m_store->sessionList().rows(query, qint64(page) * pageSize, pageSize, total);
        Q_EMIT pageLoaded(generation, page, rows);
    } catch (const StorageError &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}
