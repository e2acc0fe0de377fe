#pragma once

#include "CheckoutSession.h"

#include <QWidget>

#include <optional>

namespace interfaces {
class Console;
}
class QLabel;
class QStackedWidget;
class QTimer;
class QrWidget;
class StatusBadge;

// The window that faces the customer, full screen on a second monitor: an idle screen, then the session
// being paid (big QR code, amount, time left, live status), then a large "Paid" (with a sound) or
// "Expired" screen for a few seconds, then idle again.
class CustomerDisplay : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplay)

public:
    enum class Screen { Idle, Payment, Paid, Expired };

    explicit CustomerDisplay(interfaces::Console &console, QWidget *parent = nullptr);

    void showSession(const CheckoutSession &session);
    void showIdle();
    void sessionChanged(const CheckoutSession &session);
    // Full screen on a screen other than the one the console is on, when there is one.
    void showOnPreferredScreen(const QWidget *console);

    Screen screen() const { return m_screen; }
    std::optional<CheckoutSession> session() const { return m_session; }
    QrWidget *qrWidget() const { return m_qr; }
    const QLabel *descriptionLabel() const { return m_description; }
    void setResultDurationMs(int milliseconds) { m_resultDurationMs = milliseconds; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setScreen(Screen screen);
    void updatePayment();
    void updateCountdown();
    void scaleFonts();

    interfaces::Console &m_console;
    std::optional<CheckoutSession> m_session;
    Screen m_screen = Screen::Idle;
    int m_resultDurationMs = 10'000;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_idleTitle = nullptr;
    QLabel *m_idleHint = nullptr;
    QrWidget *m_qr = nullptr;
    QLabel *m_fiat = nullptr;
    QLabel *m_crypto = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_network = nullptr;
    StatusBadge *m_status = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_testNotice = nullptr;
    QWidget *m_paidPage = nullptr;
    QLabel *m_paidMark = nullptr;
    QLabel *m_paidTitle = nullptr;
    QLabel *m_paidAmount = nullptr;
    QLabel *m_paidThanks = nullptr;
    QWidget *m_expiredPage = nullptr;
    QLabel *m_expiredMark = nullptr;
    QLabel *m_expiredTitle = nullptr;
    QLabel *m_expiredHint = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_backToIdle = nullptr;
};
