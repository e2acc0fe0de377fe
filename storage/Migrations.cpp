#include "Migrations.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps{
        // 1: everything the first release needs.
        {
            uR"(CREATE TABLE sessions (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                livemode INTEGER NOT NULL,
                link_id TEXT,
                status TEXT NOT NULL,
                chain_id INTEGER NOT NULL,
                asset TEXT NOT NULL DEFAULT 'ETH',
                address TEXT NOT NULL,
                address_index INTEGER NOT NULL,
                amount_wei TEXT NOT NULL,
                fiat_minor INTEGER NOT NULL,
                fiat_currency TEXT NOT NULL,
                eth_price_usd TEXT NOT NULL,
                rate_pair TEXT NOT NULL,
                rate_value TEXT NOT NULL,
                rate_decimals INTEGER NOT NULL,
                rate_source TEXT NOT NULL,
                rate_fetched_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL,
                paid_at INTEGER,
                tx_hash TEXT,
                metadata TEXT,
                success_url TEXT,
                cancel_url TEXT,
                return_url TEXT,
                customer_email TEXT,
                checkout_url TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                amount_received_wei TEXT NOT NULL DEFAULT '0',
                needs_attention INTEGER NOT NULL DEFAULT 0))"_s,
            u"CREATE INDEX sessions_by_mode ON sessions(livemode, seq)"_s,
            u"CREATE INDEX sessions_by_status ON sessions(livemode, status, seq)"_s,
            u"CREATE INDEX sessions_by_link ON sessions(link_id, seq)"_s,
            u"CREATE INDEX sessions_by_address ON sessions(chain_id, address)"_s,
            u"CREATE INDEX sessions_by_expiry ON sessions(status, expires_at)"_s,
            u"CREATE UNIQUE INDEX sessions_address_unique ON sessions(livemode, address)"_s,
            uR"(CREATE TABLE payments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id TEXT NOT NULL REFERENCES sessions(id),
                chain_id INTEGER NOT NULL,
                tx_hash TEXT,
                log_index INTEGER NOT NULL DEFAULT -1,
                block_number INTEGER NOT NULL,
                block_hash TEXT NOT NULL,
                block_timestamp INTEGER NOT NULL,
                amount TEXT NOT NULL,
                from_address TEXT,
                seen_at INTEGER NOT NULL))"_s,
            u"CREATE UNIQUE INDEX payments_unique ON payments(session_id, chain_id, tx_hash, log_index)"_s,
            u"CREATE INDEX payments_by_block ON payments(chain_id, block_number)"_s,
            uR"(CREATE TABLE payment_links (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                livemode INTEGER NOT NULL,
                active INTEGER NOT NULL,
                fiat_minor INTEGER NOT NULL,
                fiat_currency TEXT NOT NULL,
                description TEXT,
                metadata TEXT,
                success_url TEXT,
                cancel_url TEXT,
                return_url TEXT,
                url TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL,
                session_id TEXT,
                livemode INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                payload TEXT NOT NULL))"_s,
            u"CREATE INDEX events_by_session ON events(session_id, seq)"_s,
            u"CREATE INDEX events_by_mode ON events(livemode, seq)"_s,
            uR"(CREATE TABLE webhook_endpoints (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                livemode INTEGER NOT NULL,
                url TEXT NOT NULL,
                description TEXT,
                events TEXT NOT NULL,
                secret TEXT NOT NULL,
                previous_secret TEXT,
                previous_secret_expires_at INTEGER,
                enabled INTEGER NOT NULL DEFAULT 1,
                failing_since INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"_s,
            uR"(CREATE TABLE webhook_deliveries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                event_id TEXT NOT NULL REFERENCES events(id),
                endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints(id),
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER,
                delivered_at INTEGER,
                created_at INTEGER NOT NULL,
                UNIQUE(event_id, endpoint_id)))"_s,
            u"CREATE INDEX webhook_deliveries_due ON webhook_deliveries(state, next_attempt_at)"_s,
            uR"(CREATE TABLE webhook_attempts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id),
                attempted_at INTEGER NOT NULL,
                status_code INTEGER,
                latency_ms INTEGER,
                response_excerpt TEXT,
                error TEXT))"_s,
            uR"(CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                livemode INTEGER NOT NULL,
                kind TEXT NOT NULL,
                hint TEXT NOT NULL,
                hash BLOB NOT NULL UNIQUE,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER,
                last_used_at INTEGER))"_s,
            u"CREATE INDEX api_keys_by_hint ON api_keys(hint)"_s,
            uR"(CREATE TABLE idempotency_keys (
                api_key_id TEXT NOT NULL,
                key TEXT NOT NULL,
                request_hash BLOB NOT NULL,
                status_code INTEGER,
                response TEXT,
                created_at INTEGER NOT NULL,
                PRIMARY KEY(api_key_id, key)))"_s,
            uR"(CREATE TABLE chain_cursors (
                chain_id INTEGER PRIMARY KEY,
                block_number INTEGER NOT NULL,
                block_hash TEXT NOT NULL,
                updated_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE address_indexes (
                xpub_fingerprint TEXT PRIMARY KEY,
                next_index INTEGER NOT NULL))"_s,
        },
        // 2: the chain watcher's memory of recent blocks, to find the common ancestor after a reorg.
        {
            uR"(CREATE TABLE chain_blocks (
                chain_id INTEGER NOT NULL,
                number INTEGER NOT NULL,
                hash TEXT NOT NULL,
                timestamp INTEGER NOT NULL,
                PRIMARY KEY(chain_id, number)))"_s,
        },
        // 3: where the ETH/USD rate of a session came from, also when its own rate was another pair.
        {
            u"ALTER TABLE sessions ADD COLUMN eth_usd_source TEXT"_s,
            u"ALTER TABLE sessions ADD COLUMN eth_usd_fetched_at INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE sessions SET eth_usd_source = rate_source, eth_usd_fetched_at = rate_fetched_at "
            "WHERE rate_pair = 'ETH-USD'"_s,
        },
        // 4: ERC-20 token sessions. A session keeps its token's contract and decimals (asset, from step 1,
        // holds the symbol); a payment says what was paid, so one in another asset is kept but not counted.
        {
            u"ALTER TABLE sessions ADD COLUMN token_contract TEXT"_s,
            u"ALTER TABLE sessions ADD COLUMN token_decimals INTEGER NOT NULL DEFAULT 18"_s,
            u"ALTER TABLE payments ADD COLUMN token_contract TEXT"_s,
            u"ALTER TABLE payments ADD COLUMN asset TEXT"_s,
            u"ALTER TABLE payments ADD COLUMN asset_decimals INTEGER NOT NULL DEFAULT 18"_s,
        },
        // 5: a payment link may charge in a configured token (its symbol; null: the chain's coin).
        {
            u"ALTER TABLE payment_links ADD COLUMN asset TEXT"_s,
        },
        // 6: every chain's coin has its own price; a session records which coin ethPriceUsd prices. Every
        // session before this was priced with an ETH rate, whatever its chain: 'ETH' is what happened.
        {
            u"ALTER TABLE sessions ADD COLUMN native_symbol TEXT NOT NULL DEFAULT 'ETH'"_s,
        },
        // 7: payments cross-checked with the chain's confirmation nodes ([chain.<id>] confirmRpcUrls).
        {
            u"ALTER TABLE payments ADD COLUMN cross_checked INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE payments ADD COLUMN cross_check_error TEXT"_s,
            u"CREATE INDEX payments_disputed ON payments(chain_id) WHERE cross_check_error IS NOT NULL"_s,
            // The dispatcher takes due deliveries endpoint by endpoint: one short index walk each.
            u"CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries(state, endpoint_id, "
            "next_attempt_at)"_s,
        },
        // 8: a delivery's attempts (the console's log, its latest attempt) by index, not by a table scan.
        {
            u"CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts(delivery_id, id)"_s,
        },
        // 9: a payment found by its balance (no transaction hash) is recorded once too, also when two writers
        // find it at the same moment (NULLs are distinct in payments_unique). Copies made before go first.
        {
            u"DELETE FROM payments WHERE tx_hash IS NULL AND id NOT IN (SELECT MIN(id) FROM payments WHERE "
            "tx_hash IS NULL GROUP BY session_id, chain_id, block_number, log_index)"_s,
            u"CREATE UNIQUE INDEX payments_unique_without_tx ON payments(session_id, chain_id, block_number, "
            "log_index) WHERE tx_hash IS NULL"_s,
        },
        // 10: refunds. A transfer pays at most one refund (refunds_transfer).
        {
            uR"(CREATE TABLE refunds (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                session_id TEXT NOT NULL REFERENCES sessions(id),
                livemode INTEGER NOT NULL,
                status TEXT NOT NULL,
                chain_id INTEGER NOT NULL,
                address TEXT NOT NULL,
                token_contract TEXT,
                amount TEXT NOT NULL,
                fiat_minor INTEGER NOT NULL,
                fiat_currency TEXT NOT NULL,
                reason TEXT,
                tx_hash TEXT,
                log_index INTEGER NOT NULL DEFAULT -1,
                block_number INTEGER NOT NULL DEFAULT 0,
                block_hash TEXT,
                amount_sent TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                succeeded_at INTEGER))"_s,
            u"CREATE INDEX refunds_by_session ON refunds(session_id, seq)"_s,
            u"CREATE INDEX refunds_pending ON refunds(chain_id) WHERE status = 'pending'"_s,
            u"CREATE UNIQUE INDEX refunds_transfer ON refunds(chain_id, tx_hash, log_index) WHERE tx_hash IS "
            "NOT NULL"_s,
        },
        // 11: what the customer pays for, shown on the hosted page and the receipt.
        {
            u"ALTER TABLE sessions ADD COLUMN description TEXT"_s,
        },
        // 12: the chain watcher's reads of the sessions it still follows (on every block: those whose
        // confirmations move with the head; every 15 s: the open ones to reconcile) go through indexes of
        // just those, not through every session the shop ever had. The WHERE clauses are the queries' own
        // (SessionRepository::awaitingChain, toReconcile), so both engines use them.
        {
            u"CREATE INDEX sessions_awaiting_chain ON sessions(chain_id) WHERE status IN ('detected', "
            "'overpaid') OR (status IN ('expired', 'underpaid') AND amount_received_wei != '0')"_s,
            u"CREATE INDEX sessions_open_by_chain ON sessions(chain_id, created_at) WHERE status IN "
            "('pending', 'underpaid', 'detected', 'overpaid')"_s,
            // The reconciliation that also looks at expired sessions (every 5 minutes) reads the last 30
            // days' sessions only.
            u"CREATE INDEX sessions_by_chain_created ON sessions(chain_id, created_at)"_s,
        },
        // 13: no query finds a session by chain and address (the watcher matches its chain's addresses in
        // memory; a lookup by address goes through sessions_address_unique), while every create wrote a
        // page of this index at random (addresses are hashes).
        {
            u"DROP INDEX sessions_by_address"_s,
        },
    };
    return steps;
}

QString postgresDdl(const QString &statement)
{
    static const QRegularExpression integer(uR"(\bINTEGER\b)"_s);
    static const QRegularExpression blob(uR"(\bBLOB\b)"_s);
    QString translated = statement;
    translated.replace(u"INTEGER PRIMARY KEY AUTOINCREMENT"_s,
                       u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    translated.replace(integer, u"BIGINT"_s);
    translated.replace(blob, u"BYTEA"_s);
    return translated;
}
