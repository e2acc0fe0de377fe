#pragma once

#include <QWidget>

namespace interfaces {
class Console;
}
class CheckoutSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class SessionDetailWidget;
class SessionTableModel;

// The Sessions page: filters (status, date, search), the live sessions table and the selected session's
// detail below it.
class SessionsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    SessionsPage(interfaces::Console &console, bool livemode, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void selectSession(const QString &sessionId);

    SessionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SessionDetailWidget *detail() const { return m_detail; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void showOnCustomerDisplayRequested(const QString &sessionId);
    void newSessionRequested(); // from the empty state's button

private:
    void applyFilters();
    void updateCount();
    void onSelectionChanged();
    QWidget *makeEmptyState(interfaces::Console &console);

    interfaces::Console &m_console;
    SessionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_tableOrEmpty = nullptr; // the table, or the empty state when there is nothing yet
    SessionDetailWidget *m_detail = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_date = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_selectedId;
};
