#pragma once

#include "CheckoutSession.h"
#include "Refund.h"

#include <QDialog>

#include <optional>

namespace interfaces {
class Console;
}
class QLabel;
class QLineEdit;
class QPushButton;

// Records a refund of a session, as POST …/refunds does: an amount in the session's currency (empty: all
// that is left, converted at the session's locked rate), the address (the payer's by default) and a reason.
// Refused requests keep the dialog open with the reason shown.
class RefundDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(interfaces::Console &console, const CheckoutSession &session, const QString &payer,
                 QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    std::optional<Refund> createdRefund() const { return m_created; }

    // Records the refund from the form; false (and the reason shown) when it was refused.
    bool record();

private:
    interfaces::Console &m_console;
    CheckoutSession m_session;
    std::optional<Refund> m_created;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};
