// Baseline for the POST benchmarks: a bare insert-and-commit loop, one BEGIN … COMMIT per row, with
// exactly the server's durability settings, on a fresh SQLite file or on an empty PostgreSQL database
// (a postgresql:// URL). The database is opened through Database::open (so WAL and synchronous=FULL, or
// synchronous_commit, and the schema are the ones the server uses, and follow them if they change); the
// loop itself is raw Qt Sql on the sessions table, one prepared statement, with rows as wide as a real
// session. Runs for --rows N or --seconds S, whichever comes first (with --append, on a file an earlier run
// made, after its rows: a measurement taken in slices), then prints one parseable line:
//   BARE_SQLITE rows=… seconds=… rows_per_sec=… p50_ms=… p99_ms=… journal_mode=… synchronous=…
//   BARE_POSTGRESQL rows=… seconds=… rows_per_sec=… p50_ms=… p99_ms=… synchronous_commit=… fsync=…
#include "DatabaseUrl.h"
#include "Storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void fail(const QString &what, const QSqlQuery &query)
{
    std::fprintf(stderr, "bench_bare_insert: %s: %s\n", qPrintable(what),
                 qPrintable(query.lastError().text()));
    std::exit(1);
}

void exec(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        fail(sql, query);
}

QString pragma(const QSqlDatabase &database, const QString &name)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        fail(name, query);
    return query.value(0).toString();
}

QString synchronousName(const QString &level)
{
    static const QStringList names{u"OFF"_s, u"NORMAL"_s, u"FULL"_s, u"EXTRA"_s};
    bool ok = false;
    const int index = level.toInt(&ok);
    return ok && index >= 0 && index < names.size() ? names[index] : level;
}

double percentileMs(const std::vector<qint64> &sortedNs, double fraction)
{
    if (sortedNs.empty())
        return 0;
    const auto index = static_cast<size_t>(fraction * static_cast<double>(sortedNs.size() - 1) + 0.5);
    return static_cast<double>(sortedNs[std::min(index, sortedNs.size() - 1)]) / 1e6;
}

// Values as wide as those of a real ad-hoc session of 12.34 USD (ids, EIP-55 address, URLs, amounts).
void bindRow(QSqlQuery &insert, qint64 n, qint64 nowMs)
{
    const QString id = u"cs_bench%1"_s.arg(n, 16, 10, QLatin1Char('0'));
    const QString address = u"0x%1"_s.arg(n, 40, 16, QLatin1Char('0'));
    const QVariant null(QMetaType::fromType<QString>());
    const QList<QVariant> values{
        id,
        0, // flags are 0 and 1 on both engines
        null,
        u"pending"_s,
        31337,
        address,
        n,
        u"4113333340000000"_s,
        1234,
        u"USD"_s,
        u"3000"_s,
        u"ETH-USD"_s,
        u"300000"_s,
        2,
        u"fixed"_s,
        nowMs,
        nowMs + 1'800'000,
        QVariant(QMetaType::fromType<qint64>()),
        null,
        null,
        null,
        null,
        null,
        null,
        u"http://127.0.0.1:8420/checkout/"_s + id,
        nowMs,
        nowMs,
        u"0"_s,
        0, // flags are 0 and 1 on both engines
    };
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values[i]);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Durable insert-and-commit loop with the server's settings."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"database"_s,
                                 u"A database file to create (must not exist, unless --append)."_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Stop after N rows (default: no limit)."_s, u"N"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Stop after S seconds (default 10)."_s, u"S"_s,
                                           u"10"_s);
    const QCommandLineOption appendOption(u"append"_s,
                                          u"Go on after the rows of an earlier run on the same database."_s);
    parser.addOptions({rowsOption, secondsOption, appendOption});
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    bool rowsOk = true;
    bool secondsOk = true;
    const qint64 maxRows = parser.isSet(rowsOption) ? parser.value(rowsOption).toLongLong(&rowsOk)
                                                    : std::numeric_limits<qint64>::max();
    const double seconds = parser.value(secondsOption).toDouble(&secondsOk);
    if (positional.size() != 1 || !rowsOk || !secondsOk || maxRows < 1 || seconds <= 0)
        parser.showHelp(2);
    const QString path = positional.first();
    const bool postgres = DatabaseUrl::isServerUrl(path);
    const bool append = parser.isSet(appendOption);
    if (!postgres && !append && QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_bare_insert: %s exists; give a fresh file\n", qPrintable(path));
        return 2;
    }

    Storage store;
    try {
        store.open(path); // the server's pragmas and schema
    } catch (const StorageError &error) {
        std::fprintf(stderr, "bench_bare_insert: %s\n", error.what());
        return 1;
    }
    const QSqlDatabase database = store.db().connection();
    QSqlQuery insert(database);
    if (!insert.prepare(
            u"INSERT INTO sessions (id, livemode, link_id, status, chain_id, address, address_index, "
            "amount_wei, fiat_minor, fiat_currency, eth_price_usd, rate_pair, rate_value, rate_decimals, "
            "rate_source, rate_fetched_at, expires_at, paid_at, tx_hash, metadata, success_url, cancel_url, "
            "return_url, customer_email, checkout_url, created_at, updated_at, amount_received_wei, "
            "needs_attention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, "
            "?, ?, ?, ?, ?)"_s))
        fail(u"prepare"_s, insert);

    qint64 first = 0; // the rows' numbers (ids and addresses) go on after an earlier run's
    if (append) {
        QSqlQuery count(database);
        if (!count.exec(u"SELECT COUNT(*) FROM sessions"_s) || !count.next())
            fail(u"count"_s, count);
        first = count.value(0).toLongLong();
    }
    std::vector<qint64> commitNs;
    commitNs.reserve(100'000);
    const qint64 budgetNs = static_cast<qint64>(seconds * 1e9);
    QElapsedTimer total;
    total.start();
    QElapsedTimer one;
    for (qint64 n = first; n - first < maxRows && total.nsecsElapsed() < budgetNs; ++n) {
        one.start();
        exec(database, postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
        bindRow(insert, n, QDateTime::currentMSecsSinceEpoch());
        if (!insert.exec())
            fail(u"insert"_s, insert);
        exec(database, u"COMMIT"_s);
        commitNs.push_back(one.nsecsElapsed());
    }
    const double elapsed = static_cast<double>(total.nsecsElapsed()) / 1e9;
    std::sort(commitNs.begin(), commitNs.end());
    if (postgres) {
        auto show = [&](const QString &name) {
            QSqlQuery query(database);
            if (!query.exec(u"SHOW "_s + name) || !query.next())
                fail(name, query);
            return query.value(0).toString();
        };
        std::printf("BARE_POSTGRESQL rows=%zu seconds=%.2f rows_per_sec=%.1f p50_ms=%.3f p99_ms=%.3f "
                    "synchronous_commit=%s fsync=%s\n",
                    commitNs.size(), elapsed, static_cast<double>(commitNs.size()) / elapsed,
                    percentileMs(commitNs, 0.50), percentileMs(commitNs, 0.99),
                    qPrintable(show(u"synchronous_commit"_s)), qPrintable(show(u"fsync"_s)));
        insert.finish();
        return 0;
    }
    std::printf("BARE_SQLITE rows=%zu seconds=%.2f rows_per_sec=%.1f p50_ms=%.3f p99_ms=%.3f journal_mode=%s "
                "synchronous=%s\n",
                commitNs.size(), elapsed, static_cast<double>(commitNs.size()) / elapsed,
                percentileMs(commitNs, 0.50), percentileMs(commitNs, 0.99),
                qPrintable(pragma(database, u"journal_mode"_s)),
                qPrintable(synchronousName(pragma(database, u"synchronous"_s))));
    insert.finish();
    return 0;
}
