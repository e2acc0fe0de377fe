#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe), so shutdown runs the
// normal destructors: the database is closed and the listening socket released.
class UnixSignalNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalNotifier)

public:
    explicit UnixSignalNotifier(QObject *parent = nullptr);
    ~UnixSignalNotifier() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};
