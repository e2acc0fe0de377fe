#pragma once

#include "CheckoutSession.h"
#include "Console.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class CopyButton;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QrWidget;
class StatusBadge;

// Everything about one session: its QR code, address and amount to copy, the time left, its status; and
// in tabs its payments (with explorer links and confirmations), its event timeline and the webhook
// attempts for it, with Resend. Everything about the session is read in one go on the console's reader
// thread (interfaces::Console::loadSessionDetail) and shown when it arrives.
class SessionDetailWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailWidget)

public:
    explicit SessionDetailWidget(interfaces::Console &console, QWidget *parent = nullptr);

    // Shows the session once it is read; an empty id clears the panel.
    void showSession(const QString &sessionId);
    QString sessionId() const { return m_session ? m_session->id : QString(); }
    // Reads the shown session, its payments, events and deliveries again (asynchronously).
    void reload();

    void sessionChanged(const CheckoutSession &session);

    QrWidget *qrWidget() const { return m_qr; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *refundList() const { return m_refundList; }
    QrWidget *refundQr() const { return m_refundQr; }
    QPushButton *refundButton() const { return m_refundButton; }

Q_SIGNALS:
    void showOnCustomerDisplayRequested(const QString &sessionId);
    // A read asked for by showSession() or reload() arrived and is shown (or its error is).
    void loaded();

private:
    static QString kPlaceholder();
    void fill();
    void updateCountdown();
    void fillPayments();
    void fillTimeline();
    void fillDeliveries();
    void resendSelected();
    void fillRefunds();
    std::optional<Refund> selectedRefund() const;
    void showSelectedRefund();
    void recordRefund();
    void payRefundFromDepositAddress();
    void attachRefundTransaction();
    void cancelSelectedRefund();
    enum class TestPayment { Full, Half, Over, Late };
    void payWithTestWallet(TestPayment kind);

    interfaces::Console &m_console;
    QString m_shownId;    // asked for; m_session once read
    int m_generation = 0; // replies for an earlier request are dropped
    std::optional<CheckoutSession> m_session;
    interfaces::SessionDetail m_detail;
    QTimer m_reloadSoon;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QrWidget *m_qr = nullptr;
    QLabel *m_id = nullptr;
    StatusBadge *m_status = nullptr;
    QLabel *m_address = nullptr;
    CopyButton *m_copyAddress = nullptr;
    QLabel *m_amount = nullptr;
    CopyButton *m_copyAmount = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_extra = nullptr;
    QPushButton *m_expire = nullptr;
    QPushButton *m_testPay = nullptr; // test sessions only
    bool m_testPayInFlight = false;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_payments = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_deliveries = nullptr;
    QPushButton *m_resend = nullptr;
    QTreeWidget *m_refundList = nullptr;
    QrWidget *m_refundQr = nullptr;
    QLabel *m_refundHint = nullptr;
    QPushButton *m_refundButton = nullptr;
    QPushButton *m_payRefund = nullptr;
    QPushButton *m_attachRefund = nullptr;
    QPushButton *m_cancelRefund = nullptr;
    QTimer *m_tick = nullptr;
};
