#include "CheckoutService.h"
#include "WireJson.h"

#include "DomainError.h"
#include "Ids.h"
#include "RequestValidation.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckout, "cryptocheckout.checkout")

namespace {
// Longest the expiry timer sleeps, so a wall-clock jump is noticed within this time.
constexpr qint64 kMaxExpirySleepMs = 30'000;
} // namespace

CheckoutService::CheckoutService(const AppConfig &config, Storage &store, const Clock &clock,
                                 DepositAddressService &addresses, RateService &rates, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_clock(clock)
    , m_addresses(addresses)
    , m_rates(rates)
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &CheckoutService::expireDueSessions);
}

QString CheckoutService::checkoutUrl(const QString &sessionId) const
{
    return m_config.publicUrl.toString() + u"/checkout/"_s + sessionId;
}

QString CheckoutService::paymentLinkUrl(const QString &linkId) const
{
    return m_config.publicUrl.toString() + u"/l/"_s + linkId;
}

SessionPolicy CheckoutService::policyFor(const CheckoutSession &session) const
{
    const auto chain = m_config.chains.constFind(session.chainId);
    return SessionPolicy{chain != m_config.chains.cend() ? chain->confirmations : 1,
                         static_cast<qint64>(m_config.graceMinutes) * 60'000,
                         m_config.underpaymentToleranceBasisPoints,
                         chain != m_config.chains.cend() && !chain->confirmRpcUrls.isEmpty()};
}

CheckoutSession CheckoutService::createSession(const SessionRequest &request, bool livemode,
                                               const CreatedCallback &inTransaction)
{
    if (request.hasAmount == !request.linkId.isNull()) {
        throw DomainError::invalid(
            request.hasAmount ? u"Give either amount or linkId, not both."_s
                              : u"Give amount {value, currency} for an ad-hoc session, or linkId for a "
                                "payment link's session."_s,
            request.hasAmount ? u"linkId"_s : u"amount"_s, u"parameter_missing"_s);
    }

    CheckoutSession session;
    session.livemode = livemode;
    FiatAmount fiat;
    QString asset = request.asset;
    if (request.hasAmount) {
        const auto parsed = parseFiatAmount(request.amountValue, request.amountCurrency);
        if (!parsed)
            throw DomainError::invalid(parsed.error(), parsed.param(), u"amount_invalid"_s);
        fiat = *parsed;
    } else {
        const auto link = m_store.paymentLinks().byId(request.linkId);
        if (!link || link->livemode != livemode)
            throw DomainError::invalid(u"No payment link %1."_s.arg(request.linkId), u"linkId"_s,
                                       u"resource_missing"_s);
        if (!link->active)
            throw DomainError::invalid(u"Payment link %1 is deactivated."_s.arg(link->id), u"linkId"_s,
                                       u"link_inactive"_s);
        fiat = link->fiat;
        session.linkId = link->id;
        session.successUrl = link->successUrl;
        session.cancelUrl = link->cancelUrl;
        session.returnUrl = link->returnUrl;
        session.hasMetadata = link->hasMetadata;
        session.metadata = link->metadata;
        session.description = link->description;
        if (!request.asset.isNull())
            throw DomainError::invalid(
                u"A payment link's sessions are paid in the link's asset: leave out asset, or "
                "change the link."_s,
                u"asset"_s);
        asset = link->asset;
    }

    validation::url(request.successUrl, u"successUrl"_s);
    validation::url(request.cancelUrl, u"cancelUrl"_s);
    validation::url(request.returnUrl, u"returnUrl"_s);
    validation::email(request.customerEmail, u"customerEmail"_s);
    if (request.metadata)
        validation::metadata(*request.metadata);
    validation::description(request.description, u"description"_s);
    if (!request.description.isNull())
        session.description = request.description;
    if (!request.successUrl.isNull())
        session.successUrl = request.successUrl;
    if (!request.cancelUrl.isNull())
        session.cancelUrl = request.cancelUrl;
    if (!request.returnUrl.isNull())
        session.returnUrl = request.returnUrl;
    session.customerEmail = request.customerEmail;
    if (request.metadata) {
        session.hasMetadata = true;
        session.metadata = *request.metadata;
    }

    session.chainId = m_config.mode(livemode).chainId;
    session.fiat = fiat;
    priceSession(session, asset);

    if (!m_addresses.isReady(livemode))
        throw DomainError::unavailable(u"xpub_unavailable"_s, m_addresses.problem(livemode));

    const qint64 now = m_clock.nowMs();
    session.id = newObjectId(u"cs");
    session.status = SessionStatus::Pending;
    session.createdAtMs = now;
    session.updatedAtMs = now;
    session.expiresAtMs = now + static_cast<qint64>(m_config.ttlMinutes) * 60'000;
    session.checkoutUrl = checkoutUrl(session.id);

    m_store.transaction(
        [&] {
            const auto allocation = m_addresses.allocate(livemode);
            session.addressIndex = allocation.index;
            session.address = allocation.address;
            m_store.sessions().insert(session);
            // Written once, straight to bytes: the event's object and the API's answer are the same bytes
            // (the event is stored from them; its object tree is never built).
            const Event created{newObjectId(u"evt"), u"session.created"_s, session.id, livemode, now, {}};
            const QByteArray wireJson = sessionWireJson(session);
            m_store.events().insert(created, wireJson);
            if (inTransaction)
                inTransaction(session, wireJson);
            // Announced once durable: at once, or with the API's group commit (Database::Commit::Grouped).
            m_store.afterCommit([this, session] {
                Q_EMIT sessionChanged(session, {u"session.created"_s});
                // The timer never sleeps longer than 30 s and no session expires sooner than a minute: only
                // an idle timer needs arming.
                if (!m_expiryTimer.isActive())
                    scheduleNextExpiry();
            });
        },
        Database::Commit::Grouped);
    return session;
}

std::optional<TokenConfig> CheckoutService::resolveAsset(qint64 chainId, const QString &asset,
                                                         const QString &currency) const
{
    const ChainConfig chain = m_config.chains.value(chainId);
    if (asset.isEmpty() || asset.compare(chain.symbol, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    const TokenConfig *token = chain.token(asset);
    if (!token) {
        throw DomainError::invalid(
            u"'%1' is not an asset on %2 (chain %3); configured: %4."_s.arg(asset, chain.name)
                .arg(chainId)
                .arg(chain.assetSymbols().join(u", "_s)),
            u"asset"_s, u"asset_unsupported"_s);
    }
    Q_UNUSED(currency)
    return *token;
}

void CheckoutService::priceSession(CheckoutSession &session, const QString &asset) const
{
    const std::optional<TokenConfig> resolved = resolveAsset(session.chainId, asset, session.fiat.currency);
    const TokenConfig *token = resolved ? &*resolved : nullptr;

    // Every coin is priced as itself: a POL session by POL rates, never by another coin's.
    const QString native = m_config.chains.value(session.chainId).symbol.toUpper();
    session.nativeSymbol = native;
    auto quoteFor = [&](const QString &base, const QString &currency) {
        const auto quote = m_rates.quote(CurrencyPair{base, currency}, session.livemode);
        if (!quote)
            throw DomainError::unavailable(u"rate_unavailable"_s, quote.error());
        return *quote;
    };
    // ethPriceUsd (the native coin's USD rate) is part of every session, token or not.
    const RateQuote usd = quoteFor(native, u"USD"_s);
    session.nativePriceUsd = usd.rate.toDecimalString();
    session.nativePriceUsdSource = usd.source;
    session.nativePriceUsdFetchedAtMs = usd.fetchedAtMs;

    Result<UInt256> amount = Result<UInt256>::failure({});
    if (!token) {
        const RateQuote local = quoteFor(native, session.fiat.currency);
        amount = convertFiatToBaseUnits(session.fiat, local.rate);
        session.rate = local.rate;
        session.rateSource = local.source;
        session.rateFetchedAtMs = local.fetchedAtMs;
    } else {
        session.asset = SessionAsset{token->symbol, token->contract, token->decimals};
        if (token->peg == session.fiat.currency) {
            // One token is one unit of its peg: no market rate is involved.
            session.rate = ExchangeRate{token->symbol, session.fiat.currency, UInt256{1}, 0};
            session.rateSource = u"peg"_s;
            session.rateFetchedAtMs = m_clock.nowMs();
            amount = convertFiatToBaseUnits(session.fiat, session.rate, token->decimals, token->decimals);
        } else if (token->peg.isEmpty()) {
            // No peg: the token has a market price of its own (LINK-EUR), with the coin's display precision.
            const RateQuote own = quoteFor(token->symbol.toUpper(), session.fiat.currency);
            amount = convertFiatToBaseUnits(session.fiat, own.rate, token->decimals);
            session.rate = own.rate;
            session.rateSource = own.source;
            session.rateFetchedAtMs = own.fetchedAtMs;
        } else {
            // Another currency: what the peg is worth in it, from the chain coin's two quotes.
            const RateQuote inFiat = quoteFor(native, session.fiat.currency);
            const RateQuote inPeg = quoteFor(native, token->peg);
            const auto rate = crossRate(token->symbol, inFiat.rate, inPeg.rate);
            if (!rate)
                throw DomainError::unavailable(
                    u"rate_unavailable"_s,
                    u"No usable %1 rate from the %2 quotes."_s.arg(token->symbol, native));
            amount = convertFiatThroughPeg(session.fiat, inFiat.rate, inPeg.rate, token->decimals);
            session.rate = *rate;
            session.rateSource = u"%1/%2"_s.arg(inFiat.source, inPeg.source);
            session.rateFetchedAtMs = std::min(inFiat.fetchedAtMs, inPeg.fetchedAtMs);
        }
    }
    if (!amount)
        throw DomainError::invalid(amount.error(), u"amount.value"_s, u"amount_invalid"_s);
    session.amountDue = *amount;
}

std::optional<CheckoutSession> CheckoutService::session(const QString &id, bool livemode)
{
    auto found = m_store.sessions().byId(id);
    if (!found || found->livemode != livemode)
        return std::nullopt;
    return found;
}

std::optional<CheckoutSession> CheckoutService::sessionById(const QString &id)
{
    return m_store.sessions().byId(id);
}

void CheckoutService::changedElsewhere(const QString &id, const QStringList &eventTypes)
{
    std::optional<CheckoutSession> session;
    try {
        session = m_store.sessions().byId(id);
    } catch (const StorageError &error) {
        qCWarning(lcCheckout) << "cannot read session" << id
                              << "changed by another instance:" << error.what();
        return;
    }
    if (!session)
        return;
    try {
        // What listens reads more (the hosted page its payments): the database may fail it meanwhile.
        Q_EMIT sessionChanged(*session, eventTypes);
    } catch (const StorageError &error) {
        qCWarning(lcCheckout) << "announcing session" << id
                              << "changed by another instance failed:" << error.what();
    }
    scheduleNextExpiry();
}

std::optional<CheckoutService::SessionView> CheckoutService::sessionView(const QString &id, bool livemode)
{
    const Database::ChangeToken token = m_store.db().changeToken();
    if (token != m_viewsAsOf || m_views.size() >= kMaxCachedViews) {
        m_views.clear();
        m_viewsAsOf = token;
    }
    auto cached = m_views.constFind(id);
    if (cached == m_views.cend()) {
        auto found = m_store.sessions().byId(id);
        if (!found)
            return std::nullopt;
        SessionView view;
        view.payments = m_store.sessions().payments(id);
        view.refunds = m_store.refunds().forSession(id);
        const auto cursor = m_store.chain().cursor(found->chainId);
        view.headBlockNumber = cursor ? cursor->blockNumber : 0;
        view.session = std::move(*found);
        view.version = ++m_viewVersions;
        cached = m_views.insert(id, std::move(view));
    }
    if (cached->session.livemode != livemode)
        return std::nullopt;
    return *cached;
}

QList<Payment> CheckoutService::payments(const QString &sessionId)
{
    return m_store.sessions().payments(sessionId);
}

SessionPage CheckoutService::listSessions(const SessionQuery &query)
{
    for (const auto &[cursor, param] : {std::pair{query.startingAfter, u"starting_after"_s},
                                        std::pair{query.endingBefore, u"ending_before"_s}}) {
        if (!cursor.isEmpty() && !session(cursor, query.livemode))
            throw DomainError::invalid(u"No checkout session %1 to page from."_s.arg(cursor), param,
                                       u"resource_missing"_s);
    }
    return m_store.sessions().list(query);
}

CheckoutSession CheckoutService::expireSession(const QString &id, bool livemode)
{
    CheckoutSession updated;
    QStringList eventTypes;
    // Decided and written on the session as it is, locked: a payment recorded meanwhile by the chain
    // watcher (maybe on another instance) is not overwritten.
    m_store.transaction([&] {
        auto current = m_store.sessions().lockById(id);
        if (!current || current->livemode != livemode)
            throw DomainError::notFound(u"No checkout session %1."_s.arg(id), u"id"_s);
        const auto evaluation = expireSessionNow(*current);
        if (!evaluation) {
            throw DomainError(DomainError::Kind::Invalid, u"session_not_expirable"_s,
                              u"Only pending or underpaid sessions can be expired; %1 is %2."_s.arg(
                                  id, statusName(current->status)));
        }
        current->expiresAtMs = m_clock.nowMs();
        updated = withEvaluation(*current, *evaluation, m_clock.nowMs());
        eventTypes = evaluation->eventTypes;
        saveChange(updated, eventTypes, updated.updatedAtMs);
    });
    Q_EMIT sessionChanged(updated, eventTypes);
    return *session(id, livemode);
}

CheckoutSession CheckoutService::withEvaluation(CheckoutSession session, const SessionEvaluation &evaluation,
                                                qint64 nowMs)
{
    session.status = evaluation.status;
    session.amountReceived = evaluation.amountReceived;
    session.paidAtMs = evaluation.paidAtMs;
    session.txHash = evaluation.txHash;
    session.needsAttention = evaluation.needsAttention;
    session.updatedAtMs = nowMs;
    return session;
}

void CheckoutService::saveChange(const CheckoutSession &session, const QStringList &eventTypes, qint64 nowMs,
                                 qint64 headBlockNumber)
{
    m_store.transaction([&] {
        // Each event carries the session as it is now, payments included: what the API would answer.
        const QJsonObject snapshot = sessionToJson(session, m_store.sessions().payments(session.id),
                                                   headBlockNumber, m_store.refunds().forSession(session.id));
        QList<Event> events;
        for (const QString &type : eventTypes)
            events.append(Event{newObjectId(u"evt"), type, session.id, session.livemode, nowMs, snapshot});
        m_store.sessions().saveChange(session, events);
    });
}

void CheckoutService::recordChainProgress(const ChainProgress &progress)
{
    QList<QPair<CheckoutSession, QStringList>> changes;
    const qint64 now = m_clock.nowMs();
    m_store.transaction([&] {
        QStringList affected = progress.reevaluate;
        if (progress.rollbackTo) {
            affected += m_store.sessions().idsWithPaymentsAbove(progress.chainId, *progress.rollbackTo);
            m_store.sessions().removePaymentsAbove(progress.chainId, *progress.rollbackTo);
            m_store.chain().deleteBlocksAbove(progress.chainId, *progress.rollbackTo);
        }
        for (Payment payment : progress.payments) {
            if (m_store.sessions().insertPayment(payment))
                affected << payment.sessionId;
        }
        for (const ChainProgress::CrossCheck &check : progress.crossChecks) {
            m_store.sessions().setPaymentCrossCheck(check.paymentId, check.disagreement);
            affected << check.sessionId;
        }
        m_store.chain().saveBlocks(progress.chainId, progress.blocks, 256);
        if (progress.cursor)
            m_store.chain().saveCursor(*progress.cursor);
        recordRefundProgress(progress, now, changes);
        affected.removeDuplicates();
        for (const QString &id : std::as_const(affected)) {
            const auto session = m_store.sessions().lockById(id);
            if (!session)
                continue;
            const auto evaluation = evaluateSession(*session, m_store.sessions().payments(id),
                                                    progress.headBlockNumber, now, policyFor(*session));
            if (!evaluation.changed)
                continue;
            const CheckoutSession updated = withEvaluation(*session, evaluation, now);
            saveChange(updated, evaluation.eventTypes, now, progress.headBlockNumber);
            changes.append({updated, evaluation.eventTypes});
        }
    });
    for (const auto &[session, events] : changes)
        Q_EMIT sessionChanged(session, events);
    if (!changes.isEmpty())
        scheduleNextExpiry();
}

void CheckoutService::expireDueSessions()
{
    try {
        const qint64 now = m_clock.nowMs();
        for (const CheckoutSession &candidate : m_store.sessions().dueForExpiry(now)) {
            // Every instance runs this timer: each session is decided once, locked, as it is by then.
            std::optional<std::pair<CheckoutSession, QStringList>> change;
            m_store.transaction([&] {
                const auto due = m_store.sessions().lockById(candidate.id);
                if (!due)
                    return;
                const auto cursor = m_store.chain().cursor(due->chainId);
                const auto evaluation =
                    evaluateSession(*due, m_store.sessions().payments(due->id),
                                    cursor ? cursor->blockNumber : 0, now, policyFor(*due));
                if (!evaluation.changed)
                    return;
                const CheckoutSession updated = withEvaluation(*due, evaluation, now);
                saveChange(updated, evaluation.eventTypes, now);
                change = {updated, evaluation.eventTypes};
            });
            if (change)
                Q_EMIT sessionChanged(change->first, change->second);
        }
    } catch (const StorageError &error) {
        qCWarning(lcCheckout) << "expiring sessions failed, retrying:" << error.what();
    }
    scheduleNextExpiry();
}

void CheckoutService::scheduleNextExpiry()
{
    std::optional<qint64> next;
    try {
        next = m_store.sessions().nextExpiryMs();
    } catch (const StorageError &error) {
        qCWarning(lcCheckout) << "cannot read the next expiry:" << error.what();
        m_expiryTimer.start(1000);
        return;
    }
    if (!next) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - m_clock.nowMs(), 0, kMaxExpirySleepMs);
    m_expiryTimer.start(static_cast<int>(wait));
}

namespace {
// Validates the request's fields and applies them to the link; nothing is written.
void applyLinkChanges(PaymentLink &link, const PaymentLinkRequest &request)
{
    if (!request.fiatAmount.isNull() || !request.fiatCurrency.isNull()) {
        const auto fiat =
            parseFiatAmount(request.fiatAmount.isNull() ? link.fiat.toDecimalString() : request.fiatAmount,
                            request.fiatCurrency.isNull() ? link.fiat.currency : request.fiatCurrency);
        if (!fiat) {
            throw DomainError::invalid(
                fiat.error(), fiat.param() == u"amount.currency" ? u"fiatCurrency"_s : u"fiatAmount"_s,
                u"amount_invalid"_s);
        }
        link.fiat = *fiat;
    }
    if (request.description) {
        validation::description(*request.description, u"description"_s);
        link.description = *request.description;
    }
    for (const auto &[value, target, param] :
         {std::tuple{&request.successUrl, &link.successUrl, u"successUrl"_s},
          std::tuple{&request.cancelUrl, &link.cancelUrl, u"cancelUrl"_s},
          std::tuple{&request.returnUrl, &link.returnUrl, u"returnUrl"_s}}) {
        if (*value) {
            validation::url(**value, param);
            *target = **value;
        }
    }
    if (request.metadata) {
        validation::metadata(*request.metadata);
        link.hasMetadata = true;
        link.metadata = *request.metadata;
    }
    if (request.active)
        link.active = *request.active;
}
} // namespace

void CheckoutService::applyLinkAsset(PaymentLink &link, const PaymentLinkRequest &request) const
{
    if (!request.asset)
        return;
    const auto token = resolveAsset(m_config.mode(link.livemode).chainId, *request.asset, link.fiat.currency);
    link.asset = token ? token->symbol : QString();
}

PaymentLink CheckoutService::createPaymentLink(const PaymentLinkRequest &request, bool livemode)
{
    if (request.fiatAmount.isNull() || request.fiatCurrency.isNull()) {
        throw DomainError::invalid(u"A payment link needs fiatAmount and fiatCurrency."_s,
                                   request.fiatAmount.isNull() ? u"fiatAmount"_s : u"fiatCurrency"_s,
                                   u"parameter_missing"_s);
    }
    PaymentLink link;
    link.id = newObjectId(u"plink");
    link.livemode = livemode;
    link.active = true;
    link.url = paymentLinkUrl(link.id);
    applyLinkChanges(link, request);
    applyLinkAsset(link, request);
    link.createdAtMs = link.updatedAtMs = m_clock.nowMs();
    m_store.paymentLinks().insert(link);
    return link;
}

PaymentLink CheckoutService::updatePaymentLink(const QString &id, const PaymentLinkRequest &request,
                                               bool livemode)
{
    auto link = paymentLink(id, livemode);
    if (!link)
        throw DomainError::notFound(u"No payment link %1."_s.arg(id), u"id"_s);
    applyLinkChanges(*link, request);
    applyLinkAsset(*link, request);
    link->updatedAtMs = m_clock.nowMs();
    m_store.paymentLinks().update(*link);
    return *link;
}

std::optional<PaymentLink> CheckoutService::paymentLink(const QString &id, bool livemode)
{
    auto link = m_store.paymentLinks().byId(id);
    if (!link || link->livemode != livemode)
        return std::nullopt;
    return link;
}

QList<PaymentLink> CheckoutService::listPaymentLinks(bool livemode, int limit, const QString &startingAfter,
                                                     bool *hasMore)
{
    if (!startingAfter.isEmpty() && !paymentLink(startingAfter, livemode))
        throw DomainError::invalid(u"No payment link %1 to page from."_s.arg(startingAfter),
                                   u"starting_after"_s, u"resource_missing"_s);
    return m_store.paymentLinks().list(livemode, limit, startingAfter, hasMore);
}
