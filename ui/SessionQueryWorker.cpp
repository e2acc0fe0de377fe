#include "SessionQueryWorker.h"

SessionQueryWorker::SessionQueryWorker(std::unique_ptr<interfaces::SessionListSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{}

SessionQueryWorker::~SessionQueryWorker() = default;

void SessionQueryWorker::count(int generation, const SessionListQuery &query)
{
    if (isStale(generation))
        return;
    try {
        const qint64 total = m_source->count(query);
        Q_EMIT counted(generation, total);
    } catch (const std::exception &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}

void SessionQueryWorker::loadPage(int generation, const SessionListQuery &query, int page, int pageSize,
                                  qint64 total)
{
    if (isStale(generation))
        return;
    try {
        auto rows = m_source->rows(query, qint64(page) * pageSize, pageSize, total);
        Q_EMIT pageLoaded(generation, page, rows);
    } catch (const std::exception &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}
