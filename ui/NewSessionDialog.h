#pragma once

#include "CheckoutSession.h"

#include <QDialog>

#include <optional>

namespace interfaces {
class Console;
}
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QrWidget;
class StatusBadge;

// The counter flow: the merchant types an amount, picks the currency (and may add a description), and
// the session is created through CheckoutService, exactly as the API would; its QR code appears at once.
class NewSessionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)

public:
    NewSessionDialog(interfaces::Console &console, bool livemode, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *assetBox() const { return m_asset; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QrWidget *qrWidget() const { return m_qr; }
    QLabel *errorLabel() const { return m_error; }
    std::optional<CheckoutSession> createdSession() const { return m_created; }

    // Creates the session from the form. False (and the reason shown) when it was refused.
    bool create();
    void sessionChanged(const CheckoutSession &session);

Q_SIGNALS:
    void sessionCreated(const CheckoutSession &session);
    void showOnCustomerDisplayRequested(const QString &sessionId);

private:
    void showForm();
    void showCreated();

    interfaces::Console &m_console;
    bool m_livemode;
    std::optional<CheckoutSession> m_created;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_asset = nullptr; // the chain's coin and its configured tokens; hidden when there are none
    QLineEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_createButton = nullptr;
    QrWidget *m_qr = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_address = nullptr;
    StatusBadge *m_status = nullptr;
};
