#pragma once

#include <QMainWindow>

class Backend;
class SessionTableModel;

// The merchant console's main window: the sessions of the current mode and the server's state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Backend &backend, QWidget *parent = nullptr);

private:
    Backend &m_backend;
    SessionTableModel *m_sessions = nullptr;
};
