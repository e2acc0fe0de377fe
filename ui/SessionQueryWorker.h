#pragma once

#include "Console.h"

#include <QObject>

#include <atomic>
#include <memory>

// Runs the sessions table's queries on a worker thread, through a SessionListSource (its own connection
// to the database: WAL lets it read while the services write), and posts the results back by queued
// signals. Work for a query the table has moved on from is skipped.
class SessionQueryWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionQueryWorker)

public:
    explicit SessionQueryWorker(std::unique_ptr<interfaces::SessionListSource> source,
                                QObject *parent = nullptr);
    ~SessionQueryWorker() override;

    // Called from the GUI thread: requests older than this generation are dropped unread.
    void setCurrentGeneration(int generation) { m_currentGeneration.store(generation); }

    // These run on the worker thread (invoke them queued).
    void count(int generation, const SessionListQuery &query);
    void loadPage(int generation, const SessionListQuery &query, int page, int pageSize, qint64 total);

Q_SIGNALS:
    void counted(int generation, qint64 total);
    void pageLoaded(int generation, int page, const QList<SessionListRow> &rows);
    void failed(const QString &message);

private:
    bool isStale(int generation) const { return generation < m_currentGeneration.load(); }

    std::unique_ptr<interfaces::SessionListSource> m_source;
    std::atomic<int> m_currentGeneration{0};
};
