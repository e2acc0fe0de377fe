#include "Store.h"

#include "Ids.h"
#include "StoreMigrations.h"
#include "StoreSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;
using namespace storesupport;

namespace {
std::atomic<int> g_connectionCounter{0};

const QString kSessionColumns =
    u"id, livemode, link_id, status, chain_id, address, address_index, amount_wei, fiat_minor, "
    u"fiat_currency, "
    "eth_price_usd, rate_pair, rate_value, rate_decimals, rate_source, rate_fetched_at, expires_at, paid_at, "
    "tx_hash, metadata, success_url, cancel_url, return_url, customer_email, checkout_url, created_at, "
    "updated_at, amount_received_wei, needs_attention, eth_usd_source, eth_usd_fetched_at, seq, asset, "
    "token_contract, token_decimals, native_symbol"_s;

CheckoutSession sessionFromQuery(const QSqlQuery &query)
{
    CheckoutSession s;
    s.id = query.value(0).toString();
    s.livemode = query.value(1).toBool();
    s.linkId = nullableString(query.value(2));
    s.status = statusFromName(query.value(3).toString()).value_or(SessionStatus::Failed);
    s.chainId = query.value(4).toLongLong();
    s.address = query.value(5).toString();
    s.addressIndex = query.value(6).toLongLong();
    s.amountDue = wei(query.value(7));
    s.fiat = FiatAmount{query.value(8).toLongLong(), query.value(9).toString()};
    s.nativePriceUsd = query.value(10).toString();
    const QStringList pair = query.value(11).toString().split(u'-');
    s.rate.base = pair.value(0);
    s.rate.quote = pair.value(1);
    s.rate.scaled = wei(query.value(12));
    s.rate.decimals = query.value(13).toUInt();
    s.rateSource = query.value(14).toString();
    s.rateFetchedAtMs = query.value(15).toLongLong();
    s.expiresAtMs = query.value(16).toLongLong();
    s.paidAtMs = optionalInt(query.value(17));
    s.txHash = nullableString(query.value(18));
    s.hasMetadata = !query.value(19).isNull();
    if (s.hasMetadata)
        s.metadata = jsonObject(query.value(19));
    s.successUrl = nullableString(query.value(20));
    s.cancelUrl = nullableString(query.value(21));
    s.returnUrl = nullableString(query.value(22));
    s.customerEmail = nullableString(query.value(23));
    s.checkoutUrl = query.value(24).toString();
    s.createdAtMs = query.value(25).toLongLong();
    s.updatedAtMs = query.value(26).toLongLong();
    s.amountReceived = wei(query.value(27));
    s.needsAttention = query.value(28).toBool();
    s.nativePriceUsdSource = nullableString(query.value(29));
    s.nativePriceUsdFetchedAtMs = query.value(30).toLongLong();
    if (!query.value(33).isNull()) {
        s.asset.symbol = query.value(32).toString();
        s.asset.contract = query.value(33).toString();
        s.asset.decimals = query.value(34).toUInt();
    }
    s.nativeSymbol = query.value(35).toString();
    return s;
}

const QString kLinkColumns =
    u"id, livemode, active, fiat_minor, fiat_currency, description, metadata, success_url, cancel_url, "
    "return_url, url, created_at, updated_at, asset"_s;

PaymentLink linkFromQuery(const QSqlQuery &query)
{
    PaymentLink link;
    link.id = query.value(0).toString();
    link.livemode = query.value(1).toBool();
    link.active = query.value(2).toBool();
    link.fiat = FiatAmount{query.value(3).toLongLong(), query.value(4).toString()};
    link.description = nullableString(query.value(5));
    link.hasMetadata = !query.value(6).isNull();
    if (link.hasMetadata)
        link.metadata = jsonObject(query.value(6));
    link.successUrl = nullableString(query.value(7));
    link.cancelUrl = nullableString(query.value(8));
    link.returnUrl = nullableString(query.value(9));
    link.url = query.value(10).toString();
    link.createdAtMs = query.value(11).toLongLong();
    link.updatedAtMs = query.value(12).toLongLong();
    link.asset = nullableString(query.value(13));
    return link;
}

const QString kApiKeyColumns =
    u"id, name, livemode, kind, hint, hash, created_at, revoked_at, last_used_at"_s;

ApiKey apiKeyFromQuery(const QSqlQuery &query)
{
    ApiKey key;
    key.id = query.value(0).toString();
    key.name = query.value(1).toString();
    key.livemode = query.value(2).toBool();
    key.kind = query.value(3).toString() == u"read_only" ? ApiKey::Kind::ReadOnly : ApiKey::Kind::Secret;
    key.hint = query.value(4).toString();
    key.hash = query.value(5).toByteArray();
    key.createdAtMs = query.value(6).toLongLong();
    key.revokedAtMs = optionalInt(query.value(7));
    key.lastUsedAtMs = optionalInt(query.value(8));
    return key;
}

const QString kEventColumns = u"id, type, session_id, livemode, created_at, payload"_s;

Event eventFromQuery(const QSqlQuery &query)
{
    Event event;
    event.id = query.value(0).toString();
    event.type = query.value(1).toString();
    event.sessionId = nullableString(query.value(2));
    event.livemode = query.value(3).toBool();
    event.createdAtMs = query.value(4).toLongLong();
    event.object = jsonObject(query.value(5));
    return event;
}

const QString kPaymentColumns =
    u"id, session_id, chain_id, tx_hash, log_index, block_number, block_hash, block_timestamp, amount, "
    "from_address, seen_at, token_contract, asset, asset_decimals, cross_checked, cross_check_error"_s;

// The payment columns with the payments table's alias, for joins.
QString qualifiedPaymentColumns()
{
    QStringList columns;
    for (const QString &column : kPaymentColumns.split(u", "_s))
        columns << u"p."_s + column;
    return columns.join(u", "_s);
}

Payment paymentFromQuery(const QSqlQuery &query)
{
    Payment payment;
    payment.id = query.value(0).toLongLong();
    payment.sessionId = query.value(1).toString();
    payment.chainId = query.value(2).toLongLong();
    payment.txHash = nullableString(query.value(3));
    payment.logIndex = query.value(4).toLongLong();
    payment.blockNumber = query.value(5).toLongLong();
    payment.blockHash = query.value(6).toString();
    payment.blockTimestampMs = query.value(7).toLongLong();
    payment.amount = wei(query.value(8));
    payment.fromAddress = nullableString(query.value(9));
    payment.seenAtMs = query.value(10).toLongLong();
    payment.tokenContract = query.value(11).toString();
    payment.assetSymbol = query.value(12).toString();
    payment.assetDecimals = query.value(13).toUInt();
    payment.crossChecked = query.value(14).toBool();
    payment.crossCheckError = nullableString(query.value(15));
    return payment;
}
} // namespace

QString apiKeyKindName(ApiKey::Kind kind)
{
    return kind == ApiKey::Kind::ReadOnly ? u"read_only"_s : u"secret"_s;
}

Store::~Store()
{
    close();
}

void Store::open(const QString &databasePath)
{
    close();
    m_path = databasePath;
    m_connectionName = u"store-%1"_s.arg(g_connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(databasePath);
        // Another process (the `keys` command next to a running server) may hold the write lock briefly.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            const QString message = db.lastError().text();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            throw StoreError(u"Cannot open the database %1: %2"_s.arg(databasePath, message).toStdString());
        }
    }
    try {
        exec(u"PRAGMA journal_mode=WAL"_s);
        // FULL: every commit reaches the disk before the caller is told it happened.
        exec(u"PRAGMA synchronous=FULL"_s);
        exec(u"PRAGMA foreign_keys=ON"_s);
        migrate();
        restrictPermissions();
    } catch (...) {
        close();
        throw;
    }
}

void Store::restrictPermissions() const
{
    // API key hashes, webhook secrets and customers' emails: the owner's only, whatever the umask. The
    // folder too, since it also holds config.ini.
    const QFileInfo database(m_path);
    QFile::setPermissions(database.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void Store::close()
{
    if (m_groupPending) {
        // Closing with a group unanswered: keep its work; whoever waited for announcements is gone.
        m_afterCommit.clear();
        QSqlQuery(database()).exec(u"COMMIT"_s);
        m_groupPending = false;
    }
    m_statements.clear(); // statements go before their connection
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Store::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Store::ChangeToken Store::changeToken()
{
    StoreQuery query(*this, u"PRAGMA data_version"_s);
    auto &result = query.run();
    return {m_localWrites, result.next() ? result.value(0).toLongLong() : -1};
}

Store::ChangeToken Store::apiKeysChangeToken()
{
    ChangeToken token = changeToken();
    token.localWrites = m_localKeyWrites;
    return token;
}

Store::PreparedStatement *Store::preparedStatement(const QString &sql)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second->inUse ? nullptr : found->second.get();
    if (m_statements.size() >= kMaxPreparedStatements)
        return nullptr;
    auto statement = std::make_unique<PreparedStatement>(PreparedStatement{QSqlQuery(database())});
    statement->query.setForwardOnly(true);
    if (!statement->query.prepare(sql))
        return nullptr; // the caller prepares it again and reports the error
    return m_statements.emplace(sql, std::move(statement)).first->second.get();
}

void Store::exec(const QString &sql)
{
    noteWrite(); // migrations, pragmas, rollbacks: assume they changed something
    ++m_localKeyWrites;
    QSqlQuery query(database());
    if (!query.exec(sql))
        throw StoreError(
            u"Database error: %1 (in: %2)"_s.arg(query.lastError().text(), sql.simplified().left(80))
                .toStdString());
}

int Store::schemaVersion()
{
    StoreQuery query(*this, u"PRAGMA user_version"_s);
    auto &result = query.run();
    return result.next() ? result.value(0).toInt() : 0;
}

bool Store::integrityCheck()
{
    StoreQuery query(*this, u"PRAGMA integrity_check"_s);
    auto &result = query.run();
    return result.next() && result.value(0).toString() == u"ok";
}

void Store::migrate()
{
    const auto &steps = storeMigrations();
    const int current = schemaVersion();
    if (current > steps.size()) {
        throw StoreError(
            u"The database %1 was written by a newer version of Crypto Checkout (schema %2; this "
            "version understands up to %3). Upgrade Crypto Checkout, or restore a backup."_s.arg(m_path)
                .arg(current)
                .arg(steps.size())
                .toStdString());
    }
    for (int version = current; version < steps.size(); ++version) {
        transaction([&] {
            for (const QString &statement : steps[version])
                exec(statement);
            exec(u"PRAGMA user_version=%1"_s.arg(version + 1));
        });
    }
}

void Store::transaction(const std::function<void()> &work, Commit commit)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    if (commit == Commit::Grouped && m_groupWindow) {
        if (!m_groupPending) {
            StoreQuery(*this, u"BEGIN IMMEDIATE"_s).run();
            m_groupPending = true;
            ++m_groupSerial;
        }
        const qsizetype callbacksBefore = m_afterCommit.size();
        StoreQuery(*this, u"SAVEPOINT grouped"_s).run();
        m_transactionDepth = 1;
        try {
            work();
            m_transactionDepth = 0;
            StoreQuery(*this, u"RELEASE grouped"_s).run();
        } catch (...) {
            m_transactionDepth = 0;
            noteWrite();
            ++m_localKeyWrites;
            m_afterCommit.resize(callbacksBefore);
            QSqlQuery rollback(database());
            if (!rollback.exec(u"ROLLBACK TO grouped"_s) || !rollback.exec(u"RELEASE grouped"_s))
                rollbackAll(); // the savepoint is gone with the whole group: nothing of it was answered yet
            throw;
        }
        return;
    }
    if (m_groupPending)
        commitGroup();
    StoreQuery(*this, u"BEGIN IMMEDIATE"_s).run();
    m_transactionDepth = 1;
    try {
        work();
        m_transactionDepth = 0;
        StoreQuery(*this, u"COMMIT"_s).run();
    } catch (...) {
        m_transactionDepth = 0;
        rollbackAll();
        throw;
    }
    runCallbacks();
}

void Store::commitGroup()
{
    if (!m_groupPending)
        return;
    try {
        StoreQuery(*this, u"COMMIT"_s).run();
    } catch (...) {
        rollbackAll();
        throw;
    }
    m_groupPending = false;
    runCallbacks();
}

void Store::afterCommit(std::function<void()> fn)
{
    if (m_transactionDepth == 0 && !m_groupPending)
        fn();
    else
        m_afterCommit.append(std::move(fn));
}

void Store::runCallbacks()
{
    while (!m_afterCommit.isEmpty()) {
        const auto callbacks = std::exchange(m_afterCommit, {});
        for (const auto &callback : callbacks)
            callback();
    }
}

void Store::rollbackAll()
{
    noteWrite();
    ++m_localKeyWrites;
    if (m_groupPending)
        m_failedGroups.append(m_groupSerial);
    m_groupPending = false;
    m_afterCommit.clear();
    QSqlQuery rollback(database());
    rollback.exec(u"ROLLBACK"_s);
}

void Store::insertSession(const CheckoutSession &s)
{
    StoreQuery query(
        *this,
        u"INSERT INTO sessions (id, livemode, link_id, status, chain_id, address, address_index, "
        "amount_wei, fiat_minor, fiat_currency, eth_price_usd, rate_pair, rate_value, rate_decimals, "
        "rate_source, rate_fetched_at, expires_at, paid_at, tx_hash, metadata, success_url, cancel_url, "
        "return_url, customer_email, checkout_url, created_at, updated_at, amount_received_wei, "
        "needs_attention, eth_usd_source, eth_usd_fetched_at, asset, token_contract, token_decimals, "
        "native_symbol) "
        "VALUES (:id, :livemode, :link_id, :status, "
        ":chain_id, :address, :address_index, "
        ":amount_wei, :fiat_minor, :fiat_currency, :eth_price_usd, :rate_pair, :rate_value, "
        ":rate_decimals, :rate_source, :rate_fetched_at, :expires_at, :paid_at, :tx_hash, :metadata, "
        ":success_url, :cancel_url, :return_url, :customer_email, :checkout_url, :created_at, "
        ":updated_at, :amount_received_wei, :needs_attention, :eth_usd_source, :eth_usd_fetched_at, :asset, "
        ":token_contract, :token_decimals, :native_symbol)"_s);
    query.bind(u":id"_s, s.id)
        .bind(u":livemode"_s, s.livemode)
        .bind(u":link_id"_s, nullable(s.linkId))
        .bind(u":status"_s, statusName(s.status))
        .bind(u":chain_id"_s, s.chainId)
        .bind(u":address"_s, s.address)
        .bind(u":address_index"_s, s.addressIndex)
        .bind(u":amount_wei"_s, toQString(s.amountDue))
        .bind(u":fiat_minor"_s, s.fiat.minor)
        .bind(u":fiat_currency"_s, s.fiat.currency)
        .bind(u":eth_price_usd"_s, s.nativePriceUsd)
        .bind(u":rate_pair"_s, s.rate.base + u'-' + s.rate.quote)
        .bind(u":rate_value"_s, toQString(s.rate.scaled))
        .bind(u":rate_decimals"_s, s.rate.decimals)
        .bind(u":rate_source"_s, s.rateSource)
        .bind(u":rate_fetched_at"_s, s.rateFetchedAtMs)
        .bind(u":expires_at"_s, s.expiresAtMs)
        .bind(u":paid_at"_s, nullable(s.paidAtMs))
        .bind(u":tx_hash"_s, nullable(s.txHash))
        .bind(u":metadata"_s,
              s.hasMetadata ? QVariant(jsonText(s.metadata)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":success_url"_s, nullable(s.successUrl))
        .bind(u":cancel_url"_s, nullable(s.cancelUrl))
        .bind(u":return_url"_s, nullable(s.returnUrl))
        .bind(u":customer_email"_s, nullable(s.customerEmail))
        .bind(u":checkout_url"_s, s.checkoutUrl)
        .bind(u":created_at"_s, s.createdAtMs)
        .bind(u":updated_at"_s, s.updatedAtMs)
        .bind(u":amount_received_wei"_s, toQString(s.amountReceived))
        .bind(u":needs_attention"_s, s.needsAttention)
        .bind(u":eth_usd_source"_s, nullable(s.nativePriceUsdSource))
        .bind(u":eth_usd_fetched_at"_s, s.nativePriceUsdFetchedAtMs)
        .bind(u":asset"_s, s.asset.isToken() ? s.asset.symbol : s.nativeSymbol)
        .bind(u":native_symbol"_s, s.nativeSymbol)
        .bind(u":token_contract"_s,
              s.asset.isToken() ? QVariant(s.asset.contract) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":token_decimals"_s, s.asset.decimals)
        .run();
}

void Store::updateSession(const CheckoutSession &s)
{
    StoreQuery query(*this, u"UPDATE sessions SET status = :status, amount_received_wei = :received, "
                            "paid_at = :paid_at, tx_hash = :tx_hash, needs_attention = :attention, "
                            "expires_at = :expires_at, updated_at = :updated_at WHERE id = :id"_s);
    auto &result = query.bind(u":status"_s, statusName(s.status))
                       .bind(u":received"_s, toQString(s.amountReceived))
                       .bind(u":paid_at"_s, nullable(s.paidAtMs))
                       .bind(u":tx_hash"_s, nullable(s.txHash))
                       .bind(u":attention"_s, s.needsAttention)
                       .bind(u":expires_at"_s, s.expiresAtMs)
                       .bind(u":updated_at"_s, s.updatedAtMs)
                       .bind(u":id"_s, s.id)
                       .run();
    if (result.numRowsAffected() != 1)
        throw StoreError(u"No session %1 to update."_s.arg(s.id).toStdString());
}

std::optional<CheckoutSession> Store::sessionById(const QString &id)
{
    StoreQuery query(*this, u"SELECT %1 FROM sessions WHERE id = :id"_s.arg(kSessionColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return sessionFromQuery(result);
}

SessionPage Store::listSessions(const SessionQuery &q)
{
    QStringList where{u"livemode = :livemode"_s};
    if (q.status)
        where << u"status = :status"_s;
    if (!q.linkId.isEmpty())
        where << u"link_id = :link_id"_s;
    if (q.createdGteMs)
        where << u"created_at >= :created_gte"_s;
    if (q.createdLteMs)
        where << u"created_at <= :created_lte"_s;
    const bool backwards = !q.endingBefore.isEmpty();
    if (!q.startingAfter.isEmpty())
        where << u"seq < (SELECT seq FROM sessions WHERE id = :cursor)"_s;
    else if (backwards)
        where << u"seq > (SELECT seq FROM sessions WHERE id = :cursor)"_s;
    const QString sql = u"SELECT %1 FROM sessions WHERE %2 ORDER BY seq %3 LIMIT :limit"_s.arg(
        kSessionColumns, where.join(u" AND "_s), backwards ? u"ASC"_s : u"DESC"_s);
    StoreQuery query(*this, sql);
    query.bind(u":livemode"_s, q.livemode).bind(u":limit"_s, q.limit + 1);
    if (q.status)
        query.bind(u":status"_s, statusName(*q.status));
    if (!q.linkId.isEmpty())
        query.bind(u":link_id"_s, q.linkId);
    if (q.createdGteMs)
        query.bind(u":created_gte"_s, *q.createdGteMs);
    if (q.createdLteMs)
        query.bind(u":created_lte"_s, *q.createdLteMs);
    if (!q.startingAfter.isEmpty() || backwards)
        query.bind(u":cursor"_s, backwards ? q.endingBefore : q.startingAfter);
    auto &result = query.run();
    SessionPage page;
    while (result.next())
        page.sessions.append(sessionFromQuery(result));
    page.hasMore = page.sessions.size() > q.limit;
    if (page.hasMore)
        page.sessions.removeLast();
    if (backwards)
        std::reverse(page.sessions.begin(), page.sessions.end());
    return page;
}

QList<CheckoutSession> Store::openSessions()
{
    StoreQuery query(*this, u"SELECT %1 FROM sessions WHERE status NOT IN ('paid', 'paid_late', 'failed') "
                            "ORDER BY seq"_s.arg(kSessionColumns));
    auto &result = query.run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

QList<CheckoutSession> Store::sessionsDueForExpiry(qint64 nowMs)
{
    StoreQuery query(*this, u"SELECT %1 FROM sessions WHERE status IN ('pending', 'underpaid') AND "
                            "expires_at <= :now ORDER BY expires_at"_s.arg(kSessionColumns));
    auto &result = query.bind(u":now"_s, nowMs).run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

std::optional<qint64> Store::nextExpiryMs()
{
    StoreQuery query(*this,
                     u"SELECT MIN(expires_at) FROM sessions WHERE status IN ('pending', 'underpaid')"_s);
    auto &result = query.run();
    if (!result.next() || result.value(0).isNull())
        return std::nullopt;
    return result.value(0).toLongLong();
}

qint64 Store::countSessions()
{
    StoreQuery query(*this, u"SELECT COUNT(*) FROM sessions"_s);
    auto &result = query.run();
    return result.next() ? result.value(0).toLongLong() : 0;
}

QList<Event> Store::saveSessionChange(const CheckoutSession &session, const QStringList &eventTypes,
                                      qint64 nowMs, qint64 headBlockNumber)
{
    QList<Event> events;
    transaction([&] {
        updateSession(session);
        const QJsonObject snapshot = sessionToJson(session, paymentsForSession(session.id), headBlockNumber);
        for (const QString &type : eventTypes) {
            Event event{newObjectId(u"evt"), type, session.id, session.livemode, nowMs, snapshot};
            insertEvent(event);
            events.append(event);
        }
    });
    return events;
}

bool Store::insertPayment(Payment &payment)
{
    StoreQuery exists(
        *this, u"SELECT id FROM payments WHERE session_id = :session AND chain_id = :chain AND "
               "tx_hash IS :tx AND log_index = :log AND (tx_hash IS NOT NULL OR block_number = :block)"_s);
    auto &found = exists.bind(u":session"_s, payment.sessionId)
                      .bind(u":chain"_s, payment.chainId)
                      .bind(u":tx"_s, nullable(payment.txHash))
                      .bind(u":log"_s, payment.logIndex)
                      .bind(u":block"_s, payment.blockNumber)
                      .run();
    if (found.next())
        return false;
    StoreQuery query(
        *this,
        u"INSERT INTO payments (session_id, chain_id, tx_hash, log_index, block_number, block_hash, "
        "block_timestamp, amount, from_address, seen_at, token_contract, asset, asset_decimals) VALUES "
        "(:session, :chain, :tx, :log, :block, :hash, :timestamp, :amount, :from, :seen, :token, :asset, "
        ":decimals)"_s);
    auto &result =
        query.bind(u":session"_s, payment.sessionId)
            .bind(u":chain"_s, payment.chainId)
            .bind(u":tx"_s, nullable(payment.txHash))
            .bind(u":log"_s, payment.logIndex)
            .bind(u":block"_s, payment.blockNumber)
            .bind(u":hash"_s, payment.blockHash)
            .bind(u":timestamp"_s, payment.blockTimestampMs)
            .bind(u":amount"_s, toQString(payment.amount))
            .bind(u":from"_s, nullable(payment.fromAddress))
            .bind(u":seen"_s, payment.seenAtMs)
            .bind(u":token"_s, payment.tokenContract.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                               : QVariant(payment.tokenContract.toLower()))
            .bind(u":asset"_s, nullable(payment.assetSymbol))
            .bind(u":decimals"_s, payment.assetDecimals)
            .run();
    payment.id = result.lastInsertId().toLongLong();
    return true;
}

QList<Payment> Store::paymentsForSession(const QString &sessionId)
{
    StoreQuery query(*this, u"SELECT %1 FROM payments WHERE session_id = :session ORDER BY block_number, "
                            "log_index, id"_s.arg(kPaymentColumns));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<Payment>(result, paymentFromQuery);
}

QList<PaymentToCrossCheck> Store::paymentsToCrossCheck(qint64 chainId, qint64 confirmedUpTo)
{
    // Payments of sessions that have not settled, deep enough to settle on, that no confirmation node has
    // either agreed to or disputed yet.
    StoreQuery query(*this,
                     u"SELECT %1, s.address, s.token_contract, s.asset, s.token_decimals FROM payments p "
                     "JOIN sessions s ON s.id = p.session_id WHERE p.chain_id = :chain AND "
                     "p.block_number <= :upTo AND p.cross_checked = 0 AND p.cross_check_error IS NULL AND "
                     "s.status IN ('pending', 'underpaid', 'detected', 'overpaid', 'expired') ORDER BY "
                     "p.block_number, p.id LIMIT 200"_s.arg(qualifiedPaymentColumns()));
    auto &result = query.bind(u":chain"_s, chainId).bind(u":upTo"_s, confirmedUpTo).run();
    return collect<PaymentToCrossCheck>(result, [](const QSqlQuery &row) {
        PaymentToCrossCheck item;
        item.payment = paymentFromQuery(row);
        item.address = row.value(16).toString();
        if (!row.value(17).isNull())
            item.asset =
                SessionAsset{row.value(18).toString(), row.value(17).toString(), row.value(19).toUInt()};
        return item;
    });
}

void Store::setPaymentCrossCheck(qint64 paymentId, const QString &error)
{
    StoreQuery query(
        *this, u"UPDATE payments SET cross_checked = :agreed, cross_check_error = :error WHERE id = :id"_s);
    query.bind(u":agreed"_s, error.isEmpty())
        .bind(u":error"_s, nullable(error))
        .bind(u":id"_s, paymentId)
        .run();
}

QList<Payment> Store::disputedPayments(qint64 chainId, int limit)
{
    StoreQuery query(*this,
                     u"SELECT %1 FROM payments WHERE chain_id = :chain AND cross_check_error IS NOT NULL "
                     "ORDER BY id DESC LIMIT :limit"_s.arg(kPaymentColumns));
    auto &result = query.bind(u":chain"_s, chainId).bind(u":limit"_s, limit).run();
    return collect<Payment>(result, paymentFromQuery);
}

int Store::removePaymentsAbove(qint64 chainId, qint64 blockNumber)
{
    StoreQuery query(*this, u"DELETE FROM payments WHERE chain_id = :chain AND block_number > :block"_s);
    return query.bind(u":chain"_s, chainId).bind(u":block"_s, blockNumber).run().numRowsAffected();
}

void Store::insertEvent(const Event &event, bool deliver)
{
    StoreQuery query(*this, u"INSERT INTO events (id, type, session_id, livemode, created_at, payload) "
                            "VALUES (:id, :type, :session, :livemode, :created, :payload)"_s);
    query.bind(u":id"_s, event.id)
        .bind(u":type"_s, event.type)
        .bind(u":session"_s, nullable(event.sessionId))
        .bind(u":livemode"_s, event.livemode)
        .bind(u":created"_s, event.createdAtMs)
        .bind(u":payload"_s, jsonText(event.object))
        .run();
    if (deliver)
        createDeliveries(event);
}

QList<Event> Store::eventsForSession(const QString &sessionId)
{
    StoreQuery query(*this,
                     u"SELECT %1 FROM events WHERE session_id = :session ORDER BY seq"_s.arg(kEventColumns));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<Event>(result, eventFromQuery);
}

QList<Event> Store::eventsByIds(const QStringList &ids)
{
    // One statement text whatever the number of ids: they are bound as a JSON array.
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    StoreQuery query(
        *this, u"SELECT %1 FROM events WHERE id IN (SELECT value FROM json_each(:ids))"_s.arg(kEventColumns));
    auto &result =
        query.bind(u":ids"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))).run();
    return collect<Event>(result, eventFromQuery);
}

std::optional<Event> Store::eventById(const QString &id)
{
    StoreQuery query(*this, u"SELECT %1 FROM events WHERE id = :id"_s.arg(kEventColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return eventFromQuery(result);
}

void Store::insertPaymentLink(const PaymentLink &link)
{
    StoreQuery query(
        *this, u"INSERT INTO payment_links (id, livemode, active, fiat_minor, fiat_currency, description, "
               "metadata, success_url, cancel_url, return_url, url, created_at, updated_at, asset) VALUES "
               "(:id, :livemode, :active, :minor, :currency, :description, :metadata, :success, :cancel, "
               ":return, :url, :created, :updated, :asset)"_s);
    query.bind(u":id"_s, link.id)
        .bind(u":livemode"_s, link.livemode)
        .bind(u":active"_s, link.active)
        .bind(u":minor"_s, link.fiat.minor)
        .bind(u":currency"_s, link.fiat.currency)
        .bind(u":description"_s, nullable(link.description))
        .bind(u":metadata"_s,
              link.hasMetadata ? QVariant(jsonText(link.metadata)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":success"_s, nullable(link.successUrl))
        .bind(u":cancel"_s, nullable(link.cancelUrl))
        .bind(u":return"_s, nullable(link.returnUrl))
        .bind(u":url"_s, link.url)
        .bind(u":created"_s, link.createdAtMs)
        .bind(u":updated"_s, link.updatedAtMs)
        .bind(u":asset"_s, nullable(link.asset))
        .run();
}

void Store::updatePaymentLink(const PaymentLink &link)
{
    StoreQuery query(
        *this,
        u"UPDATE payment_links SET active = :active, fiat_minor = :minor, fiat_currency = :currency, "
        "description = :description, metadata = :metadata, success_url = :success, cancel_url = :cancel, "
        "return_url = :return, updated_at = :updated, asset = :asset WHERE id = :id"_s);
    query.bind(u":id"_s, link.id)
        .bind(u":active"_s, link.active)
        .bind(u":minor"_s, link.fiat.minor)
        .bind(u":currency"_s, link.fiat.currency)
        .bind(u":description"_s, nullable(link.description))
        .bind(u":metadata"_s,
              link.hasMetadata ? QVariant(jsonText(link.metadata)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":success"_s, nullable(link.successUrl))
        .bind(u":cancel"_s, nullable(link.cancelUrl))
        .bind(u":return"_s, nullable(link.returnUrl))
        .bind(u":updated"_s, link.updatedAtMs)
        .bind(u":asset"_s, nullable(link.asset))
        .run();
}

std::optional<PaymentLink> Store::paymentLinkById(const QString &id)
{
    StoreQuery query(*this, u"SELECT %1 FROM payment_links WHERE id = :id"_s.arg(kLinkColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return linkFromQuery(result);
}

QList<PaymentLink> Store::listPaymentLinks(bool livemode, int limit, const QString &startingAfter,
                                           bool *hasMore)
{
    QString sql = u"SELECT %1 FROM payment_links WHERE livemode = :livemode"_s.arg(kLinkColumns);
    if (!startingAfter.isEmpty())
        sql += u" AND seq < (SELECT seq FROM payment_links WHERE id = :cursor)"_s;
    sql += u" ORDER BY seq DESC LIMIT :limit"_s;
    StoreQuery query(*this, sql);
    query.bind(u":livemode"_s, livemode).bind(u":limit"_s, limit + 1);
    if (!startingAfter.isEmpty())
        query.bind(u":cursor"_s, startingAfter);
    auto &result = query.run();
    QList<PaymentLink> links;
    while (result.next())
        links.append(linkFromQuery(result));
    if (hasMore)
        *hasMore = links.size() > limit;
    if (links.size() > limit)
        links.removeLast();
    return links;
}

void Store::insertApiKey(const ApiKey &key)
{
    ++m_localKeyWrites;
    StoreQuery query(*this, u"INSERT INTO api_keys (id, name, livemode, kind, hint, hash, created_at) VALUES "
                            "(:id, :name, :livemode, :kind, :hint, :hash, :created)"_s);
    query.bind(u":id"_s, key.id)
        .bind(u":name"_s, key.name)
        .bind(u":livemode"_s, key.livemode)
        .bind(u":kind"_s, apiKeyKindName(key.kind))
        .bind(u":hint"_s, key.hint)
        .bind(u":hash"_s, key.hash)
        .bind(u":created"_s, key.createdAtMs)
        .run();
}

QList<ApiKey> Store::listApiKeys()
{
    StoreQuery query(*this, u"SELECT %1 FROM api_keys ORDER BY created_at, id"_s.arg(kApiKeyColumns));
    auto &result = query.run();
    return collect<ApiKey>(result, apiKeyFromQuery);
}

QList<ApiKey> Store::apiKeysByHint(const QString &hint)
{
    StoreQuery query(*this, u"SELECT %1 FROM api_keys WHERE hint = :hint"_s.arg(kApiKeyColumns));
    auto &result = query.bind(u":hint"_s, hint).run();
    return collect<ApiKey>(result, apiKeyFromQuery);
}

void Store::touchApiKey(const QString &id, qint64 nowMs)
{
    ++m_localKeyWrites;
    StoreQuery query(*this, u"UPDATE api_keys SET last_used_at = :now WHERE id = :id"_s);
    query.bind(u":now"_s, nowMs).bind(u":id"_s, id).run();
}

bool Store::revokeApiKey(const QString &id, qint64 nowMs)
{
    ++m_localKeyWrites;
    StoreQuery query(*this, u"UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL"_s);
    return query.bind(u":now"_s, nowMs).bind(u":id"_s, id).run().numRowsAffected() == 1;
}

std::optional<IdempotencyRecord> Store::idempotencyRecord(const QString &apiKeyId, const QString &key)
{
    StoreQuery query(*this, u"SELECT request_hash, status_code, response, created_at FROM idempotency_keys "
                            "WHERE api_key_id = :api AND key = :key"_s);
    auto &result = query.bind(u":api"_s, apiKeyId).bind(u":key"_s, key).run();
    if (!result.next())
        return std::nullopt;
    IdempotencyRecord record;
    record.requestHash = result.value(0).toByteArray();
    if (!result.value(1).isNull())
        record.status = result.value(1).toInt();
    record.response = result.value(2).toString().toUtf8();
    record.createdAtMs = result.value(3).toLongLong();
    return record;
}

bool Store::claimIdempotencyKey(const QString &apiKeyId, const QString &key, const QByteArray &requestHash,
                                qint64 nowMs, qint64 abandonedBeforeMs)
{
    bool claimed = false;
    transaction([&] {
        StoreQuery remove(*this, u"DELETE FROM idempotency_keys WHERE api_key_id = :api AND key = :key AND "
                                 "status_code IS NULL AND created_at < :abandoned"_s);
        remove.bind(u":api"_s, apiKeyId).bind(u":key"_s, key).bind(u":abandoned"_s, abandonedBeforeMs).run();
        StoreQuery insert(*this, u"INSERT OR IGNORE INTO idempotency_keys (api_key_id, key, request_hash, "
                                 "created_at) VALUES (:api, :key, :hash, :now)"_s);
        claimed = insert.bind(u":api"_s, apiKeyId)
                      .bind(u":key"_s, key)
                      .bind(u":hash"_s, requestHash)
                      .bind(u":now"_s, nowMs)
                      .run()
                      .numRowsAffected() == 1;
    });
    return claimed;
}

void Store::completeIdempotencyKey(const QString &apiKeyId, const QString &key, int status,
                                   const QByteArray &response)
{
    StoreQuery query(*this, u"UPDATE idempotency_keys SET status_code = :status, response = :response WHERE "
                            "api_key_id = :api AND key = :key"_s);
    query.bind(u":status"_s, status)
        .bind(u":response"_s, QString::fromUtf8(response))
        .bind(u":api"_s, apiKeyId)
        .bind(u":key"_s, key)
        .run();
}

void Store::releaseIdempotencyKey(const QString &apiKeyId, const QString &key)
{
    StoreQuery query(*this, u"DELETE FROM idempotency_keys WHERE api_key_id = :api AND key = :key"_s);
    query.bind(u":api"_s, apiKeyId).bind(u":key"_s, key).run();
}

int Store::purgeIdempotencyKeys(qint64 createdBeforeMs)
{
    StoreQuery query(*this, u"DELETE FROM idempotency_keys WHERE created_at < :before"_s);
    return query.bind(u":before"_s, createdBeforeMs).run().numRowsAffected();
}

qint64 Store::takeNextAddressIndex(const QString &xpubFingerprint)
{
    StoreQuery upsert(*this, u"INSERT INTO address_indexes (xpub_fingerprint, next_index) VALUES (:fp, 1) "
                             "ON CONFLICT(xpub_fingerprint) DO UPDATE SET next_index = next_index + 1 "
                             "RETURNING next_index - 1"_s);
    auto &result = upsert.bind(u":fp"_s, xpubFingerprint).run();
    if (!result.next())
        throw StoreError("Could not allocate a deposit address index.");
    return result.value(0).toLongLong();
}

std::optional<ChainCursor> Store::chainCursor(qint64 chainId)
{
    StoreQuery query(*this, u"SELECT block_number, block_hash FROM chain_cursors WHERE chain_id = :chain"_s);
    auto &result = query.bind(u":chain"_s, chainId).run();
    if (!result.next())
        return std::nullopt;
    return ChainCursor{chainId, result.value(0).toLongLong(), result.value(1).toString()};
}

void Store::saveChainCursor(const ChainCursor &cursor)
{
    StoreQuery query(*this,
                     u"INSERT INTO chain_cursors (chain_id, block_number, block_hash, updated_at) VALUES "
                     "(:chain, :number, :hash, strftime('%s','now') * 1000) ON CONFLICT(chain_id) DO "
                     "UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash, "
                     "updated_at = excluded.updated_at"_s);
    query.bind(u":chain"_s, cursor.chainId)
        .bind(u":number"_s, cursor.blockNumber)
        .bind(u":hash"_s, cursor.blockHash.isNull() ? u""_s : cursor.blockHash)
        .run();
}

void Store::saveChainBlocks(qint64 chainId, const QList<ChainBlock> &blocks, int keep)
{
    if (blocks.isEmpty())
        return;
    StoreQuery insert(*this,
                      u"INSERT OR REPLACE INTO chain_blocks (chain_id, number, hash, timestamp) VALUES "
                      "(:chain, :number, :hash, :timestamp)"_s);
    for (const ChainBlock &block : blocks) {
        insert.bind(u":chain"_s, chainId)
            .bind(u":number"_s, block.number)
            .bind(u":hash"_s, block.hash)
            .bind(u":timestamp"_s, block.timestampMs)
            .run();
    }
    StoreQuery prune(*this, u"DELETE FROM chain_blocks WHERE chain_id = :chain AND number <= :oldest"_s);
    prune.bind(u":chain"_s, chainId).bind(u":oldest"_s, blocks.last().number - keep).run();
}

QList<ChainBlock> Store::recentChainBlocks(qint64 chainId, int limit)
{
    StoreQuery query(*this,
                     u"SELECT number, hash, timestamp FROM chain_blocks WHERE chain_id = :chain ORDER BY "
                     "number DESC LIMIT :limit"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":limit"_s, limit).run();
    return collect<ChainBlock>(result, [](const QSqlQuery &row) {
        return ChainBlock{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toLongLong()};
    });
}

void Store::deleteChainBlocksAbove(qint64 chainId, qint64 number)
{
    StoreQuery query(*this, u"DELETE FROM chain_blocks WHERE chain_id = :chain AND number > :number"_s);
    query.bind(u":chain"_s, chainId).bind(u":number"_s, number).run();
}

QList<WatchedAddress> Store::watchedAddresses(qint64 chainId, qint64 sinceMs)
{
    StoreQuery query(*this,
                     u"SELECT id, address, token_contract IS NOT NULL FROM sessions WHERE chain_id = :chain "
                     "AND status != 'failed' AND "
                     "(created_at >= :since OR status NOT IN ('paid', 'paid_late', 'expired'))"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":since"_s, sinceMs).run();
    return collect<WatchedAddress>(result, [](const QSqlQuery &row) {
        return WatchedAddress{row.value(0).toString(), row.value(1).toString(), row.value(2).toBool()};
    });
}

QList<CheckoutSession> Store::sessionsAwaitingChain(qint64 chainId)
{
    StoreQuery query(
        *this, u"SELECT %1 FROM sessions WHERE chain_id = :chain AND (status IN ('detected', "
               "'overpaid') OR (status IN ('expired', 'underpaid') AND amount_received_wei != '0'))"_s.arg(
                   kSessionColumns));
    auto &result = query.bind(u":chain"_s, chainId).run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

QList<CheckoutSession> Store::sessionsToReconcile(qint64 chainId, qint64 sinceMs, bool includeExpired)
{
    StoreQuery query(*this, u"SELECT %1 FROM sessions WHERE chain_id = :chain AND status IN ('pending', "
                            "'underpaid', 'detected', 'overpaid'%2) AND created_at >= :since"_s.arg(
                                kSessionColumns, includeExpired ? u", 'expired'"_s : u""_s));
    auto &result = query.bind(u":chain"_s, chainId).bind(u":since"_s, sinceMs).run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

QStringList Store::sessionIdsWithPaymentsAbove(qint64 chainId, qint64 blockNumber)
{
    StoreQuery query(*this, u"SELECT DISTINCT session_id FROM payments WHERE chain_id = :chain AND "
                            "block_number > :block"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":block"_s, blockNumber).run();
    return collect<QString>(result, [](const QSqlQuery &row) { return row.value(0).toString(); });
}
