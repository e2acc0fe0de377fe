#include "NewSessionDialog.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "PaymentRequest.h"
#include "Preferences.h"
#include "QrWidget.h"
#include "StatusBadge.h"
#include "StatusStyle.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewSessionDialog::NewSessionDialog(interfaces::Console &console, bool livemode, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_livemode(livemode)
{
    setWindowTitle(livemode ? tr("New session") : tr("New session (test mode)"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // The form.
    auto *form = new QWidget(m_pages);
    auto *formLayout = new QFormLayout(form);
    auto *amountRow = new QHBoxLayout;
    m_amount = new QLineEdit(form);
    m_amount->setPlaceholderText(tr("99.00"));
    QFont large = m_amount->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    m_amount->setFont(large);
    m_amount->setAccessibleName(tr("Amount"));
    m_currency = new QComboBox(form);
    m_currency->addItems(supportedCurrencyCodes());
    m_currency->setFont(large);
    m_currency->setAccessibleName(tr("Currency"));
    const QString lastCurrency = preferences::lastCurrency();
    m_currency->setCurrentText(lastCurrency);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    formLayout->addRow(tr("&Amount"), amountRow);
    // What the customer pays with: the chain's own coin, or one of the stablecoins configured for it.
    const AppConfig &config = m_console.config();
    const ChainConfig chain = config.chains.value(config.mode(livemode).chainId);
    m_asset = new QComboBox(form);
    m_asset->setAccessibleName(tr("Pay with"));
    m_asset->addItem(chain.symbol.isEmpty() ? u"ETH"_s : chain.symbol, QString());
    for (const TokenConfig &token : chain.tokens)
        m_asset->addItem(token.symbol, token.symbol);
    const int lastAsset = m_asset->findText(preferences::lastAsset());
    if (lastAsset >= 0)
        m_asset->setCurrentIndex(lastAsset);
    formLayout->addRow(tr("Pay &with"), m_asset);
    if (chain.tokens.isEmpty()) {
        m_asset->hide();
        formLayout->labelForField(m_asset)->hide();
    }
    m_description = new QLineEdit(form);
    m_description->setPlaceholderText(tr("Optional: what is being paid for"));
    m_description->setMaxLength(500);
    formLayout->addRow(tr("&Description"), m_description);
    m_error = new QLabel(form);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
    m_error->setPalette(errorPalette);
    m_error->hide();
    formLayout->addRow(m_error);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    auto *cancel = new QPushButton(tr("Cancel"), form);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_createButton = new QPushButton(tr("Create ⏎"), form);
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &NewSessionDialog::create);
    formButtons->addWidget(cancel);
    formButtons->addWidget(m_createButton);
    formLayout->addRow(formButtons);
    m_pages->addWidget(form);

    // The created session: its QR at once.
    auto *created = new QWidget(m_pages);
    auto *createdLayout = new QVBoxLayout(created);
    m_summary = new QLabel(created);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setFont(large);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createdLayout->addWidget(m_summary);
    m_status = new StatusBadge(created);
    createdLayout->addWidget(m_status, 0, Qt::AlignHCenter);
    m_qr = new QrWidget(created);
    m_qr->setMinimumSize(280, 280);
    m_qr->setAccessibleName(tr("QR code of the payment request"));
    createdLayout->addWidget(m_qr, 1);
    m_address = new QLabel(created);
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createdLayout->addWidget(m_address);
    auto *createdButtons = new QHBoxLayout;
    auto *display = new QPushButton(tr("Show on customer display"), created);
    connect(display, &QPushButton::clicked, this, [this] {
        if (m_created)
            Q_EMIT showOnCustomerDisplayRequested(m_created->id);
    });
    auto *another = new QPushButton(tr("New session"), created);
    connect(another, &QPushButton::clicked, this, &NewSessionDialog::showForm);
    auto *close = new QPushButton(tr("Close"), created);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    createdButtons->addWidget(display);
    createdButtons->addStretch();
    createdButtons->addWidget(another);
    createdButtons->addWidget(close);
    createdLayout->addLayout(createdButtons);
    m_pages->addWidget(created);

    connect(m_amount, &QLineEdit::returnPressed, this, &NewSessionDialog::create);
    connect(m_description, &QLineEdit::returnPressed, this, &NewSessionDialog::create);
    showForm();
}

void NewSessionDialog::showForm()
{
    m_amount->clear();
    m_description->clear();
    m_error->hide();
    m_pages->setCurrentIndex(0);
    m_createButton->setDefault(true);
    m_amount->setFocus();
}

bool NewSessionDialog::create()
{
    SessionRequest request;
    request.hasAmount = true;
    request.amountValue = m_amount->text().trimmed();
    request.amountCurrency = m_currency->currentText();
    request.asset = m_asset->currentData().toString();
    const QString description = m_description->text().trimmed();
    if (!description.isEmpty())
        request.description = description; // shown to the customer on the page and the receipt
    if (request.amountValue.isEmpty()) {
        m_error->setText(tr("⚠ Type the amount to charge, for example 12.50."));
        m_error->show();
        m_amount->setFocus();
        return false;
    }
    try {
        m_created = m_console.createSession(request, m_livemode);
    } catch (const std::exception &error) {
        // DomainError and StorageError carry a message written for the merchant.
        m_error->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
        m_amount->setFocus();
        m_amount->selectAll();
        return false;
    }
    preferences::setLastCurrency(request.amountCurrency);
    preferences::setLastAsset(m_asset->currentText());
    showCreated();
    Q_EMIT sessionCreated(*m_created);
    return true;
}

void NewSessionDialog::showCreated()
{
    const CheckoutSession &session = *m_created;
    const QString description = session.description;
    const QString crypto =
        formatCrypto(session.amountDue, session.asset.isToken() ? session.asset.symbol : m_asset->itemText(0),
                     session.asset.decimals);
    m_summary->setText(description.isEmpty()
                           ? tr("%1 = %2").arg(formatFiat(session.fiat), crypto)
                           : tr("%1 = %2\n%3").arg(formatFiat(session.fiat), crypto, description));
    m_status->setStatus(session.status);
    m_qr->setText(paymentUri(session));
    m_address->setText(session.address);
    m_pages->setCurrentIndex(1);
}

void NewSessionDialog::sessionChanged(const CheckoutSession &session)
{
    if (m_created && m_created->id == session.id) {
        m_created = session;
        m_status->setStatus(session.status);
    }
}
