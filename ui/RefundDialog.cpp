#include "RefundDialog.h"

#include "Console.h"
#include "ConsoleFormat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RefundDialog::RefundDialog(interfaces::Console &console, const CheckoutSession &session, const QString &payer,
                           QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_session(session)
{
    setWindowTitle(tr("Refund %1").arg(session.id));
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(
        tr("Records a refund in %1, converted at the session's locked rate. Pay it from your wallet with the "
           "QR code that follows, or from the session's deposit address; it counts as refunded once the "
           "transfer has its confirmations.")
            .arg(session.asset.isToken() ? session.asset.symbol : session.nativeSymbol),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"refundAmount"_s);
    m_amount->setPlaceholderText(tr("all that is left"));
    form->addRow(tr("Amount (%1):").arg(session.fiat.currency), m_amount);
    m_address = new QLineEdit(payer, this);
    m_address->setObjectName(u"refundAddress"_s);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setPlaceholderText(tr("0x… the customer's address"));
    m_address->setMinimumWidth(380);
    form->addRow(tr("To:"), m_address);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"refundReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("optional, for your books"));
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"refundError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *recordButton = buttons->addButton(tr("Record refund"), QDialogButtonBox::AcceptRole);
    recordButton->setDefault(true);
    connect(recordButton, &QPushButton::clicked, this, [this] {
        if (record())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool RefundDialog::record()
{
    RefundRequest request;
    const QString amount = m_amount->text().trimmed();
    if (!amount.isEmpty()) {
        request.fiatValue = amount;
        request.fiatCurrency = m_session.fiat.currency;
    }
    const QString address = m_address->text().trimmed();
    if (!address.isEmpty())
        request.address = address;
    request.reason = m_reason->text().trimmed();
    try {
        m_created = m_console.createRefund(m_session.id, request, m_session.livemode);
    } catch (const std::exception &error) {
        m_error->setText(QString::fromUtf8(error.what()));
        m_error->show();
        return false;
    }
    return true;
}
