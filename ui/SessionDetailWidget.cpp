#include "SessionDetailWidget.h"

#include "CollectDialog.h"
#include "Console.h"
#include "ConsoleFormat.h"
#include "CopyButton.h"
#include "PaymentRequest.h"
#include "QrWidget.h"
#include "RefundDialog.h"
#include "StatusBadge.h"
#include "StatusStyle.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

QString SessionDetailWidget::kPlaceholder()
{
    return tr("Select a session to see its QR code, payments, events and webhooks.");
}

SessionDetailWidget::SessionDetailWidget(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
    , m_tick(new QTimer(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(kPlaceholder(), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto *layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_qr = new QrWidget(m_content);
    m_qr->setFixedSize(196, 196);
    m_qr->setAccessibleName(tr("QR code of the payment request"));
    layout->addWidget(m_qr, 0, Qt::AlignTop);

    auto *right = new QVBoxLayout;
    layout->addLayout(right, 1);
    auto *facts = new QGridLayout;
    right->addLayout(facts);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_id = new QLabel(m_content);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new StatusBadge(m_content);
    m_countdown = new QLabel(m_content);
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_countdown->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(m_id);
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(m_countdown);
    facts->addLayout(top, 0, 0, 1, 3);

    facts->addWidget(new QLabel(tr("Address"), m_content), 1, 0);
    m_address = new QLabel(m_content);
    m_address->setFont(mono);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyAddress = new CopyButton(m_content);
    m_copyAddress->setToolTip(tr("Copy address"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address);
    addressRow->addWidget(m_copyAddress);
    addressRow->addStretch();
    facts->addLayout(addressRow, 1, 1, 1, 2);

    facts->addWidget(new QLabel(tr("Amount"), m_content), 2, 0);
    m_amount = new QLabel(m_content);
    m_amount->setFont(big);
    m_amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyAmount = new CopyButton(m_content);
    m_copyAmount->setToolTip(tr("Copy amount"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_copyAmount);
    amountRow->addStretch();
    facts->addLayout(amountRow, 2, 1, 1, 2);

    facts->addWidget(new QLabel(tr("Received"), m_content), 3, 0);
    m_received = new QLabel(m_content);
    facts->addWidget(m_received, 3, 1, 1, 2);
    m_extra = new QLabel(m_content);
    m_extra->setOpenExternalLinks(true);
    m_extra->setWordWrap(true);
    m_extra->setTextInteractionFlags(Qt::TextBrowserInteraction);
    facts->addWidget(m_extra, 4, 0, 1, 3);
    facts->setColumnStretch(1, 1);

    auto *actions = new QHBoxLayout;
    auto *display = new QPushButton(tr("Show on customer display"), m_content);
    connect(display, &QPushButton::clicked, this, [this] {
        if (m_session)
            Q_EMIT showOnCustomerDisplayRequested(m_session->id);
    });
    m_expire = new QPushButton(tr("Expire now"), m_content);
    m_expire->setToolTip(tr("End this session now: no further payment is expected."));
    connect(m_expire, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        if (QMessageBox::question(
                this, tr("Expire session"),
                tr("Expire %1 now? The customer can no longer pay it.").arg(m_session->id)) !=
            QMessageBox::Yes)
            return;
        try {
            m_console.expireSession(m_session->id, m_session->livemode);
        } catch (const std::exception &error) {
            QMessageBox::warning(this, tr("Expire session"), QString::fromUtf8(error.what()));
        }
    });
    // Test mode: pay this session for real on the test chain, the way a customer would.
    m_testPay = new QPushButton(tr("Pay with test wallet"), m_content);
    m_testPay->setToolTip(tr("Send a real transaction on the test chain from its prefunded test account: the "
                             "session then changes status and fires webhooks exactly as in live mode."));
    auto *payMenu = new QMenu(m_testPay);
    payMenu->addAction(tr("Pay in full"), this, [this] { payWithTestWallet(TestPayment::Full); });
    payMenu->addAction(tr("Pay half (underpaid)"), this, [this] { payWithTestWallet(TestPayment::Half); });
    payMenu->addAction(tr("Pay 10 % more (overpaid)"), this,
                       [this] { payWithTestWallet(TestPayment::Over); });
    payMenu->addAction(tr("Expire, then pay in full (late)"), this,
                       [this] { payWithTestWallet(TestPayment::Late); });
    m_testPay->setMenu(payMenu);
    actions->addWidget(display);
    actions->addWidget(m_expire);
    actions->addWidget(m_testPay);
    actions->addStretch();
    right->addLayout(actions);

    m_tabs = new QTabWidget(m_content);
    m_payments =
        makeList({tr("Transaction"), tr("Amount"), tr("Block"), tr("Confirmations"), tr("From")}, m_tabs);
    m_payments->header()->resizeSection(0, 200);
    m_payments->header()->resizeSection(1, 150);
    m_payments->header()->resizeSection(2, 80);
    m_tabs->addTab(m_payments, tr("Payments"));
    m_timeline = makeList({tr("Time"), tr("Event"), tr("Event id")}, m_tabs);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    auto *webhooks = new QWidget(m_tabs);
    auto *webhooksLayout = new QVBoxLayout(webhooks);
    webhooksLayout->setContentsMargins(0, 0, 0, 0);
    m_deliveries =
        makeList({tr("Event"), tr("Endpoint"), tr("State"), tr("Attempts"), tr("Last answer")}, webhooks);
    webhooksLayout->addWidget(m_deliveries);
    m_resend = new QPushButton(tr("Resend"), webhooks);
    m_resend->setToolTip(tr("Send the selected event again to every endpoint that subscribes to it."));
    m_resend->setEnabled(false);
    connect(m_deliveries, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_resend->setEnabled(!m_deliveries->selectedItems().isEmpty()); });
    connect(m_resend, &QPushButton::clicked, this, &SessionDetailWidget::resendSelected);
    webhooksLayout->addWidget(m_resend, 0, Qt::AlignLeft);
    m_tabs->addTab(webhooks, tr("Webhook attempts"));

    // Refunds: the list, the selected pending refund's payment request as a QR code for the owner's wallet,
    // and what can be done with it.
    auto *refunds = new QWidget(m_tabs);
    auto *refundsLayout = new QHBoxLayout(refunds);
    refundsLayout->setContentsMargins(0, 0, 0, 0);
    auto *refundsLeft = new QVBoxLayout;
    refundsLayout->addLayout(refundsLeft, 1);
    m_refundList = makeList({tr("Status"), tr("Amount"), tr("Value"), tr("To"), tr("Transaction")}, refunds);
    m_refundList->setObjectName(u"refundList"_s);
    m_refundList->header()->resizeSection(0, 90);
    m_refundList->header()->resizeSection(1, 150);
    m_refundList->header()->resizeSection(2, 90);
    m_refundList->header()->resizeSection(3, 130);
    refundsLeft->addWidget(m_refundList, 1);
    auto *refundActions = new QHBoxLayout;
    m_refundButton = new QPushButton(tr("Refund…"), refunds);
    m_refundButton->setObjectName(u"recordRefund"_s);
    m_refundButton->setToolTip(tr("Record a refund of this session's confirmed payment."));
    m_payRefund = new QPushButton(tr("Pay from deposit address…"), refunds);
    m_payRefund->setToolTip(tr("Sign the refund with your recovery phrase and send it from this session's "
                               "own deposit address."));
    m_attachRefund = new QPushButton(tr("Paid by transaction…"), refunds);
    m_attachRefund->setToolTip(tr("Name the transaction that paid the refund; it is checked on the chain."));
    m_cancelRefund = new QPushButton(tr("Cancel refund"), refunds);
    for (QPushButton *button : {m_refundButton, m_payRefund, m_attachRefund, m_cancelRefund})
        refundActions->addWidget(button);
    refundActions->addStretch();
    refundsLeft->addLayout(refundActions);
    auto *refundsRight = new QVBoxLayout;
    m_refundQr = new QrWidget(refunds);
    m_refundQr->setObjectName(u"refundQr"_s);
    m_refundQr->setFixedSize(150, 150);
    m_refundQr->setAccessibleName(tr("QR code of the selected refund"));
    m_refundHint = new QLabel(refunds);
    m_refundHint->setWordWrap(true);
    m_refundHint->setFixedWidth(150);
    refundsRight->addWidget(m_refundQr);
    refundsRight->addWidget(m_refundHint);
    refundsRight->addStretch();
    refundsLayout->addLayout(refundsRight);
    connect(m_refundList, &QTreeWidget::itemSelectionChanged, this, &SessionDetailWidget::showSelectedRefund);
    connect(m_refundButton, &QPushButton::clicked, this, &SessionDetailWidget::recordRefund);
    connect(m_payRefund, &QPushButton::clicked, this, &SessionDetailWidget::payRefundFromDepositAddress);
    connect(m_attachRefund, &QPushButton::clicked, this, &SessionDetailWidget::attachRefundTransaction);
    connect(m_cancelRefund, &QPushButton::clicked, this, &SessionDetailWidget::cancelSelectedRefund);
    m_tabs->addTab(refunds, tr("Refunds"));
    right->addWidget(m_tabs, 1);

    connect(m_tick, &QTimer::timeout, this, &SessionDetailWidget::updateCountdown);
    m_tick->start(1000);
    // Confirmations move with the chain, deliveries with the dispatcher: read again, at most every 300 ms.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(300);
    connect(&m_reloadSoon, &QTimer::timeout, this, &SessionDetailWidget::reload);
    auto reloadSoon = [this] {
        if (m_session && !m_reloadSoon.isActive())
            m_reloadSoon.start();
    };
    connect(&console, &interfaces::Console::chainAdvanced, this, [this, reloadSoon](qint64 chainId) {
        if (m_session && m_session->chainId == chainId && !m_detail.payments.isEmpty())
            reloadSoon();
    });
    connect(&console, &interfaces::Console::webhookAttempted, this, reloadSoon);
    m_content->hide();
}

void SessionDetailWidget::showSession(const QString &sessionId)
{
    m_shownId = sessionId;
    if (sessionId.isEmpty()) {
        ++m_generation; // a reply still on its way is for nothing shown
        m_session.reset();
        m_content->hide();
        m_placeholder->setText(kPlaceholder());
        m_placeholder->show();
        return;
    }
    reload();
}

void SessionDetailWidget::sessionChanged(const CheckoutSession &session)
{
    if (m_session && session.id == m_session->id) {
        m_session = session;
        m_detail.session = session;
        fill();
        reload(); // its payments, events and deliveries too
    }
}

void SessionDetailWidget::reload()
{
    if (m_shownId.isEmpty())
        return;
    const int generation = ++m_generation;
    m_console.loadSessionDetail(
        m_shownId, this,
        [this, generation](const std::optional<interfaces::SessionDetail> &detail, const QString &error) {
            if (generation != m_generation)
                return; // another session was asked for since
            if (!detail) {
                // Said, not swallowed: the session is gone, or the database failed.
                m_session.reset();
                m_content->hide();
                m_placeholder->setText(error);
                m_placeholder->show();
                Q_EMIT loaded();
                return;
            }
            m_detail = *detail;
            m_session = detail->session;
            m_placeholder->hide();
            m_content->show();
            fill();
            Q_EMIT loaded();
        });
}

void SessionDetailWidget::payWithTestWallet(TestPayment kind)
{
    if (!m_session || m_session->livemode)
        return;
    const CheckoutSession session = *m_session;
    if (kind == TestPayment::Late) {
        try {
            if (session.status == SessionStatus::Pending || session.status == SessionStatus::Underpaid)
                m_console.expireSession(session.id, false);
        } catch (const std::exception &error) {
            QMessageBox::warning(this, tr("Pay with test wallet"), QString::fromUtf8(error.what()));
            return;
        }
    }
    // What is still due, in wei; half of it, or a tenth more. Integers only.
    const UInt256 remaining =
        UInt256::checkedSub(session.amountDue, session.amountReceived).value_or(UInt256());
    std::optional<QString> amount; // none: what is still due
    if (kind == TestPayment::Half || kind == TestPayment::Over) {
        const UInt256 tenth = UInt256::divMod(session.amountDue, UInt256(10))->first;
        const UInt256 wei = kind == TestPayment::Half
                                ? UInt256::divMod(remaining, UInt256(2))->first
                                : UInt256::checkedAdd(remaining, tenth).value_or(remaining);
        amount = formatUnits(wei);
    }
    m_testPayInFlight = true;
    m_testPay->setEnabled(false);
    m_testPay->setText(tr("Paying…"));
    m_console.payWithTestWallet(
        session.id, amount, this,
        [this](const std::optional<interfaces::TestPaymentSent> &payment, const QString &error) {
            m_testPayInFlight = false;
            m_testPay->setText(tr("Pay with test wallet"));
            m_testPay->setEnabled(true);
            if (!payment) {
                QMessageBox::warning(this, tr("Pay with test wallet"), error);
                return;
            }
            m_testPay->setToolTip(
                tr("Sent %1 %2 in %3")
                    .arg(formatUnits(payment->wei), payment->symbol, payment->transactionHash));
        });
}

void SessionDetailWidget::fill()
{
    if (!m_session)
        return;
    const CheckoutSession &session = *m_session;
    const ChainConfig chain = m_console.config().chains.value(session.chainId);
    const QString nativeSymbol = chain.symbol.isEmpty() ? u"ETH"_s : chain.symbol;
    const QString symbol = session.asset.isToken() ? session.asset.symbol : nativeSymbol;
    const unsigned decimals = session.asset.decimals;
    m_id->setText(u"<b>%1</b>"_s.arg(session.id.toHtmlEscaped()));
    m_status->setStatus(session.status);
    m_address->setText(session.address);
    m_copyAddress->setTextToCopy(session.address);
    m_amount->setText(
        tr("%1  (%2)").arg(formatCrypto(session.amountDue, symbol, decimals), formatFiat(session.fiat)));
    m_copyAmount->setTextToCopy(formatUnits(session.amountDue, decimals));
    m_received->setText(formatCrypto(session.amountReceived, symbol, decimals));
    QStringList extra;
    extra << tr("Chain %1 (%2)").arg(chain.name.isEmpty() ? tr("unknown") : chain.name).arg(session.chainId);
    extra << tr("Rate 1 %1 = %2 %3 (%4)")
                 .arg(session.rate.base, session.rate.toDecimalString(), session.rate.quote,
                      session.rateSource);
    if (session.rate.quote != u"USD"_s && !session.nativePriceUsdSource.isEmpty())
        extra << tr("%1/USD %2 (%3)")
                     .arg(session.nativeSymbol, session.nativePriceUsd, session.nativePriceUsdSource);
    // Two lines, the money first and the customer second, rather than one line that wraps where it may.
    const QString money = extra.join(u" · "_s);
    extra.clear();
    if (!session.customerEmail.isEmpty())
        extra << session.customerEmail.toHtmlEscaped();
    if (session.hasMetadata && !session.metadata.isEmpty()) {
        QStringList pairs;
        for (auto it = session.metadata.begin(); it != session.metadata.end(); ++it)
            pairs << u"%1: %2"_s.arg(it.key(), it.value().toString()).toHtmlEscaped();
        extra << pairs.join(u", "_s);
    }
    extra << u"<a href=\"%1\">%2</a>"_s.arg(session.checkoutUrl.toHtmlEscaped(), tr("Checkout page"));
    if (session.needsAttention)
        extra << tr("⚠ %1").arg(needsAttentionExplanation());
    m_extra->setText(money + u"<br>"_s + extra.join(u" · "_s));
    const bool open = !isTerminal(session.status) && session.status != SessionStatus::Detected;
    m_qr->setEnabled(open);
    m_qr->setText(open ? paymentUri(session) : QString());
    if (!open)
        m_qr->setToolTip(tr("Nothing more to pay"));
    m_expire->setEnabled(session.status == SessionStatus::Pending ||
                         session.status == SessionStatus::Underpaid);
    m_testPay->setVisible(!session.livemode && !session.asset.isToken());
    m_testPay->setEnabled(!m_testPayInFlight);
    updateCountdown();
    fillPayments();
    fillTimeline();
    fillDeliveries();
    fillRefunds();
}

void SessionDetailWidget::updateCountdown()
{
    if (!m_session)
        return;
    const CheckoutSession &session = *m_session;
    switch (session.status) {
    case SessionStatus::Pending:
    case SessionStatus::Underpaid: {
        const qint64 remaining = session.expiresAtMs - QDateTime::currentMSecsSinceEpoch();
        m_countdown->setText(remaining > 0 ? tr("Expires in %1").arg(formatCountdown(remaining))
                                           : tr("Expiring…"));
        m_countdown->setToolTip(tr("Expires at %1").arg(formatTime(session.expiresAtMs)));
        break;
    }
    case SessionStatus::Paid:
    case SessionStatus::PaidLate:
        m_countdown->setText(session.paidAtMs ? tr("Paid at %1").arg(formatTime(*session.paidAtMs))
                                              : QString());
        break;
    case SessionStatus::Detected:
    case SessionStatus::Overpaid:
        m_countdown->setText(tr("Waiting for confirmations"));
        break;
    case SessionStatus::Expired:
    case SessionStatus::Failed:
        m_countdown->setText(tr("Ended %1").arg(formatTime(session.expiresAtMs)));
        break;
    }
}

void SessionDetailWidget::fillPayments()
{
    m_payments->clear();
    if (!m_session)
        return;
    const ChainConfig chain = m_console.config().chains.value(m_session->chainId);
    const qint64 head = m_detail.headBlock;
    const QList<Payment> &payments = m_detail.payments;
    for (const Payment &payment : std::as_const(payments)) {
        auto *item = new QTreeWidgetItem(m_payments);
        const QString hash = payment.txHash.isEmpty() ? tr("(found by balance)") : payment.txHash;
        const QString paid = payment.assetSymbol.isEmpty()
                                 ? (chain.symbol.isEmpty() ? u"ETH"_s : chain.symbol)
                                 : payment.assetSymbol;
        item->setText(1, formatCrypto(payment.amount, paid, payment.assetDecimals));
        if (!m_session->asset.matches(payment.tokenContract))
            item->setToolTip(1, tr("Not %1: not counted towards this session.")
                                    .arg(m_session->asset.isToken() ? m_session->asset.symbol : paid));
        item->setText(2, QString::number(payment.blockNumber));
        item->setText(3, head >= 0 ? tr("%1 of %2").arg(payment.confirmations(head)).arg(chain.confirmations)
                                   : tr("unknown"));
        item->setText(4, payment.fromAddress);
        if (chain.explorerUrl.isValid() && !chain.explorerUrl.isEmpty() && !payment.txHash.isEmpty()) {
            auto *link = new QLabel(u"<a href=\"%1/tx/%2\">%3</a>"_s.arg(
                                        chain.explorerUrl.toString(QUrl::StripTrailingSlash).toHtmlEscaped(),
                                        payment.txHash.toHtmlEscaped(), shortAddress(payment.txHash)),
                                    m_payments);
            link->setOpenExternalLinks(true);
            link->setToolTip(payment.txHash);
            m_payments->setItemWidget(item, 0, link);
        } else {
            item->setText(0, hash); // a local chain has no explorer
        }
    }
    m_tabs->setTabText(0, tr("Payments (%1)").arg(payments.size()));
}

void SessionDetailWidget::fillTimeline()
{
    m_timeline->clear();
    if (!m_session)
        return;
    const QList<Event> &events = m_detail.events;
    for (const Event &event : std::as_const(events)) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(
            0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.createdAtMs), QLocale::ShortFormat));
        item->setText(1, event.type);
        item->setText(2, event.id);
    }
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(events.size()));
}

void SessionDetailWidget::fillDeliveries()
{
    const QString selectedEvent = m_deliveries->currentItem()
                                      ? m_deliveries->currentItem()->data(0, Qt::UserRole).toString()
                                      : QString();
    m_deliveries->clear();
    if (!m_session)
        return;
    const QList<interfaces::SessionDetail::Delivery> &deliveries = m_detail.deliveries;
    for (const auto &[delivery, lastAttempt] : deliveries) {
        auto *item = new QTreeWidgetItem(m_deliveries);
        item->setData(0, Qt::UserRole, delivery.eventId);
        item->setData(1, Qt::UserRole, delivery.endpointId);
        item->setText(0, delivery.eventType);
        item->setToolTip(0, delivery.eventId);
        item->setText(1, delivery.endpointUrl);
        item->setText(2, deliveryStateName(delivery.state));
        item->setText(3, QString::number(delivery.attempts));
        if (lastAttempt) {
            const WebhookAttempt &last = *lastAttempt;
            item->setText(4, last.statusCode
                                 ? tr("HTTP %1 in %2 ms").arg(*last.statusCode).arg(last.latencyMs)
                                 : last.error);
        } else if (delivery.nextAttemptAtMs) {
            item->setText(4, tr("next try %1").arg(formatTime(*delivery.nextAttemptAtMs)));
        }
        if (delivery.eventId == selectedEvent)
            m_deliveries->setCurrentItem(item);
    }
    m_tabs->setTabText(2, tr("Webhook attempts (%1)").arg(deliveries.size()));
    m_resend->setEnabled(m_deliveries->currentItem() != nullptr);
}

void SessionDetailWidget::resendSelected()
{
    QTreeWidgetItem *item = m_deliveries->currentItem();
    if (!item || !m_session)
        return;
    const QString eventId = item->data(0, Qt::UserRole).toString();
    try {
        const int queued =
            m_console.redeliver(eventId, m_session->livemode, item->data(1, Qt::UserRole).toString());
        m_resend->setText(tr("Queued for %n endpoint(s)", nullptr, queued));
        QTimer::singleShot(2500, m_resend, [this] { m_resend->setText(tr("Resend")); });
    } catch (const std::exception &error) {
        QMessageBox::warning(this, tr("Resend"), QString::fromUtf8(error.what()));
    }
    reload();
}

void SessionDetailWidget::fillRefunds()
{
    const QString selected = selectedRefund() ? selectedRefund()->id : QString();
    m_refundList->clear();
    if (!m_session)
        return;
    const CheckoutSession &session = *m_session;
    const QString symbol = session.asset.isToken() ? session.asset.symbol : session.nativeSymbol;
    const ChainConfig chain = m_console.config().chains.value(session.chainId);
    const qint64 head = m_detail.headBlock;
    for (const Refund &refund : std::as_const(m_detail.refunds)) {
        auto *item = new QTreeWidgetItem(m_refundList);
        QString status = refund.status == RefundStatus::Succeeded  ? tr("refunded")
                         : refund.status == RefundStatus::Canceled ? tr("canceled")
                                                                   : tr("pending");
        if (refund.status == RefundStatus::Pending && refund.hasTransfer() && head >= 0)
            status = tr("confirming (%1 of %2)")
                         .arg(head >= refund.blockNumber ? head - refund.blockNumber + 1 : 0)
                         .arg(chain.confirmations);
        item->setText(0, status);
        item->setText(1, formatCrypto(refund.amount, symbol, session.asset.decimals));
        item->setText(2, formatFiat(refund.fiat));
        item->setText(3, shortAddress(refund.address));
        item->setToolTip(3, refund.address);
        item->setText(4, refund.hasTransfer() ? shortAddress(refund.txHash) : QString());
        item->setToolTip(4, refund.txHash);
        if (!refund.reason.isEmpty())
            item->setToolTip(0, refund.reason);
        item->setData(0, Qt::UserRole, refund.id);
        if (refund.id == selected)
            item->setSelected(true);
    }
    if (m_refundList->selectedItems().isEmpty() && m_refundList->topLevelItemCount() > 0)
        m_refundList->topLevelItem(m_refundList->topLevelItemCount() - 1)->setSelected(true);
    m_tabs->setTabText(m_tabs->indexOf(m_refundList->parentWidget()),
                       m_detail.refunds.isEmpty() ? tr("Refunds")
                                                  : tr("Refunds (%1)").arg(m_detail.refunds.size()));
    const UInt256 left = session.amountReceived.saturatingSub(refundedAmount(m_detail.refunds, true));
    m_refundButton->setEnabled(!left.isZero() && session.status != SessionStatus::Detected);
    showSelectedRefund();
}

std::optional<Refund> SessionDetailWidget::selectedRefund() const
{
    const QList<QTreeWidgetItem *> items = m_refundList->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString id = items.first()->data(0, Qt::UserRole).toString();
    for (const Refund &refund : m_detail.refunds) {
        if (refund.id == id)
            return refund;
    }
    return std::nullopt;
}

void SessionDetailWidget::showSelectedRefund()
{
    const auto refund = selectedRefund();
    const bool open = refund && refund->status == RefundStatus::Pending && !refund->hasTransfer();
    m_refundQr->setEnabled(open);
    m_refundQr->setText(open ? refundPaymentUri(*refund) : QString());
    m_refundHint->setText(!refund ? tr("No refund selected.")
                          : open  ? tr("Scan with your wallet to pay this refund.")
                          : refund->status == RefundStatus::Pending ? tr("Paid; waiting for confirmations.")
                          : refund->status == RefundStatus::Succeeded
                              ? tr("Refunded %1.").arg(formatTime(refund->succeededAtMs.value_or(0)))
                              : tr("Canceled."));
    m_payRefund->setEnabled(open);
    m_attachRefund->setEnabled(refund && refund->status == RefundStatus::Pending);
    m_cancelRefund->setEnabled(open);
}

void SessionDetailWidget::recordRefund()
{
    if (!m_session)
        return;
    QString payer;
    for (const Payment &payment : std::as_const(m_detail.payments)) {
        if (m_session->asset.matches(payment.tokenContract) && !payment.fromAddress.isEmpty()) {
            payer = payment.fromAddress;
            break;
        }
    }
    RefundDialog dialog(m_console, *m_session, payer, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SessionDetailWidget::payRefundFromDepositAddress()
{
    const auto refund = selectedRefund();
    if (!m_session || !refund)
        return;
    const CheckoutSession session = *m_session;
    m_payRefund->setEnabled(false);
    m_payRefund->setText(tr("Reading balances…"));
    m_console.loadFunds(
        session.livemode, session.chainId, this,
        [this, session, refund](const std::optional<FundsSnapshot> &funds, const QString &error) {
            m_payRefund->setText(tr("Pay from deposit address…"));
            showSelectedRefund();
            if (!funds) {
                QMessageBox::warning(this, tr("Pay refund"), error);
                return;
            }
            auto *dialog =
                new CollectDialog(m_console, session.livemode, *funds, *refund, session.address, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, &SessionDetailWidget::reload);
            dialog->open();
        });
}

void SessionDetailWidget::attachRefundTransaction()
{
    const auto refund = selectedRefund();
    if (!refund)
        return;
    bool ok = false;
    const QString hash =
        QInputDialog::getText(this, tr("Paid by transaction"),
                              tr("The hash of the transaction that sent %1 to %2:")
                                  .arg(m_refundList->selectedItems().first()->text(1), refund->address),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || hash.isEmpty())
        return;
    m_console.attachRefundTransaction(refund->id, refund->livemode, hash, this,
                                      [this](const std::optional<Refund> &updated, const QString &error) {
                                          if (!updated)
                                              QMessageBox::warning(this, tr("Paid by transaction"), error);
                                          reload();
                                      });
}

void SessionDetailWidget::cancelSelectedRefund()
{
    const auto refund = selectedRefund();
    if (!refund)
        return;
    if (QMessageBox::question(this, tr("Cancel refund"),
                              tr("Cancel refund %1? Nothing has been sent for it.").arg(refund->id)) !=
        QMessageBox::Yes)
        return;
    try {
        m_console.cancelRefund(refund->id, refund->livemode);
    } catch (const std::exception &error) {
        QMessageBox::warning(this, tr("Cancel refund"), QString::fromUtf8(error.what()));
    }
    reload();
}
