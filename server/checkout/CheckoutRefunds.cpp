// CheckoutService: refunds of checkout sessions.
#include "CheckoutService.h"
#include "WireJson.h"

#include "DomainError.h"
#include "EthereumAddress.h"
#include "Ids.h"
#include "RequestValidation.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCheckout)

namespace {
constexpr qsizetype kMaxReasonLength = 500;

QString amountText(const SessionAsset &asset, const QString &nativeSymbol, const UInt256 &baseUnits)
{
    return formatUnits(baseUnits, asset.decimals) + u' ' + (asset.isToken() ? asset.symbol : nativeSymbol);
}
} // namespace

UInt256 CheckoutService::confirmedReceived(const CheckoutSession &session, const QList<Payment> &payments)
{
    const auto cursor = m_store.chain().cursor(session.chainId);
    const qint64 head = cursor ? cursor->blockNumber : 0;
    const SessionPolicy policy = policyFor(session);
    UInt256 total;
    for (const Payment &payment : payments) {
        if (session.asset.matches(payment.tokenContract) && payment.crossCheckError.isEmpty() &&
            (!policy.requireCrossCheck || payment.crossChecked) &&
            payment.confirmations(head) >= policy.requiredConfirmations)
            total = total.saturatingAdd(payment.amount);
    }
    return total;
}

Refund CheckoutService::createRefund(const QString &sessionId, const RefundRequest &request, bool livemode,
                                     const std::function<void(const Refund &)> &inTransaction)
{
    if (!request.fiatValue.isNull() && !request.baseUnits.isNull())
        throw DomainError::invalid(u"Give the amount in fiat (value and currency) or in base units (wei), "
                                   "not both."_s,
                                   u"amount"_s);
    if (request.reason.size() > kMaxReasonLength)
        throw DomainError::invalid(u"reason is at most %1 characters."_s.arg(kMaxReasonLength), u"reason"_s);
    for (const QChar c : request.reason) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            throw DomainError::invalid(u"reason is plain text: no control characters."_s, u"reason"_s);
    }
    Refund refund;
    CheckoutSession session;
    m_store.transaction([&] {
        auto locked = m_store.sessions().lockById(sessionId);
        if (!locked || locked->livemode != livemode)
            throw DomainError::notFound(u"No checkout session %1."_s.arg(sessionId), u"id"_s);
        session = *locked;
        const QList<Payment> payments = m_store.sessions().payments(session.id);
        const QList<Refund> existing = m_store.refunds().forSession(session.id);
        const UInt256 received = confirmedReceived(session, payments);
        const UInt256 taken = refundedAmount(existing, true);
        const UInt256 left = received.saturatingSub(taken);
        const QString symbol = session.asset.isToken() ? session.asset.symbol : session.nativeSymbol;
        if (left.isZero()) {
            throw DomainError::conflict(
                u"session_not_refundable"_s,
                received.isZero()
                    ? u"Session %1 has no confirmed payment in %2 to refund."_s.arg(session.id, symbol)
                    : u"Session %1's confirmed payments (%2) are refunded already, or pending refunds "
                      "take them."_s.arg(session.id,
                                         amountText(session.asset, session.nativeSymbol, received)));
        }

        // The amount: fiat at the locked rate, base units, or everything that is left.
        UInt256 amount = left;
        std::optional<FiatAmount> fiat;
        if (!request.fiatValue.isNull()) {
            if (request.fiatCurrency.compare(session.fiat.currency, Qt::CaseInsensitive) != 0)
                throw DomainError::invalid(
                    u"The session was priced in %1; refund in %1, or in base units."_s.arg(
                        session.fiat.currency),
                    u"amount.currency"_s);
            const auto parsed = parseFiatAmount(request.fiatValue, session.fiat.currency);
            if (!parsed)
                throw DomainError::invalid(parsed.error(), u"amount.value"_s);
            const auto converted = convertFiatToBaseUnits(*parsed, session.rate, session.asset.decimals,
                                                          std::min(kDisplayDecimals, session.asset.decimals));
            if (!converted)
                throw DomainError::invalid(converted.error(), u"amount.value"_s);
            amount = *converted;
            fiat = *parsed;
        } else if (!request.baseUnits.isNull()) {
            const auto parsed = uint256FromQString(request.baseUnits);
            if (!parsed || parsed->isZero())
                throw DomainError::invalid(
                    u"amount.wei must be a whole number of base units above zero, as a "
                    "string (\"1000000000000000\")."_s,
                    u"amount.wei"_s);
            amount = *parsed;
        }
        // Fiat refunds are rounded up: the last of several may come out a few base units above what is
        // left although its value is not. It then takes exactly what is left.
        if (amount > left && fiat) {
            const auto leftValue = convertBaseUnitsToFiat(left, session.rate, session.asset.decimals);
            if (leftValue && leftValue->minor >= fiat->minor)
                amount = left;
        }
        if (amount > left) {
            throw DomainError::invalid(u"%1 is more than can still be refunded: %2 of %3 confirmed."_s.arg(
                                           amountText(session.asset, session.nativeSymbol, amount),
                                           amountText(session.asset, session.nativeSymbol, left),
                                           amountText(session.asset, session.nativeSymbol, received)),
                                       request.fiatValue.isNull() ? u"amount.wei"_s : u"amount.value"_s,
                                       u"amount_too_large"_s);
        }
        if (!fiat) {
            fiat = convertBaseUnitsToFiat(amount, session.rate, session.asset.decimals);
            if (!fiat)
                throw DomainError::invalid(
                    u"The amount is beyond what can be expressed in %1."_s.arg(session.fiat.currency),
                    u"amount"_s);
        }

        // The address: given, or the sender of the first confirmed payment.
        QString address = request.address;
        if (address.isNull()) {
            for (const Payment &payment : payments) {
                if (session.asset.matches(payment.tokenContract) && !payment.fromAddress.isEmpty()) {
                    address = payment.fromAddress;
                    break;
                }
            }
            if (address.isNull())
                throw DomainError::invalid(u"The payment's sender is not known (it was sent by a contract): "
                                           "give the address to refund to."_s,
                                           u"address"_s, u"parameter_missing"_s);
        } else if (!ethereum::isValidAddress(address)) {
            throw DomainError::invalid(u"address must be 0x and 40 hex digits, with a valid EIP-55 checksum "
                                       "if it is mixed case."_s,
                                       u"address"_s);
        }
        address = ethereum::toChecksumAddress(address);
        if (address == ethereum::toChecksumAddress(QString(40, u'0')))
            throw DomainError::invalid(u"The zero address burns what is sent to it."_s, u"address"_s);
        if (session.asset.isToken() && address.compare(session.asset.contract, Qt::CaseInsensitive) == 0)
            throw DomainError::invalid(u"That is the token's contract: tokens sent to it are lost."_s,
                                       u"address"_s);
        if (m_store.refunds().isDepositAddress(address))
            throw DomainError::invalid(
                u"%1 is one of this shop's deposit addresses, not the customer's."_s.arg(address),
                u"address"_s);

        const qint64 now = m_clock.nowMs();
        refund.id = newObjectId(u"re");
        refund.sessionId = session.id;
        refund.livemode = livemode;
        refund.chainId = session.chainId;
        refund.address = address;
        refund.tokenContract = session.asset.contract;
        refund.amount = amount;
        refund.fiat = *fiat;
        refund.reason = request.reason;
        refund.createdAtMs = now;
        refund.updatedAtMs = now;
        m_store.refunds().insert(refund);
        saveRefund(session, refund, u"refund.created"_s);
        if (inTransaction)
            inTransaction(refund);
    });
    qCInfo(lcCheckout).noquote() << "refund" << refund.id << "of session" << session.id << "recorded:"
                                 << amountText(session.asset, session.nativeSymbol, refund.amount) << "to"
                                 << refund.address;
    Q_EMIT sessionChanged(session, {u"refund.created"_s});
    return refund;
}

std::optional<Refund> CheckoutService::refund(const QString &id, bool livemode)
{
    auto found = m_store.refunds().byId(id);
    if (!found || found->livemode != livemode)
        return std::nullopt;
    return found;
}

QList<Refund> CheckoutService::refunds(const QString &sessionId)
{
    return m_store.refunds().forSession(sessionId);
}

QHash<QString, QList<Refund>> CheckoutService::refundsOf(const QStringList &sessionIds)
{
    return m_store.refunds().forSessions(sessionIds);
}

std::pair<CheckoutSession, Refund> CheckoutService::lockRefund(const QString &id, bool livemode)
{
    const auto found = m_store.refunds().byId(id);
    if (!found || found->livemode != livemode)
        throw DomainError::notFound(u"No refund %1."_s.arg(id), u"id"_s);
    const auto session = m_store.sessions().lockById(found->sessionId);
    if (!session)
        throw DomainError::notFound(u"No checkout session %1."_s.arg(found->sessionId), u"id"_s);
    return {*session, *m_store.refunds().byId(id)}; // as it is under the lock
}

Refund CheckoutService::cancelRefund(const QString &id, bool livemode)
{
    Refund refund;
    CheckoutSession session;
    m_store.transaction([&] {
        std::tie(session, refund) = lockRefund(id, livemode);
        if (refund.status != RefundStatus::Pending)
            throw DomainError::conflict(u"refund_not_cancelable"_s,
                                        u"Refund %1 is %2: only pending refunds can be canceled."_s.arg(
                                            id, refundStatusName(refund.status)));
        if (refund.hasTransfer())
            throw DomainError::conflict(
                u"refund_not_cancelable"_s,
                u"Refund %1 is paid by %2, which waits for its confirmations."_s.arg(id, refund.txHash));
        refund.status = RefundStatus::Canceled;
        refund.updatedAtMs = m_clock.nowMs();
        saveRefund(session, refund, u"refund.canceled"_s);
    });
    Q_EMIT sessionChanged(session, {u"refund.canceled"_s});
    return refund;
}

Refund CheckoutService::attachRefundTransfer(const QString &id, bool livemode, const Payment &transfer,
                                             qint64 head)
{
    Refund refund;
    CheckoutSession session;
    QString eventType;
    auto usedElsewhere = [&] {
        return DomainError::conflict(u"transfer_used"_s,
                                     u"Transaction %1 pays another refund already."_s.arg(transfer.txHash),
                                     u"txHash"_s);
    };
    try {
        attachInTransaction(id, livemode, transfer, head, refund, session, eventType);
    } catch (const StorageError &) {
        // Named for two refunds of different sessions at once: the unique index let one of them in.
        if (m_store.refunds().transferUsed(transfer.chainId, transfer.txHash, transfer.logIndex))
            throw usedElsewhere();
        throw;
    }
    if (!eventType.isEmpty())
        Q_EMIT sessionChanged(session, {eventType});
    return refund;
}

void CheckoutService::attachInTransaction(const QString &id, bool livemode, const Payment &transfer,
                                          qint64 head, Refund &refund, CheckoutSession &session,
                                          QString &eventType)
{
    m_store.transaction([&] {
        std::tie(session, refund) = lockRefund(id, livemode);
        if (refund.status == RefundStatus::Succeeded && refund.txHash == transfer.txHash.toLower())
            return; // named again: what it is
        if (refund.status != RefundStatus::Pending)
            throw DomainError::conflict(u"refund_not_pending"_s, u"Refund %1 is %2 already."_s.arg(
                                                                     id, refundStatusName(refund.status)));
        if (refund.hasTransfer() && refund.txHash != transfer.txHash)
            throw DomainError::conflict(u"refund_not_pending"_s,
                                        u"Refund %1 is paid by %2 already."_s.arg(id, refund.txHash));
        const QString param = u"txHash"_s;
        if (transfer.toAddress.compare(refund.address, Qt::CaseInsensitive) != 0)
            throw DomainError::invalid(
                u"Transaction %1 sends nothing to %2."_s.arg(transfer.txHash, refund.address), param,
                u"transfer_mismatch"_s);
        if (!session.asset.matches(transfer.tokenContract))
            throw DomainError::invalid(
                u"Transaction %1 sends another asset than the session's."_s.arg(transfer.txHash), param,
                u"transfer_mismatch"_s);
        if (transfer.amount < refund.amount)
            throw DomainError::invalid(u"Transaction %1 sends %2, less than the refund's %3."_s.arg(
                                           transfer.txHash,
                                           amountText(session.asset, session.nativeSymbol, transfer.amount),
                                           amountText(session.asset, session.nativeSymbol, refund.amount)),
                                       param, u"transfer_mismatch"_s);
        qint64 paidInBlock = -1;
        for (const Payment &payment : m_store.sessions().payments(session.id)) {
            if (session.asset.matches(payment.tokenContract) &&
                (paidInBlock < 0 || payment.blockNumber < paidInBlock))
                paidInBlock = payment.blockNumber;
        }
        if (paidInBlock < 0 || transfer.blockNumber < paidInBlock)
            throw DomainError::invalid(
                u"Transaction %1 (block %2) is older than the session's payment."_s.arg(transfer.txHash)
                    .arg(transfer.blockNumber),
                param, u"transfer_mismatch"_s);
        if (!refund.hasTransfer() &&
            m_store.refunds().transferUsed(refund.chainId, transfer.txHash, transfer.logIndex))
            throw DomainError::conflict(u"transfer_used"_s,
                                        u"Transaction %1 pays another refund already."_s.arg(transfer.txHash),
                                        param);
        const qint64 now = m_clock.nowMs();
        refund.takeTransfer(transfer);
        refund.updatedAtMs = now;
        if (transfer.confirmations(head) >= policyFor(session).requiredConfirmations) {
            refund.status = RefundStatus::Succeeded;
            refund.succeededAtMs = now;
            eventType = u"refund.succeeded"_s;
            saveRefund(session, refund, eventType);
        } else {
            m_store.refunds().update(refund); // the watcher confirms it
            m_store.sessions().notifyOthers(session.id, {});
        }
    });
}

void CheckoutService::saveRefund(const CheckoutSession &session, const Refund &refund,
                                 const QString &eventType)
{
    if (eventType != u"refund.created")
        m_store.refunds().update(refund);
    m_store.events().insert(Event{newObjectId(u"evt"), eventType, session.id, session.livemode,
                                  refund.updatedAtMs, refundToJson(refund, session.asset)});
    m_store.sessions().notifyOthers(session.id, {eventType});
}

void CheckoutService::recordRefundProgress(const ChainProgress &progress, qint64 nowMs,
                                           QList<QPair<CheckoutSession, QStringList>> &changes)
{
    if (progress.rollbackTo)
        m_store.refunds().forgetTransfersAbove(progress.chainId, *progress.rollbackTo);
    if (progress.headBlockNumber <= 0)
        return;
    QList<Refund> pending = m_store.refunds().pending(progress.chainId);
    if (pending.isEmpty())
        return;
    // Each refund is decided as it is under its session's lock (another instance may have changed it).
    auto lockedAsItIs = [&](Refund &refund) -> std::optional<CheckoutSession> {
        auto session = m_store.sessions().lockById(refund.sessionId);
        const auto current = m_store.refunds().byId(refund.id);
        if (!session || !current)
            return std::nullopt;
        refund = *current;
        return session;
    };
    // New transfers to refund addresses: each pays the pending refund it fits best.
    for (const Payment &transfer : progress.refundTransfers) {
        const auto index = refundPaidBy(pending, transfer);
        if (!index)
            continue;
        Refund &refund = pending[*index];
        if (!lockedAsItIs(refund) || refund.status != RefundStatus::Pending || refund.hasTransfer() ||
            m_store.refunds().transferUsed(progress.chainId, transfer.txHash, transfer.logIndex))
            continue;
        refund.takeTransfer(transfer);
        refund.updatedAtMs = nowMs;
        m_store.refunds().update(refund);
        qCInfo(lcCheckout).noquote() << "refund" << refund.id << "is paid by" << refund.txHash << "in block"
                                     << refund.blockNumber;
    }
    // Transfers with their confirmations, in a block the watcher has read: the refund succeeded.
    const auto chain = m_config.chains.constFind(progress.chainId);
    const int required = chain != m_config.chains.cend() ? chain->confirmations : 1;
    const auto cursor = m_store.chain().cursor(progress.chainId);
    for (Refund &candidate : pending) {
        if (!candidate.hasTransfer() || !cursor || candidate.blockNumber > cursor->blockNumber ||
            progress.headBlockNumber - candidate.blockNumber + 1 < required)
            continue;
        Refund refund = candidate;
        const auto session = lockedAsItIs(refund);
        if (!session || refund.status != RefundStatus::Pending || !refund.hasTransfer())
            continue;
        // A transaction named by the owner in a block the chain has since dropped pays nothing.
        const auto block = m_store.chain().block(progress.chainId, refund.blockNumber);
        if (block && block->hash.compare(refund.blockHash, Qt::CaseInsensitive) != 0) {
            qCWarning(lcCheckout).noquote() << "refund" << refund.id << ": block" << refund.blockNumber
                                            << "of" << refund.txHash << "is no longer on the chain";
            refund.takeTransfer(Payment{});
            refund.updatedAtMs = nowMs;
            m_store.refunds().update(refund);
            continue;
        }
        refund.status = RefundStatus::Succeeded;
        refund.succeededAtMs = nowMs;
        refund.updatedAtMs = nowMs;
        saveRefund(*session, refund, u"refund.succeeded"_s);
        changes.append({*session, {u"refund.succeeded"_s}});
    }
}
