#pragma once

#include "ApiKeyRepository.h"
#include "ChainRepository.h"
#include "Database.h"
#include "EventRepository.h"
#include "PaymentLinkRepository.h"
#include "RefundRepository.h"
#include "SessionListReader.h"
#include "SessionRepository.h"
#include "WebhookEndpointRepository.h"

#include <QString>

#include <functional>

// All persistent state: one database connection and a repository per aggregate. Nothing above storage/
// writes SQL; the services get the repositories they need from here. One Storage per thread (a Qt Sql
// connection is thread-bound).
class Storage
{
public:
    static constexpr const char *kFileName = Database::kFileName;

    Storage() = default;
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    // A file path or a postgresql:// URL (Database::open).
    void open(const QString &location) { m_db.open(location); }
    void close() { m_db.close(); }
    bool isOpen() const { return m_db.isOpen(); }
    // What open() was given, password included: to open another connection to the same database.
    QString location() const { return m_db.location(); }
    // The file path, or the URL without its password: what may be shown.
    QString path() const { return m_db.path(); }

    // See Database::transaction: repositories' writes inside work commit together.
    void transaction(const std::function<void()> &work, Database::Commit commit = Database::Commit::Now)
    {
        m_db.transaction(work, commit);
    }
    void afterCommit(std::function<void()> fn) { m_db.afterCommit(std::move(fn)); }

    Database &db() { return m_db; }
    SessionRepository &sessions() { return m_sessions; }
    EventRepository &events() { return m_events; }
    WebhookEndpointRepository &webhookEndpoints() { return m_endpoints; }
    PaymentLinkRepository &paymentLinks() { return m_links; }
    ApiKeyRepository &apiKeys() { return m_keys; }
    ChainRepository &chain() { return m_chain; }
    RefundRepository &refunds() { return m_refunds; }
    SessionListReader &sessionList() { return m_sessionList; }

private:
    Database m_db;
    WebhookEndpointRepository m_endpoints{m_db};
    EventRepository m_events{m_db, m_endpoints};
    SessionRepository m_sessions{m_db, m_events};
    PaymentLinkRepository m_links{m_db};
    ApiKeyRepository m_keys{m_db};
    ChainRepository m_chain{m_db};
    RefundRepository m_refunds{m_db};
    SessionListReader m_sessionList{m_db};
};
