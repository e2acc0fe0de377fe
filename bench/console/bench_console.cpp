// Measures the merchant console against a database of N sessions (default 1,000,000), in one run:
//   - open the main window until the sessions table shows its first page,
//   - apply a status filter until the first filtered page is shown,
//   - scroll to the end until the last row is shown,
//   - clear the filter and sort all sessions by fiat amount until the first sorted page is shown,
//   - peak memory (VmHWM),
// each next to a plain SELECT of the same page on the same database in the same run.
// Usage: bench_console [sessions] (QT_QPA_PLATFORM defaults to offscreen).
#include "Backend.h"
#include "ConsoleServices.h"
#include "MainWindow.h"
#include "SessionTableModel.h"
#include "SessionsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Sessions older than the checkout window are settled; only the last half hour can still be open.
const char *const kSettled[] = {"paid", "paid", "paid", "paid", "expired", "expired", "paid_late", "failed"};
const char *const kOpen[] = {"pending", "pending", "detected", "underpaid", "paid"};

qint64 procStatusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Runs the event loop until done() is true; returns the elapsed milliseconds (or -1 on timeout).
double waitUntil(const std::function<bool()> &done, const QElapsedTimer &timer, int timeoutMs = 120000)
{
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return -1;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return timer.nsecsElapsed() / 1e6;
}

void fill(Storage &store, qint64 count)
{
    // Bulk load: no fsync per spilled page (a modest cache, so peak memory below is the console's).
    QSqlQuery(u"PRAGMA synchronous = OFF"_s, store.db().connection());
    QSqlQuery(u"PRAGMA cache_size = -16384"_s, store.db().connection());
    QRandomGenerator random(42);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - count * 2000; // one every 2 s
    store.transaction([&] {
        QSqlQuery insert(store.db().connection());
        insert.prepare(
            u"INSERT INTO sessions (id, livemode, status, chain_id, address, address_index, amount_wei, "
            "fiat_minor, fiat_currency, eth_price_usd, rate_pair, rate_value, rate_decimals, "
            "rate_source, rate_fetched_at, expires_at, paid_at, tx_hash, metadata, customer_email, "
            "checkout_url, created_at, updated_at, amount_received_wei, needs_attention) VALUES "
            "(?, 0, ?, 31337, ?, ?, ?, ?, ?, '3000', ?, ?, 2, 'fixed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 created = start + i * 2000;
            const bool recent = created > QDateTime::currentMSecsSinceEpoch() - 25 * 60'000;
            const QString status =
                QString::fromLatin1(recent ? kOpen[random.bounded(int(std::size(kOpen)))]
                                           : kSettled[random.bounded(int(std::size(kSettled)))]);
            const qint64 cents = 100 + random.bounded(50000);
            const bool euro = random.bounded(4) == 0;
            // wei = cents / 100 / 3000 ETH, rounded to 8 decimals: cents * 10^16 / 3000 rounded up to 10^10.
            const quint64 units = (quint64(cents) * 1'000'000 + 2999) / 3000; // 10^-8 ETH
            const QString wei = QString::number(units) + u"0000000000"_s;
            const bool paid = status.startsWith(u"paid"_s);
            insert.addBindValue(u"cs_bench%1"_s.arg(i, 16, 10, QChar(u'0')));
            insert.addBindValue(status);
            insert.addBindValue(
                u"0x%1"_s.arg(QString::number(quint64(i) * 2654435761u + 1, 16).rightJustified(40, u'0')));
            insert.addBindValue(i);
            insert.addBindValue(wei);
            insert.addBindValue(cents);
            insert.addBindValue(euro ? u"EUR"_s : u"USD"_s);
            insert.addBindValue(euro ? u"ETH-EUR"_s : u"ETH-USD"_s);
            insert.addBindValue(euro ? u"276000"_s : u"300000"_s);
            insert.addBindValue(created);
            insert.addBindValue(created + 30 * 60'000);
            insert.addBindValue(paid ? QVariant(created + 60'000) : QVariant(QMetaType::fromType<qint64>()));
            insert.addBindValue(paid
                                    ? QVariant(u"0x%1"_s.arg(QString::number(i, 16).rightJustified(64, u'0')))
                                    : QVariant(QMetaType::fromType<QString>()));
            insert.addBindValue(u"{\"orderId\":\"%1\"}"_s.arg(100000 + i));
            insert.addBindValue(random.bounded(3) == 0 ? QVariant(u"customer%1@example.com"_s.arg(i % 5000))
                                                       : QVariant(QMetaType::fromType<QString>()));
            insert.addBindValue(u"http://127.0.0.1:8420/checkout/cs_bench%1"_s.arg(i));
            insert.addBindValue(created);
            insert.addBindValue(created);
            insert.addBindValue(paid ? wei : u"0"_s);
            if (!insert.exec())
                throw StorageError(insert.lastError().text().toStdString());
        }
    });
    QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, store.db().connection());
}

// The same page the console shows, as one plain statement on the GUI thread's connection.
double plainSelect(Storage &store, const QString &where, const QString &order, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(store.db().connection());
    query.prepare(
        u"SELECT seq, id, status, livemode, created_at, expires_at, fiat_currency, fiat_minor, amount_wei, "
        "address, customer_email, needs_attention FROM sessions WHERE %1 ORDER BY %2 LIMIT %3"_s
            .arg(where, order)
            .arg(SessionTableModel::kPageSize));
    query.exec();
    *rows = 0;
    while (query.next())
        ++*rows;
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dataDir;
    auto config = AppConfig::load(dataDir.path(), u"127.0.0.1:0"_s);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error()));
        return 1;
    }

    QElapsedTimer fillTimer;
    fillTimer.start();
    {
        Storage store;
        store.open(config->databaseLocation());
        fill(store, count);
    }
    std::printf("filled %lld sessions in %.1f s (%.0f MB on disk)\n", count, fillTimer.elapsed() / 1000.0,
                QFileInfo(config->databaseLocation()).size() / 1e6);
    const qint64 rssBeforeKb = procStatusKb("VmRSS:");

    SystemClock clock;
    Backend backend(*config, clock);
    backend.start();
    ConsoleServices console(backend.services(), backend.baseUrl());
    const qint64 rssBackendKb = procStatusKb("VmRSS:");

    // 1. Open the main window to a filled first page.
    QElapsedTimer timer;
    timer.start();
    MainWindow window(console);
    window.resize(1280, 800);
    window.show();
    SessionsPage *page = window.sessionsPage();
    SessionTableModel *model = page->model();
    const double openMs = waitUntil([&] { return model->isLoaded(0) && model->rowCount() > 0; }, timer);
    int rows = 0;
    const double openPlainMs = plainSelect(backend.store(), u"livemode = 0"_s, u"seq DESC"_s, &rows);
    timer.restart();
    const double countMs = waitUntil([&] { return model->isCountKnown(); }, timer);
    std::printf("rows in table: %d\n", model->rowCount());

    // 2. Apply a status filter (Paid), to its first page.
    timer.restart();
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findText(u"Paid"_s));
    const double filterMs = waitUntil(
        [&] {
            return model->query().status == SessionStatus::Paid && model->isLoaded(0) &&
                   model->rowCount() > 0;
        },
        timer);
    const double filterPlainMs =
        plainSelect(backend.store(), u"livemode = 0 AND status = 'paid'"_s, u"seq DESC"_s, &rows);
    timer.restart();
    const double filterCountMs = waitUntil([&] { return model->isCountKnown(); }, timer);
    const int filteredRows = model->rowCount();

    // 3. Scroll to the end (the oldest paid session), until the last row is shown.
    timer.restart();
    page->table()->scrollToBottom();
    const double endMs = waitUntil([&] { return model->isLoaded(model->rowCount() - 1); }, timer);
    const double endPlainMs =
        plainSelect(backend.store(), u"livemode = 0 AND status = 'paid'"_s, u"seq ASC"_s, &rows);

    // 4. Clear the filter and sort every session by fiat amount (no index serves it: a full sort).
    page->statusFilter()->setCurrentIndex(0);
    waitUntil([&] { return !model->query().status && model->isLoaded(0); }, timer);
    timer.restart();
    page->table()->sortByColumn(SessionTableModel::Fiat, Qt::DescendingOrder);
    const double sortMs = waitUntil(
        [&] {
            return model->query().sortKey == SessionListQuery::SortKey::Fiat && model->isLoaded(0) &&
                   model->rowCount() > 0;
        },
        timer);
    const double sortPlainMs = plainSelect(backend.store(), u"livemode = 0"_s,
                                           u"fiat_currency DESC, fiat_minor DESC, seq DESC"_s, &rows);

    const qint64 peakKb = procStatusKb("VmHWM:");
    std::printf("\n%-44s %10s %14s %8s\n", "step (console, GUI thread waits)", "console", "plain SELECT",
                "ratio");
    auto line = [](const char *name, double console, double plain) {
        std::printf("%-44s %8.1f ms %11.2f ms %7.1fx\n", name, console, plain,
                    plain > 0 ? console / plain : 0.0);
    };
    line("open main window -> first page", openMs, openPlainMs);
    line("status filter (paid) -> first page", filterMs, filterPlainMs);
    line("scroll to end -> last page", endMs, endPlainMs);
    line("sort all by fiat amount -> first page", sortMs, sortPlainMs);
    std::printf("%-44s %8.1f ms  (all %lld rows)\n", "count, after the first page", countMs, count);
    std::printf("%-44s %8.1f ms  (%d rows)\n", "filtered count, after its first page", filterCountMs,
                filteredRows);
    std::printf("%-44s %8.1f MB  (RSS %.1f MB before the backend, %.1f MB before the window)\n",
                "peak memory (VmHWM)", peakKb / 1024.0, rssBeforeKb / 1024.0, rssBackendKb / 1024.0);
    std::printf("%-44s %8.1f MB\n", "resident memory at the end (VmRSS)", procStatusKb("VmRSS:") / 1024.0);
    window.close();
    return 0;
}
