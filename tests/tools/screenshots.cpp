// Renders the console's windows to PNG files for the README: `build/tests/screenshots docs/`.
// Runs the real backend on a temporary data directory against a real local node (Hardhat, from
// tests/node_modules): sessions are created through CheckoutService and paid with real transactions, which
// the chain watcher finds and confirms. English (with its plural forms), light palette, plus a dark one of
// the main window.
#include "ApiKeysPage.h"
#include "Backend.h"
#include "ConsoleServices.h"
#include "CustomerDisplay.h"
#include "HardhatNode.h"
#include "MainWindow.h"
#include "SetupWizard.h"

#include "NewSessionDialog.h"
#include "PaymentLinksPage.h"
#include "SessionDetailWidget.h"
#include "SessionTableModel.h"
#include "SessionsPage.h"
#include "WebhooksPage.h"
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

bool save(QWidget &widget, const QString &directory, const QString &name)
{
    const QString path = QDir(directory).filePath(name);
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

CheckoutSession create(Backend &backend, const QString &amount, const QString &currency,
                       const QString &description, const QString &email = {})
{
    SessionRequest request;
    request.hasAmount = true;
    request.amountValue = amount;
    request.amountCurrency = currency;
    request.customerEmail = email;
    if (!description.isEmpty())
        request.metadata = QJsonObject{{u"description"_s, description}};
    return backend.checkout().createSession(request, false);
}

// Pays the session from a development account: the node mines the transfer into a block of its own.
void pay(HardhatNode &node, const CheckoutSession &session, const UInt256 &amount)
{
    node.sendEther(node.accounts().value(1), session.address, QString::fromStdString(amount.toDecimal()));
}

bool waitForStatus(Backend &backend, const CheckoutSession &session, SessionStatus status)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (backend.store().sessions().byId(session.id)->status == status)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    std::fprintf(stderr, "session %s did not become %s\n", qPrintable(session.id),
                 qPrintable(statusName(status)));
    return false;
}

void settle(int milliseconds = 400)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    const QString outputDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs"_s;
    QDir().mkpath(outputDir);

    QTranslator english;
    if (english.load(QStringLiteral(CRYPTOCHECKOUT_QM_DIR "/cryptocheckout_en.qm")))
        QCoreApplication::installTranslator(&english);

    HardhatNode node(QStringLiteral(CRYPTOCHECKOUT_SOURCE_DIR));
    QString error;
    if (!node.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    node.mine(1036); // a chain with some history behind it

    QTemporaryDir dataDir;
    QFile ini(QDir(dataDir.path()).filePath(u"config.ini"_s));
    ini.open(QIODevice::WriteOnly);
    ini.write("[chain.31337]\nconfirmations=3\npollIntervalMs=200\nrpcUrl=" +
              node.rpcUrl().toString().toUtf8() + "\n");
    ini.close();
    auto config = AppConfig::load(dataDir.path(), u"127.0.0.1:0"_s);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error()));
        return 1;
    }
    SystemClock clock;
    Backend backend(*config, clock);
    backend.start();
    ConsoleServices console(backend.services(), backend.baseUrl());

    // The first start: no session yet, so the page says what to do.
    bool ok = true;
    {
        MainWindow first(console);
        first.resize(1280, 800);
        first.show();
        settle(1500);
        ok = save(first, outputDir, u"first-run.png"_s) && ok;
        first.navigation()->setCurrentRow(2);
        settle(200);
        ok = save(first, outputDir, u"first-run-webhooks.png"_s) && ok;
        // The setup assistant: its first page, and the wallet page with a key's first three addresses.
        SetupWizard wizard(console, &first);
        wizard.resize(720, 460);
        wizard.show();
        settle(200);
        ok = save(wizard, outputDir, u"setup-start.png"_s) && ok;
        wizard.liveChoice()->setChecked(true);
        wizard.next();
        wizard.xpubEdit()->setText(
            u"xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5u"
            "Jh7n7epu4trkrX7x7DogT5Uv6fcLW5"_s);
        wizard.addressesConfirmed()->setChecked(true);
        settle(200);
        ok = save(wizard, outputDir, u"setup-wallet.png"_s) && ok;
        wizard.close();
    }

    // A morning at the counter.
    const CheckoutSession coffee = create(backend, u"4.20"_s, u"EUR"_s, u"Flat white"_s);
    const CheckoutSession books =
        create(backend, u"38.90"_s, u"EUR"_s, u"Two paperbacks"_s, u"lea@example.com"_s);
    const CheckoutSession gone = create(backend, u"12.00"_s, u"USD"_s, {});
    const CheckoutSession partial = create(backend, u"60.00"_s, u"USD"_s, u"Order 1042"_s);
    const CheckoutSession waiting = create(backend, u"25.00"_s, u"USD"_s, u"T-shirt"_s);
    const CheckoutSession shirt =
        create(backend, u"99.00"_s, u"USD"_s, u"Order 1043"_s, u"sam@example.com"_s);
    // Three confirmations: each later transfer mines a block that confirms the earlier ones.
    pay(node, coffee, coffee.amountDue);
    pay(node, books, books.amountDue);
    backend.checkout().expireSession(gone.id, false);
    const UInt256 half = UInt256::divMod(partial.amountDue, UInt256(2))->first;
    pay(node, partial, half);
    pay(node, waiting, waiting.amountDue);
    ok = ok && waitForStatus(backend, coffee, SessionStatus::Paid) &&
         waitForStatus(backend, books, SessionStatus::Paid) &&
         waitForStatus(backend, partial, SessionStatus::Underpaid) &&
         waitForStatus(backend, waiting, SessionStatus::Detected);

    MainWindow window(console);
    window.resize(1280, 800);
    window.show();
    settle();
    window.sessionsPage()->selectSession(shirt.id);
    settle(1500); // the status bar's health: chain, price, webhooks
    ok = save(window, outputDir, u"console.png"_s) && ok;

    // The detail of a paid session: payments, with the timeline tab behind.
    window.sessionsPage()->selectSession(books.id);
    window.sessionsPage()->detail()->tabs()->setCurrentIndex(0);
    settle();
    ok = save(*window.sessionsPage()->detail(), outputDir, u"session-detail.png"_s) && ok;

    // The counter dialog right after Enter.
    window.openNewSession();
    auto *dialog = window.findChild<NewSessionDialog *>();
    dialog->amountEdit()->setText(u"18.50"_s);
    dialog->currencyBox()->setCurrentText(u"EUR"_s);
    dialog->descriptionEdit()->setText(u"Lunch for two"_s);
    dialog->create();
    dialog->resize(460, 600);
    settle();
    ok = save(*dialog, outputDir, u"new-session.png"_s) && ok;

    // The customer display, as the customer sees it, then the Paid screen.
    CustomerDisplay *display = window.customerDisplay();
    display->setResultDurationMs(60'000);
    display->resize(1280, 720);
    display->showSession(*dialog->createdSession());
    display->show();
    settle();
    ok = save(*display, outputDir, u"customer-display.png"_s) && ok;
    pay(node, *dialog->createdSession(), dialog->createdSession()->amountDue);
    node.mine(2);
    ok = waitForStatus(backend, *dialog->createdSession(), SessionStatus::Paid) && ok;
    settle();
    ok = save(*display, outputDir, u"customer-display-paid.png"_s) && ok;
    display->hide();
    dialog->close();

    // The other pages, for the record: payment links, webhooks, API keys, settings.
    PaymentLinkRequest link;
    link.fiatAmount = u"25.00"_s;
    link.fiatCurrency = u"EUR"_s;
    link.description = u"T-shirt"_s;
    backend.checkout().createPaymentLink(link, false);
    WebhookEndpointRequest endpoint;
    endpoint.url = u"https://shop.example/hooks/crypto"_s;
    endpoint.events = QStringList{u"*"_s};
    backend.webhooks().create(false, endpoint);
    backend.apiKeys().create(false, u"Web shop"_s);
    backend.apiKeys().create(false, u"Till"_s, ApiKey::Kind::ReadOnly);
    const QStringList pageNames{u"sessions"_s, u"payment-links"_s, u"webhooks"_s, u"api-keys"_s,
                                u"settings"_s};
    for (int index = 1; index < pageNames.size(); ++index) {
        window.navigation()->setCurrentRow(index);
        if (auto *links = qobject_cast<PaymentLinksPage *>(window.pages()->currentWidget()))
            links->reload();
        if (auto *hooks = qobject_cast<WebhooksPage *>(window.pages()->currentWidget()))
            hooks->reload();
        if (auto *keys = qobject_cast<ApiKeysPage *>(window.pages()->currentWidget()))
            keys->reload();
        settle(200);
        ok = save(window, outputDir, u"page-%1.png"_s.arg(pageNames[index])) && ok;
    }
    window.navigation()->setCurrentRow(0);

    // The same console on a dark palette.
    QApplication::setPalette(darkPalette());
    window.sessionsPage()->selectSession(shirt.id);
    settle();
    ok = save(window, outputDir, u"console-dark.png"_s) && ok;
    return ok ? 0 : 1;
}
