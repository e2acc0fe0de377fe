// The merchant console against the real services on a temporary database, through interfaces::Console and
// without a listening server: the lazy sessions model (paging,
// filters, search, sort, a live status change), the counter flow to a QR code on screen, the customer
// display's screens, and settings validation. Long because every case needs the same services and data
// directory; each stands alone.
#include "ConsoleServices.h"
#include "CustomerDisplay.h"
#include "HardhatNode.h"
#include "HealthBar.h"
#include "MainWindow.h"
#include "NewSessionDialog.h"
#include "PriceReplayServer.h"
#include "QrWidget.h"
#include "Services.h"
#include "SessionDetailWidget.h"
#include "SessionTableModel.h"
#include "SessionsPage.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "TestDataDir.h"
#include "Translations.h"
#include "WebhooksPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestConsole : public QObject
{
    Q_OBJECT

private:
    // On PostgreSQL the test's database is named in config.ini. A deployment may name it in
    // CRYPTOCHECKOUT_DATABASE_URL instead and have no config.ini yet: its first start is the SQLite one.
    void startWithoutConfigFile()
    {
        if (TestDataDir::usesPostgres())
            QVERIFY(QFile::remove(m_services->config().configPath()));
    }

    std::unique_ptr<TestDataDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ConsoleServices> m_console;
    QStringList m_created; // oldest first

    CheckoutSession createSession(const QString &amount, const QJsonObject &metadata = {},
                                  const QString &email = {})
    {
        SessionRequest request;
        request.hasAmount = true;
        request.amountValue = amount;
        request.amountCurrency = u"USD"_s;
        request.customerEmail = email;
        if (!metadata.isEmpty())
            request.metadata = metadata;
        return m_services->checkout().createSession(request, false);
    }

    static bool waitForCount(SessionTableModel &model)
    {
        return QTest::qWaitFor([&] { return model.isCountKnown(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestDataDir>();
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));
        m_created.clear();
    }

    void cleanup()
    {
        m_console.reset();
        m_services.reset();
        m_dir.reset();
    }

    void modelPagesFiltersAndLiveUpdates()
    {
        const int total = SessionTableModel::kPageSize + 50;
        m_services->storage().transaction([&] {
            for (int i = 0; i < total; ++i)
                m_created << createSession(u"%1.00"_s.arg(i + 1),
                                           QJsonObject{{u"orderId"_s, u"order-%1"_s.arg(i)}},
                                           i == 7 ? u"alice@example.com"_s : QString())
                                 .id;
        });

        SessionTableModel model(m_console->sessionListSource(), false);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.columnCount(), int(SessionTableModel::NUMBER_OF_COLUMNS));
        // Only the first page is loaded: the rest comes when the view asks.
        QTRY_VERIFY(model.isLoaded(0));
        QVERIFY(!model.isLoaded(total - 1));
        QCOMPARE(model.index(0, SessionTableModel::Id).data().toString(), m_created.last()); // newest first
        QCOMPARE(model.index(total - 1, SessionTableModel::Id).data().toString(), u"Loading…"_s);
        QTRY_VERIFY(model.isLoaded(total - 1));
        QCOMPARE(model.index(total - 1, SessionTableModel::Id).data().toString(), m_created.first());
        QCOMPARE(model.index(0, SessionTableModel::Fiat).data().toString(), u"%1.00 USD"_s.arg(total));
        QCOMPARE(model.index(0, SessionTableModel::Status).data().toString(), u"Pending"_s);

        // A live status change arrives through CheckoutService::sessionChanged.
        connect(&m_services->checkout(), &CheckoutService::sessionChanged, &model,
                &SessionTableModel::sessionChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_services->checkout().expireSession(m_created.last(), false);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, SessionTableModel::Status).data(SessionTableModel::StatusRole).toInt(),
                 int(SessionStatus::Expired));
        QCOMPARE(model.index(0, SessionTableModel::Status).data().toString(), u"Expired"_s);

        // A new session appears at the top without a reload.
        const CheckoutSession fresh = createSession(u"5.00"_s);
        QCOMPARE(model.rowCount(), total + 1);
        QCOMPARE(model.index(0, SessionTableModel::Id).data().toString(), fresh.id);
        QCOMPARE(model.index(1, SessionTableModel::Id).data().toString(), m_created.last());

        // Status filter.
        SessionListQuery query = model.query();
        query.status = SessionStatus::Expired;
        model.setQuery(query);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.isLoaded(0));
        QCOMPARE(model.index(0, SessionTableModel::Id).data().toString(), m_created.last());

        // Search: email, metadata, address, id.
        query.status.reset();
        query.search = u"ALICE@example"_s;
        model.setQuery(query);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.isLoaded(0));
        QCOMPARE(model.index(0, SessionTableModel::Id).data().toString(), m_created[7]);
        query.search = u"order-12\""_s; // the metadata value, closed by its quote
        model.setQuery(query);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 1);
        const CheckoutSession third = *m_services->storage().sessions().byId(m_created[3]);
        query.search = third.address.toLower();
        model.setQuery(query);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 1);
        query.search = m_created[3].mid(5, 10);
        model.setQuery(query);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 1);

        // Date filter: nothing created before the epoch's first second, everything after it.
        query.search.clear();
        query.createdLteMs = 1000;
        model.setQuery(query);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 0);

        // Sort: oldest first, by the header.
        query.createdLteMs.reset();
        model.setQuery(query);
        model.sort(SessionTableModel::Created, Qt::AscendingOrder);
        QVERIFY(waitForCount(model));
        QTRY_VERIFY(model.isLoaded(0));
        QCOMPARE(model.index(0, SessionTableModel::Id).data().toString(), m_created.first());
        model.sort(SessionTableModel::Fiat, Qt::DescendingOrder);
        QVERIFY(waitForCount(model));
        QTRY_VERIFY(model.isLoaded(0));
        QCOMPARE(model.index(0, SessionTableModel::Fiat).data().toString(), u"%1.00 USD"_s.arg(total));
    }

    // Money after the grace window flags the session: the table says so next to the badge (in words), and
    // the status filter's "Needs attention" entry shows the flagged sessions of any status.
    void needsAttentionShowsInTheTableAndFilters()
    {
        const CheckoutSession late = createSession(u"10.00"_s);
        const CheckoutSession other = createSession(u"11.00"_s);
        m_services->checkout().expireSession(late.id, false);
        ChainProgress progress;
        progress.chainId = late.chainId;
        Payment payment;
        payment.sessionId = late.id;
        payment.chainId = late.chainId;
        payment.txHash = u"0x"_s + QString(64, u'a');
        payment.blockNumber = 10;
        payment.blockHash = u"0x"_s + QString(64, u'b');
        payment.blockTimestampMs = late.expiresAtMs + 25LL * 3600 * 1000; // after the 24 h grace window
        payment.amount = late.amountDue;
        payment.seenAtMs = m_clock.nowMs();
        payment.assetSymbol = u"ETH"_s;
        progress.payments << payment;
        progress.headBlockNumber = 20;
        m_services->checkout().recordChainProgress(progress);
        QVERIFY(m_services->storage().sessions().byId(late.id)->needsAttention);

        MainWindow window(*m_console);
        window.show();
        auto *table = window.sessionsPage()->findChild<QTableView *>();
        QVERIFY(table);
        auto *model = qobject_cast<SessionTableModel *>(table->model());
        QVERIFY(model);
        QVERIFY(waitForCount(*model));
        QTRY_VERIFY(model->isLoaded(1));
        const QModelIndex flagged = model->index(1, SessionTableModel::Status);
        QCOMPARE(model->index(1, SessionTableModel::Id).data().toString(), late.id);
        QVERIFY(flagged.data(SessionTableModel::NeedsAttentionRole).toBool());
        QCOMPARE(flagged.data().toString(), u"Expired, ⚠ Needs attention"_s);
        QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(u"grace window"_s));
        QVERIFY(
            !model->index(0, SessionTableModel::Status).data(SessionTableModel::NeedsAttentionRole).toBool());
        // The delegate makes room for the words after the badge.
        QVERIFY(table->itemDelegateForColumn(SessionTableModel::Status)->sizeHint({}, flagged).width() >
                table->itemDelegateForColumn(SessionTableModel::Status)
                    ->sizeHint({}, model->index(0, SessionTableModel::Status))
                    .width());

        QComboBox *statusFilter = nullptr;
        for (auto *box : window.sessionsPage()->findChildren<QComboBox *>())
            if (box->accessibleName() == u"Status filter")
                statusFilter = box;
        QVERIFY(statusFilter);
        QCOMPARE(statusFilter->itemText(statusFilter->count() - 1), u"⚠ Needs attention"_s);
        statusFilter->setCurrentIndex(statusFilter->count() - 1);
        QVERIFY(waitForCount(*model));
        QCOMPARE(model->rowCount(), 1);
        QTRY_VERIFY(model->isLoaded(0));
        QCOMPARE(model->index(0, SessionTableModel::Id).data().toString(), late.id);
        Q_UNUSED(other);
    }

    // English has a translation of its own, for the plural forms only: "1 session", "6 sessions"; the other
    // languages are complete (fill.py reports what is missing).
    void pluralFormsInEveryLanguage()
    {
        const QString dir = QStringLiteral(CRYPTOCHECKOUT_QM_DIR);
        const QList<std::pair<QString, QStringList>> expected{
            {u"en"_s, {u"1 session"_s, u"6 sessions"_s}},
            {u"de"_s, {u"1 Sitzung"_s, u"6 Sitzungen"_s}},
            {u"fr"_s, {u"1 session"_s, u"6 sessions"_s}},
        };
        for (const auto &[language, forms] : expected) {
            QTranslator translator;
            QVERIFY2(translator.load(dir + u"/cryptocheckout_"_s + language + u".qm"_s),
                     qPrintable(language));
            QCoreApplication::installTranslator(&translator);
            const QString one = QCoreApplication::translate("SessionsPage", "%n session(s)", nullptr, 1);
            const QString six = QCoreApplication::translate("SessionsPage", "%n session(s)", nullptr, 6);
            QCoreApplication::removeTranslator(&translator);
            QCOMPARE(one, forms[0]);
            QCOMPARE(six, forms[1]);
        }
        QTranslator english;
        QVERIFY(english.load(dir + u"/cryptocheckout_en.qm"_s));
        // Everything else falls back to the source text.
        QVERIFY(english.translate("SessionStatus", "Paid").isEmpty());

        // What the program installs: under LANG=C, or in a language it is not translated into, English
        // with its plural forms, never "6 session(s)".
        const QList<std::pair<QLocale, QString>> locales{{QLocale::c(), u"6 sessions"_s},
                                                         {QLocale(u"ja_JP"_s), u"6 sessions"_s},
                                                         {QLocale(u"de_DE"_s), u"6 Sitzungen"_s}};
        for (const auto &[locale, six] : locales) {
            QObject owner;
            const QList<QTranslator *> installed = installTranslations(&owner, locale, dir);
            const QString text = QCoreApplication::translate("SessionsPage", "%n session(s)", nullptr, 6);
            for (QTranslator *translator : installed)
                QCoreApplication::removeTranslator(translator);
            QCOMPARE(text, six);
        }
    }

    // The delivery log is read again whenever an attempt finishes; the delivery being looked at stays
    // selected.
    void deliveryLogKeepsTheSelection()
    {
        WebhookEndpointRequest endpoint;
        endpoint.url = u"http://127.0.0.1:9/hook"_s; // nothing listens: every attempt fails, and is retried
        endpoint.events = QStringList{u"*"_s};
        m_services->webhooks().create(false, endpoint);
        for (int i = 0; i < 3; ++i)
            createSession(u"%1.00"_s.arg(i + 1));
        WebhooksPage page(*m_console);
        page.show();
        page.reload();
        QTreeWidget *log = nullptr;
        for (auto *tree : page.findChildren<QTreeWidget *>())
            if (tree->columnCount() == 6)
                log = tree;
        QVERIFY(log);
        QTRY_COMPARE(log->topLevelItemCount(), 3);
        log->setCurrentItem(log->topLevelItem(1));
        const qint64 selected = log->currentItem()->data(0, Qt::UserRole).toLongLong();
        page.reload();
        QVERIFY(log->currentItem());
        QCOMPARE(log->currentItem()->data(0, Qt::UserRole).toLongLong(), selected);
    }

    // With no session yet the page says what to do next (and how from the API); once there is one, or
    // while a filter is set, it is the table.
    void emptyStateSaysWhatToDo()
    {
        MainWindow window(*m_console);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *create = window.findChild<QPushButton *>(u"emptyNewSession"_s);
        auto *curl = window.findChild<QLabel *>(u"emptyCurlExample"_s);
        QVERIFY(create && curl);
        QVERIFY(QTest::qWaitFor([&] { return create->isVisible(); }, 5000));
        QVERIFY(curl->text().contains(m_console->serverUrl().toString() + u"/api/v1/checkout_sessions"_s));
        QVERIFY(!window.sessionsPage()->table()->isVisible());

        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<NewSessionDialog *>() != nullptr; }, 2000));
        window.findChild<NewSessionDialog *>()->close();

        createSession(u"5.00"_s);
        QVERIFY(QTest::qWaitFor([&] { return window.sessionsPage()->table()->isVisible(); }, 5000));
        QVERIFY(!create->isVisible());
        // A filter that matches nothing is an empty table, not the first-run page.
        window.sessionsPage()->searchEdit()->setText(u"no-such-session"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.sessionsPage()->model()->isCountKnown() &&
                       window.sessionsPage()->model()->rowCount() == 0;
            },
            5000));
        QTest::qWait(300);
        QVERIFY(window.sessionsPage()->table()->isVisible());
        QVERIFY(!create->isVisible());
    }

    // The webhooks page without an endpoint explains what webhooks are for; the lists come with the first.
    void webhooksEmptyStateUntilTheFirstEndpoint()
    {
        WebhooksPage page(*m_console);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<QWidget *>(u"webhooksEmptyState"_s);
        QVERIFY(empty && empty->isVisible());
        WebhookEndpointRequest endpoint;
        endpoint.url = u"http://127.0.0.1:9/hook"_s;
        m_services->webhooks().create(false, endpoint);
        page.reload();
        QVERIFY(!empty->isVisible());
    }

    // The setup assistant, driven as a merchant would: a mistyped xpub and the public test key are refused,
    // the real one shows its first three addresses and needs them confirmed; a plain-http live webhook is
    // refused and nothing is written; then config.ini is one the program accepts, and the first key is live.
    void setupWizardWritesAConfigTheProgramAccepts()
    {
        startWithoutConfigFile();
        QVERIFY(SetupWizard::isFirstStart(*m_console));
        SetupWizard wizard(*m_console);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.liveChoice()->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Wallet));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        // BIP32 test vector 1, m/0H/1/2H: a valid key of someone else's wallet.
        const QString good =
            u"xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n"
            "7epu4trkrX7x7DogT5Uv6fcLW5"_s;
        QString typo = good;
        typo[30] = typo[30] == u'a' ? u'b' : u'a';
        wizard.xpubEdit()->setText(typo);
        wizard.addressesConfirmed()->setChecked(true);
        QVERIFY(!next->isEnabled());
        QVERIFY2(wizard.addressesLabel()->text().startsWith(u"⚠"_s),
                 qPrintable(wizard.addressesLabel()->text()));
        wizard.xpubEdit()->setText(QString::fromLatin1(AppConfig::kPublicTestXpub));
        wizard.addressesConfirmed()->setChecked(true);
        QVERIFY(!next->isEnabled());
        wizard.xpubEdit()->setText(good);
        QVERIFY2(wizard.addressesLabel()->text().split(u'\n').size() == 3,
                 qPrintable(wizard.addressesLabel()->text()));
        QVERIFY(wizard.addressesLabel()->text().contains(u"0x"_s));
        QVERIFY(!next->isEnabled()); // a new key: confirm its addresses again
        wizard.addressesConfirmed()->setChecked(true);
        QVERIFY(next->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Chain));
        wizard.chainBox()->setCurrentIndex(wizard.chainBox()->findData(qint64(8453)));
        QCOMPARE(wizard.rpcUrlEdit()->text(), u"https://mainnet.base.org"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Prices));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Webhook));
        wizard.webhookUrlEdit()->setText(u"http://192.0.2.10/hooks"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Webhook));
        QVERIFY2(wizard.errorLabel()->text().contains(u"plain http"_s),
                 qPrintable(wizard.errorLabel()->text()));
        QVERIFY(!QFile::exists(m_services->config().configPath()));
        // Plain http to this machine is fine even live: the endpoint is added and sent a test event.
        wizard.webhookUrlEdit()->setText(u"http://127.0.0.1:9/hooks"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Done));
        const QList<WebhookEndpoint> endpoints = m_services->webhooks().endpoints(true);
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.first().url, u"http://127.0.0.1:9/hooks"_s);
        QSqlQuery tests(m_services->storage().db().connection());
        QVERIFY(
            tests.exec(u"SELECT COUNT(*) FROM webhook_deliveries d JOIN events e ON e.id = d.event_id WHERE "
                       "e.type = 'test.webhook' AND e.livemode = 1 AND d.endpoint_id = '%1'"_s.arg(
                           endpoints.first().id)));
        QVERIFY(tests.next());
        QCOMPARE(tests.value(0).toInt(), 1);
        tests.finish();

        const auto written = AppConfig::load(m_dir->path());
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(written->live.xpub, good);
        QCOMPARE(written->live.chainId, qint64(8453));
        QCOMPARE(written->priceSources,
                 (QStringList{u"coinbase"_s, u"kraken"_s, u"coingecko"_s, u"fixed"_s}));
        QVERIFY(!SetupWizard::isFirstStart(*m_console));
        QVERIFY(wizard.apiKeyEdit()->text().startsWith(u"ck_live_"_s));
        QVERIFY(wizard.curlLabel()->text().contains(wizard.apiKeyEdit()->text()));
        QVERIFY(wizard.curlLabel()->text().contains(m_console->serverUrl().toString()));
    }

    // Test mode is one click: the file is written (so the assistant does not come back), a test key shown.
    void setupWizardTestModeIsOneClick()
    {
        SetupWizard wizard(*m_console);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::Done));
        QVERIFY(!SetupWizard::isFirstStart(*m_console));
        QVERIFY(AppConfig::load(m_dir->path()));
        QVERIFY(wizard.apiKeyEdit()->text().startsWith(u"ck_test_"_s));
    }

    void counterFlowEndToEnd()
    {
        MainWindow window(*m_console);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openNewSession();
        auto *dialog = window.findChild<NewSessionDialog *>();
        QVERIFY(dialog);

        // A refused amount says why and creates nothing.
        QTest::keyClicks(dialog->amountEdit(), u"12,50"_s);
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        QVERIFY(!dialog->createdSession());
        QVERIFY(!dialog->errorLabel()->isHidden());
        QVERIFY(!dialog->errorLabel()->text().isEmpty());

        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), u"12.50"_s);
        dialog->currencyBox()->setCurrentText(u"EUR"_s);
        QTest::keyClicks(dialog->descriptionEdit(), u"Coffee beans"_s);
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        QVERIFY(dialog->createdSession());
        const CheckoutSession session = *dialog->createdSession();
        QCOMPARE(session.fiat.toDecimalString(), u"12.50"_s);
        QCOMPARE(session.fiat.currency, u"EUR"_s);
        QCOMPARE(session.description, u"Coffee beans"_s);
        QVERIFY(m_services->storage().sessions().byId(session.id));

        // The QR is on screen at once, encodes the EIP-681 URI and is crisp (only black and white pixels).
        QrWidget *qr = dialog->qrWidget();
        QTRY_VERIFY(qr->isVisible());
        QVERIFY(qr->hasCode());
        QVERIFY(qr->text().startsWith(u"ethereum:"_s + session.address + u"@31337"_s));
        const QImage image = qr->grab().toImage();
        QVERIFY(qr->codeSide() > 0);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                if (QRect((qr->width() - qr->codeSide()) / 2, (qr->height() - qr->codeSide()) / 2,
                          qr->codeSide(), qr->codeSide())
                        .contains(x, y))
                    colours.insert(image.pixel(x, y) & 0xffffff);
        QCOMPARE(colours, (QSet<QRgb>{0x000000, 0xffffff}));

        // The sessions table shows it on top and the detail pane shows it too.
        SessionsPage *page = window.sessionsPage();
        QTRY_COMPARE(page->model()->rowOf(session.id), 0);
        QTRY_COMPARE(page->detail()->sessionId(), session.id);
        QVERIFY(page->detail()->qrWidget()->hasCode());

        // The customer display: payment screen, then Expired, then idle.
        CustomerDisplay *display = window.customerDisplay();
        display->setResultDurationMs(100);
        window.showOnCustomerDisplay(session.id);
        QTRY_COMPARE(display->screen(), CustomerDisplay::Screen::Payment);
        QVERIFY(display->qrWidget()->hasCode());
        m_services->checkout().expireSession(session.id, false);
        QCOMPARE(display->screen(), CustomerDisplay::Screen::Expired);
        QTRY_COMPARE(display->screen(), CustomerDisplay::Screen::Idle);
        QCOMPARE(
            page->model()->index(0, SessionTableModel::Status).data(SessionTableModel::StatusRole).toInt(),
            int(SessionStatus::Expired));
        // A description with markup in it is shown as the text it is.
        const QString markup = u"<img src=\"http://203.0.113.1/x.png\"><b>Pay here</b>"_s;
        const CheckoutSession marked = createSession(u"2.00"_s, {{u"description"_s, markup}});
        window.showOnCustomerDisplay(marked.id);
        QTRY_COMPARE(display->descriptionLabel()->text(), markup);
        QCOMPARE(display->descriptionLabel()->textFormat(), Qt::PlainText);

        // The status bar has the chain, price and webhook health.
        const QString health = window.healthBar()->text();
        // No node runs at the default address in this test: it says so, with the address.
        QVERIFY2(health.contains(u"Node unreachable: http://127.0.0.1:8545"_s) ||
                     health.contains(u"Local dev chain: connecting"_s),
                 qPrintable(health));
        QVERIFY2(health.contains(u"price ETH-USD 3000 (fixed)"_s), qPrintable(health));
        // The endpoints are read on the console's reader thread; the words follow.
        QTRY_VERIFY2(window.healthBar()->text().contains(u"no webhook endpoint"_s),
                     qPrintable(window.healthBar()->text()));
        // An endpoint added (here through the console's interface) turns it green without waiting.
        WebhookEndpointRequest endpoint;
        endpoint.url = u"https://shop.example/hooks"_s;
        m_console->createWebhookEndpoint(false, endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(window.healthBar()->text().contains(u"webhooks ok"_s), 2000);
        dialog->close();
        display->close();
    }

    // The price dot follows the sources: amber when the rate comes from a fallback because the first
    // source fails, red when no source has a rate (new sessions are refused), with the reasons in its tip.
    // A market rate in the status bar names its source and its age, in words: "(Coinbase, just now)".
    void healthBarSaysWhereAndHowOldTheRateIs()
    {
        PriceReplayServer coinbase;
        QVERIFY(coinbase.listen());
        coinbase.setJson("/v2/prices/ETH-USD/spot",
                         R"({"data":{"amount":"3012.40","base":"ETH","currency":"USD"}})");
        m_console.reset();
        m_services.reset();
        m_dir->writeConfig("[prices]\nsources=coinbase\ncurrencies=USD\ncoinbaseUrl=" +
                           coinbase.url().toString().toUtf8() + "\n");
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));
        HealthBar bar(*m_console);
        QTRY_VERIFY_WITH_TIMEOUT(
            (bar.refresh(), bar.text().contains(u"price ETH-USD 3012.4 (Coinbase, just now)"_s)), 10000);
        QCOMPARE(bar.priceHealth(), Health::Ok);
    }

    // [shop]: the customer display shows the shop's logo and name over the payment, and greets with the
    // name; the settings page edits the [shop] keys. CRYPTOCHECKOUT_SCREENSHOTS=dir writes the display.
    void customerDisplayShowsTheShop()
    {
        m_console.reset();
        m_services.reset();
        QFile logo(m_dir->filePath(u"aurora.png"_s));
        QVERIFY(logo.open(QIODevice::WriteOnly));
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(QColor(0x7a, 0x3b, 0x12));
        QVERIFY(image.save(&logo, "PNG"));
        logo.close();
        m_dir->writeConfig("[shop]\nname=Café Aurora\nlogo=aurora.png\naccentColor=#7a3b12\n");
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));

        CustomerDisplay display(*m_console);
        display.resize(1024, 640);
        display.show();
        const auto *name = display.findChild<QLabel *>(u"shopName"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), u"Café Aurora"_s);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        const auto *logoLabel = display.findChild<QLabel *>(u"shopLogo"_s);
        QVERIFY(logoLabel && !logoLabel->pixmap().isNull());
        const CheckoutSession session = createSession(u"9.50"_s);
        display.showSession(session);
        QTRY_COMPARE(display.screen(), CustomerDisplay::Screen::Payment);
        const QString folder = qEnvironmentVariable("CRYPTOCHECKOUT_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(display.grab().save(folder + u"/customer-display-shop.png"_s));

        SettingsPage settings(*m_console);
        QCOMPARE(settings.field(u"shop/name"_s)->text(), u"Café Aurora"_s);
        QCOMPARE(settings.field(u"shop/accentColor"_s)->text(), u"#7a3b12"_s);
    }

    void healthBarShowsPriceSourceFailures()
    {
        m_console.reset();
        m_services.reset();
        m_dir->writeConfig(
            "[prices]\nsources=coinbase,fixed\ncoinbaseUrl=http://127.0.0.1:9\ntimeoutSeconds=1\n");
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));
        HealthBar bar(*m_console);
        QTRY_VERIFY_WITH_TIMEOUT(
            (bar.refresh(), bar.priceDetails().contains(u"coinbase: ETH-USD not fresh — "_s)), 10000);
        QVERIFY2(bar.text().contains(u"price ETH-USD 3000 (fixed)"_s), qPrintable(bar.text()));
        QCOMPARE(bar.priceHealth(), Health::Warning);

        m_console.reset();
        m_services.reset();
        m_dir->writeConfig("[prices]\nsources=coinbase\ncoinbaseUrl=http://127.0.0.1:9\ntimeoutSeconds=1\n");
        config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));
        HealthBar failing(*m_console);
        QVERIFY2(failing.text().contains(u"no price for ETH-USD: its new sessions are refused"_s),
                 qPrintable(failing.text()));
        QCOMPARE(failing.priceHealth(), Health::Error);
        QVERIFY2(failing.priceDetails().contains(u"coinbase"_s), qPrintable(failing.priceDetails()));
    }

    // With a stablecoin configured for the chain, the counter can charge in it: the dialog offers it, the
    // session is priced 1:1 in its peg, and the QR is the token transfer a wallet understands.
    // The session detail's "Pay with test wallet" sends a real transaction on the test chain (a Hardhat
    // node here): half leaves the session underpaid, "in full" then pays what is still due.
    void payWithTestWalletFromTheSessionDetail()
    {
        HardhatNode node;
        QString error;
        QVERIFY2(node.start(&error), qPrintable(error));
        m_console.reset();
        m_services.reset();
        m_dir->writeConfig("[chain.31337]\nrpcUrl=" + node.rpcUrl().toString().toUtf8() +
                           "\npollIntervalMs=200\n");
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));
        const CheckoutSession session = createSession(u"10.00"_s);
        SessionDetailWidget detail(*m_console);
        detail.show();
        QSignalSpy loaded(&detail, &SessionDetailWidget::loaded);
        detail.showSession(session.id);
        QVERIFY(loaded.wait(5000)); // read on the console's reader thread, shown when it arrives
        QCOMPARE(detail.sessionId(), session.id);
        QPushButton *pay = nullptr;
        for (QPushButton *button : detail.findChildren<QPushButton *>()) {
            if (button->text() == u"Pay with test wallet"_s)
                pay = button;
        }
        QVERIFY(pay && pay->isVisible() && pay->menu());
        auto payWith = [&](const QString &label, SessionStatus expected) {
            for (QAction *action : pay->menu()->actions()) {
                if (action->text() == label)
                    action->trigger();
            }
            return QTest::qWaitFor(
                [&] {
                    const auto stored = m_services->storage().sessions().byId(session.id);
                    return stored && stored->status == expected && pay->isEnabled();
                },
                15000);
        };
        QVERIFY(payWith(u"Pay half (underpaid)"_s, SessionStatus::Underpaid));
        QVERIFY(payWith(u"Pay in full"_s, SessionStatus::Paid));
        const auto paid = m_services->storage().sessions().byId(session.id);
        QCOMPARE(toQString(paid->amountReceived), toQString(paid->amountDue));
        // Read again, the detail lists both payments with their confirmations.
        detail.reload();
        QTRY_COMPARE_WITH_TIMEOUT(detail.tabs()->tabText(0), u"Payments (2)"_s, 5000);
        QCOMPARE(detail.tabs()->tabText(1), u"Timeline (3)"_s);
    }

    // What cannot be read is said, not left as an empty panel.
    void detailSaysWhatCannotBeRead()
    {
        SessionDetailWidget detail(*m_console);
        detail.show();
        QSignalSpy loaded(&detail, &SessionDetailWidget::loaded);
        detail.showSession(u"cs_missing"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(detail.sessionId(), QString());
        const auto labels = detail.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->isVisible() && label->text() == u"No session cs_missing."_s;
        }));
    }

    void counterChargesInAStablecoin()
    {
        // Without tokens there is nothing to choose: the row is hidden.
        {
            NewSessionDialog plain(*m_console, false);
            QVERIFY(plain.assetBox()->isHidden());
        }
        m_console.reset();
        m_services.reset();
        const QByteArray contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
        m_dir->writeConfig("[chain.31337]\ntokens=TUSD:" + contract + ":6:USD\n");
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));
        NewSessionDialog dialog(*m_console, false);
        dialog.show();
        QVERIFY(!dialog.assetBox()->isHidden());
        QCOMPARE(dialog.assetBox()->count(), 2);
        dialog.assetBox()->setCurrentText(u"TUSD"_s);
        QTest::keyClicks(dialog.amountEdit(), u"12.50"_s);
        dialog.currencyBox()->setCurrentText(u"USD"_s);
        QTest::keyClick(dialog.amountEdit(), Qt::Key_Return);
        QVERIFY2(dialog.createdSession(), qPrintable(dialog.errorLabel()->text()));
        const CheckoutSession session = *dialog.createdSession();
        QCOMPARE(session.asset.symbol, u"TUSD"_s);
        QCOMPARE(toQString(session.amountDue), u"12500000"_s);
        QVERIFY2(dialog.qrWidget()->text().startsWith(u"ethereum:"_s + QString::fromLatin1(contract) +
                                                      u"@31337/transfer?address="_s + session.address),
                 qPrintable(dialog.qrWidget()->text()));
    }

    void qrWidgetSaysWhenItCannotEncode()
    {
        QrWidget qr;
        qr.resize(200, 200);
        qr.setText(QString(8000, u'x')); // beyond any QR version
        QVERIFY(!qr.hasCode());
        QVERIFY(!qr.errorString().isEmpty());
        qr.setText(u"ethereum:0x9858EfFD232B4033E47d90003D41EC34EcaEda94@31337?value=1"_s);
        QVERIFY(qr.hasCode());
        const int modules = QrCode(qr.text()).modules() + 2 * QrCode::kQuietZone;
        QCOMPARE(qr.codeSide() % modules, 0); // whole pixels per module
    }

    void settingsValidation()
    {
        startWithoutConfigFile();
        SettingsPage settings(*m_console);
        QLineEdit *ttl = settings.field(u"checkout/ttlMinutes"_s);
        QVERIFY(ttl);
        QCOMPARE(ttl->text(), u"30"_s);

        ttl->setText(u"0"_s);
        QVERIFY(!settings.save());
        QVERIFY2(settings.messageLabel()->text().contains(u"ttlMinutes"_s),
                 qPrintable(settings.messageLabel()->text()));
        QVERIFY(!QFile::exists(m_services->config().configPath()));

        settings.field(u"live/xpub"_s)->setText(u"not an xpub"_s);
        ttl->setText(u"45"_s);
        QVERIFY(!settings.save());
        QVERIFY2(settings.messageLabel()->text().contains(u"[live] xpub"_s),
                 qPrintable(settings.messageLabel()->text()));
        settings.previewXpub(true);
        QVERIFY(settings.liveXpubPreview()->text().startsWith(u"⚠"_s));

        settings.field(u"live/xpub"_s)->clear();
        QVERIFY2(settings.save(), qPrintable(settings.messageLabel()->text()));
        QVERIFY(settings.messageLabel()->text().contains(u"Restart"_s));
        QSettings file(m_services->config().configPath(), QSettings::IniFormat);
        QCOMPARE(file.value(u"checkout/ttlMinutes"_s).toString(), u"45"_s);
        QVERIFY(!file.contains(u"test/xpub"_s)); // defaults stay out of the file
        QVERIFY(AppConfig::load(m_dir->path()));

        // The test xpub's first address, for comparison with the wallet.
        settings.previewXpub(false);
        QVERIFY2(settings.testXpubPreview()->text().contains(u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s),
                 qPrintable(settings.testXpubPreview()->text()));

        // An RPC URL that answers nothing says so.
        settings.field(u"chain/rpcUrl"_s)->setText(u"http://127.0.0.1:1"_s);
        settings.testRpc();
        QTRY_VERIFY_WITH_TIMEOUT(settings.rpcResult()->text().startsWith(u"⚠"_s), 10000);
    }

    // The price settings are in the form too, checked like the rest; the defaults stay out of the file.
    // What is typed for one chain survives looking at another, and both are saved.
    void settingsCoverPricesAndEveryChain()
    {
        SettingsPage settings(*m_console);
        QCOMPARE(settings.field(u"prices/maxDeviationPercent"_s)->text(), u"3"_s);
        QCOMPARE(settings.field(u"prices/coinbaseUrl"_s)->text(), u"https://api.coinbase.com"_s);
        QCOMPARE(settings.field(u"prices/chainlinkFeeds"_s)->text(),
                 u"1:ETH-USD:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419"_s);
        settings.field(u"prices/maxAgeSeconds"_s)->setText(u"soon"_s);
        QVERIFY(!settings.save());
        QVERIFY2(settings.messageLabel()->text().contains(u"maxAgeSeconds"_s),
                 qPrintable(settings.messageLabel()->text()));
        settings.field(u"prices/maxAgeSeconds"_s)->setText(u"120"_s);
        settings.field(u"prices/maxDeviationPercent"_s)->setText(u"2.5"_s);

        auto *chains = settings.findChild<QComboBox *>();
        QVERIFY(chains);
        const int local = chains->findData(31337);
        const int base = chains->findData(8453);
        QVERIFY(local >= 0 && base >= 0);
        chains->setCurrentIndex(local);
        QCOMPARE(settings.field(u"chain/name"_s)->text(), u"Local dev chain"_s);
        settings.field(u"chain/confirmations"_s)->setText(u"2"_s);
        chains->setCurrentIndex(base);
        QCOMPARE(settings.field(u"chain/symbol"_s)->text(), u"ETH"_s);
        QVERIFY(settings.field(u"chain/tokens"_s)
                    ->text()
                    .startsWith(u"USDC:0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913:6"_s));
        settings.field(u"chain/rpcUrl"_s)->setText(u"https://base.example/rpc"_s);
        chains->setCurrentIndex(local);
        QCOMPARE(settings.field(u"chain/confirmations"_s)->text(), u"2"_s); // kept
        QVERIFY2(settings.save(), qPrintable(settings.messageLabel()->text()));

        QSettings file(m_services->config().configPath(), QSettings::IniFormat);
        QCOMPARE(file.value(u"prices/maxAgeSeconds"_s).toString(), u"120"_s);
        QCOMPARE(file.value(u"prices/maxDeviationPercent"_s).toString(), u"2.5"_s);
        QCOMPARE(file.value(u"chain.31337/confirmations"_s).toString(), u"2"_s);
        QCOMPARE(file.value(u"chain.8453/rpcUrl"_s).toString(), u"https://base.example/rpc"_s);
        QVERIFY(!file.contains(u"prices/coinbaseUrl"_s));
        QVERIFY(!file.contains(u"chain.8453/tokens"_s));
        const auto saved = AppConfig::load(m_dir->path());
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
        QCOMPARE(saved->priceMaxDeviationBasisPoints, 250);
        QCOMPARE(saved->chains.value(31337).confirmations, 2);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
