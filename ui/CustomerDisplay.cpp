#include "CustomerDisplay.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "PaymentRequest.h"
#include "QrWidget.h"
#include "StatusBadge.h"
#include "StatusStyle.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {
QLabel *centered(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // what a session carries is shown, never interpreted as markup
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

// A full-screen result page in one strong colour with white text: readable from across the counter.
QWidget *resultPage(const QColor &color, QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setAutoFillBackground(true);
    QPalette palette = page->palette();
    palette.setColor(QPalette::Window, color);
    palette.setColor(QPalette::WindowText, Qt::white);
    page->setPalette(palette);
    return page;
}

void setPointSize(QLabel *label, int pixels, bool bold = false)
{
    QFont font = label->font();
    font.setPixelSize(std::max(8, pixels));
    font.setBold(bold);
    label->setFont(font);
}
} // namespace

CustomerDisplay::CustomerDisplay(interfaces::Console &console, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_console(console)
    , m_tick(new QTimer(this))
    , m_backToIdle(new QTimer(this))
{
    setWindowTitle(tr("Customer display"));
    resize(1024, 640);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *idle = new QWidget(m_pages);
    auto *idleLayout = new QVBoxLayout(idle);
    idleLayout->addStretch();
    m_idleTitle = centered(idle);
    m_idleTitle->setText(console.config().shop.name.isEmpty()
                             ? tr("Welcome")
                             : tr("Welcome to %1").arg(console.config().shop.name));
    m_idleHint = centered(idle);
    m_idleHint->setText(tr("We accept crypto payments. Ask at the counter."));
    idleLayout->addWidget(m_idleTitle);
    idleLayout->addWidget(m_idleHint);
    idleLayout->addStretch();
    m_pages->addWidget(idle);

    // [shop]: the shop's logo and name over every page, so the customer sees whom they pay.
    const ShopConfig &shop = console.config().shop;
    if (shop.isSet()) {
        auto *bar = new QWidget(this);
        bar->setObjectName(u"shopBar"_s);
        auto *barLayout = new QHBoxLayout(bar);
        barLayout->setContentsMargins(48, 24, 48, 0);
        QPixmap logo;
        if (!shop.logo.isEmpty() && logo.loadFromData(shop.logo)) {
            auto *logoLabel = new QLabel(bar);
            logoLabel->setObjectName(u"shopLogo"_s);
            logoLabel->setPixmap(logo.scaledToHeight(56, Qt::SmoothTransformation));
            barLayout->addWidget(logoLabel);
        }
        auto *name = new QLabel(shop.name, bar);
        name->setObjectName(u"shopName"_s);
        name->setTextFormat(Qt::PlainText);
        QFont font = name->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        name->setFont(font);
        barLayout->addWidget(name);
        barLayout->addStretch();
        // The shop's colour (only one that passed the contrast check) underlines it.
        if (!shop.accentColor.isEmpty()) {
            bar->setAttribute(Qt::WA_StyledBackground);
            bar->setStyleSheet(u"#shopBar { border-bottom: 4px solid %1; }"_s.arg(shop.accentColor));
        }
        layout->insertWidget(0, bar);
    }

    auto *payment = new QWidget(m_pages);
    auto *paymentLayout = new QHBoxLayout(payment);
    paymentLayout->setContentsMargins(48, 48, 48, 48);
    paymentLayout->setSpacing(48);
    m_qr = new QrWidget(payment);
    m_qr->setAccessibleName(tr("QR code of the payment request"));
    paymentLayout->addWidget(m_qr, 5);
    auto *facts = new QVBoxLayout;
    paymentLayout->addLayout(facts, 4);
    facts->addStretch();
    m_fiat = new QLabel(payment);
    m_crypto = new QLabel(payment);
    m_crypto->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QLabel(payment);
    // The description comes from the API (the shop, or its customer): text, never markup or images.
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_network = new QLabel(payment);
    m_countdown = new QLabel(payment);
    m_status = new StatusBadge(payment);
    m_statusText = new QLabel(payment);
    m_statusText->setWordWrap(true);
    m_testNotice = new QLabel(payment);
    m_testNotice->setWordWrap(true);
    QPalette warning = m_testNotice->palette();
    warning.setColor(QPalette::WindowText, statusColor(SessionStatus::Underpaid));
    m_testNotice->setPalette(warning);
    for (QWidget *widget : {static_cast<QWidget *>(m_fiat), static_cast<QWidget *>(m_crypto),
                            static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_network),
                            static_cast<QWidget *>(m_countdown)})
        facts->addWidget(widget);
    facts->addSpacing(24);
    facts->addWidget(m_status, 0, Qt::AlignLeft);
    facts->addWidget(m_statusText);
    facts->addWidget(m_testNotice);
    facts->addStretch();
    m_pages->addWidget(payment);

    m_paidPage = resultPage(statusColor(SessionStatus::Paid).darker(115), m_pages);
    auto *paidLayout = new QVBoxLayout(m_paidPage);
    paidLayout->addStretch();
    m_paidMark = centered(m_paidPage);
    m_paidMark->setText(u"✓"_s);
    m_paidTitle = centered(m_paidPage);
    m_paidTitle->setText(tr("Paid"));
    m_paidAmount = centered(m_paidPage);
    m_paidThanks = centered(m_paidPage);
    m_paidThanks->setText(tr("Thank you!"));
    paidLayout->addWidget(m_paidMark);
    paidLayout->addWidget(m_paidTitle);
    paidLayout->addWidget(m_paidAmount);
    paidLayout->addWidget(m_paidThanks);
    paidLayout->addStretch();
    m_pages->addWidget(m_paidPage);

    m_expiredPage = resultPage(QColor(0x57, 0x53, 0x4e), m_pages);
    auto *expiredLayout = new QVBoxLayout(m_expiredPage);
    expiredLayout->addStretch();
    m_expiredMark = centered(m_expiredPage);
    m_expiredMark->setText(u"×"_s);
    m_expiredTitle = centered(m_expiredPage);
    m_expiredTitle->setText(tr("Expired"));
    m_expiredHint = centered(m_expiredPage);
    m_expiredHint->setText(tr("This payment request has ended. Please do not send money to it."));
    expiredLayout->addWidget(m_expiredMark);
    expiredLayout->addWidget(m_expiredTitle);
    expiredLayout->addWidget(m_expiredHint);
    expiredLayout->addStretch();
    m_pages->addWidget(m_expiredPage);

    connect(m_tick, &QTimer::timeout, this, &CustomerDisplay::updateCountdown);
    m_tick->start(1000);
    m_backToIdle->setSingleShot(true);
    connect(m_backToIdle, &QTimer::timeout, this, &CustomerDisplay::showIdle);
    scaleFonts();
}

void CustomerDisplay::setScreen(Screen screen)
{
    m_screen = screen;
    m_pages->setCurrentIndex(static_cast<int>(screen));
    if (screen == Screen::Paid || screen == Screen::Expired)
        m_backToIdle->start(m_resultDurationMs);
    else
        m_backToIdle->stop();
}

void CustomerDisplay::showIdle()
{
    m_session.reset();
    m_qr->clear();
    setScreen(Screen::Idle);
}

void CustomerDisplay::showSession(const CheckoutSession &session)
{
    m_session = session;
    updatePayment();
    if (session.status == SessionStatus::Paid || session.status == SessionStatus::PaidLate)
        setScreen(Screen::Paid);
    else if (session.status == SessionStatus::Expired || session.status == SessionStatus::Failed)
        setScreen(Screen::Expired);
    else
        setScreen(Screen::Payment);
}

void CustomerDisplay::sessionChanged(const CheckoutSession &session)
{
    if (!m_session || m_session->id != session.id)
        return;
    const bool wasPaid = m_screen == Screen::Paid;
    m_session = session;
    updatePayment();
    switch (session.status) {
    case SessionStatus::Paid:
    case SessionStatus::PaidLate:
        if (!wasPaid) {
            setScreen(Screen::Paid);
            QApplication::beep(); // QtMultimedia is not available; the screen itself is unmistakable
        }
        break;
    case SessionStatus::Expired:
    case SessionStatus::Failed:
        if (m_screen == Screen::Payment)
            setScreen(Screen::Expired);
        break;
    default:
        break;
    }
}

void CustomerDisplay::updatePayment()
{
    if (!m_session)
        return;
    const CheckoutSession &session = *m_session;
    const ChainConfig chain = m_console.config().chains.value(session.chainId);
    const QString symbol =
        session.asset.isToken() ? session.asset.symbol : (chain.symbol.isEmpty() ? u"ETH"_s : chain.symbol);
    const unsigned decimals = session.asset.decimals;
    const bool due = session.status == SessionStatus::Pending || session.status == SessionStatus::Underpaid;
    m_qr->setText(due ? paymentUri(session) : QString());
    m_fiat->setText(formatFiat(session.fiat));
    const UInt256 remaining = session.amountDue.saturatingSub(session.amountReceived);
    m_crypto->setText(session.status == SessionStatus::Underpaid
                          ? tr("%1 still to pay").arg(formatCrypto(remaining, symbol, decimals))
                          : formatCrypto(session.amountDue, symbol, decimals));
    // The session's public description; sessions from before it existed kept it in metadata.
    const QString description = !session.description.isEmpty()
                                    ? session.description
                                    : session.metadata.value(u"description"_s).toString();
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    m_network->setText(
        tr("Network: %1").arg(chain.name.isEmpty() ? QString::number(session.chainId) : chain.name));
    m_status->setStatus(session.status);
    switch (session.status) {
    case SessionStatus::Pending:
        m_statusText->setText(tr("Scan the code with your wallet app and send exactly this amount."));
        break;
    case SessionStatus::Detected:
    case SessionStatus::Overpaid:
        m_statusText->setText(tr("Payment received. Waiting for the network to confirm it…"));
        break;
    case SessionStatus::Underpaid:
        m_statusText->setText(tr("Part of the amount arrived. Please send the rest."));
        break;
    default:
        m_statusText->clear();
        break;
    }
    m_testNotice->setText(session.livemode ? QString()
                                           : tr("TEST MODE: do not send real money to this address."));
    m_testNotice->setVisible(!session.livemode);
    m_paidAmount->setText(formatFiat(session.fiat));
    updateCountdown();
}

void CustomerDisplay::updateCountdown()
{
    if (!m_session)
        return;
    const bool due =
        m_session->status == SessionStatus::Pending || m_session->status == SessionStatus::Underpaid;
    m_countdown->setVisible(due);
    if (due)
        m_countdown->setText(
            tr("Time left %1")
                .arg(formatCountdown(m_session->expiresAtMs - QDateTime::currentMSecsSinceEpoch())));
}

void CustomerDisplay::showOnPreferredScreen(const QWidget *console)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *consoleScreen = console ? console->screen() : nullptr;
    QScreen *target = screens.value(0);
    for (QScreen *candidate : screens)
        if (candidate != consoleScreen) {
            target = candidate;
            break;
        }
    if (target) {
        setGeometry(target->geometry());
        if (windowHandle())
            windowHandle()->setScreen(target);
    }
    showFullScreen();
    raise();
}

void CustomerDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void CustomerDisplay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerDisplay::scaleFonts()
{
    // Sizes follow the window, so the display reads the same on a 10" tablet and a 27" monitor.
    const int unit = std::max(8, std::min(height(), width() * 9 / 16) / 34);
    setPointSize(m_idleTitle, unit * 3, true);
    setPointSize(m_idleHint, unit * 3 / 2);
    setPointSize(m_fiat, unit * 3, true);
    setPointSize(m_crypto, unit * 3 / 2);
    setPointSize(m_description, unit);
    setPointSize(m_network, unit);
    setPointSize(m_countdown, unit * 2, true);
    QFont badge = m_status->font();
    badge.setPixelSize(unit * 5 / 4);
    m_status->setFont(badge);
    m_status->updateGeometry();
    setPointSize(m_statusText, unit);
    setPointSize(m_testNotice, unit * 4 / 5, true);
    setPointSize(m_paidMark, unit * 7, true);
    setPointSize(m_paidTitle, unit * 5, true);
    setPointSize(m_paidAmount, unit * 2);
    setPointSize(m_paidThanks, unit * 2);
    setPointSize(m_expiredMark, unit * 6);
    setPointSize(m_expiredTitle, unit * 5, true);
    setPointSize(m_expiredHint, unit * 3 / 2);
}
