#pragma once

#include <QMainWindow>

namespace interfaces {
class Console;
}
class CheckoutSession;
class CustomerDisplay;
class HealthBar;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class FundsPage;
class OverviewPage;
class PaymentLinksPage;
class SessionsPage;
class WebhooksPage;

// The merchant console: navigation between sessions, payment links, webhooks, API keys and settings; the
// counter flow (new session, customer display); the mode switch; health in the status bar and a tray
// notification when a session is paid.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(interfaces::Console &console, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool livemode() const { return m_livemode; }
    void setLivemode(bool livemode);

    SessionsPage *sessionsPage() const { return m_sessions; }
    CustomerDisplay *customerDisplay() const { return m_customerDisplay; }
    HealthBar *healthBar() const { return m_health; }
    QStackedWidget *pages() const { return m_pages; }
    QListWidget *navigation() const { return m_navigation; }

    // Opens the counter dialog (non-modal), focused on the amount.
    void openNewSession();
    void openSetup(); // the setup assistant
    void showOnCustomerDisplay(const QString &sessionId);

private:
    void buildToolbar();
    void buildTray();
    void updateModeBadge();
    void onSessionChanged(const CheckoutSession &session, const QStringList &events);

    interfaces::Console &m_console;
    bool m_livemode = false;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    SessionsPage *m_sessions = nullptr;
    CustomerDisplay *m_customerDisplay = nullptr;
    HealthBar *m_health = nullptr;
    QAction *m_newSession = nullptr;
    QAction *m_displayAction = nullptr;
    QLabel *m_modeBadge = nullptr;
    QComboBox *m_modeSwitch = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    PaymentLinksPage *m_links = nullptr;
    WebhooksPage *m_webhooks = nullptr;
    OverviewPage *m_overview = nullptr;
    FundsPage *m_funds = nullptr;
};
