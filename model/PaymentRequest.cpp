#include "PaymentRequest.h"

#include "QrCode.h"

UInt256 amountDueNow(const CheckoutSession &session)
{
    return session.status == SessionStatus::Underpaid
               ? session.amountDue.saturatingSub(session.amountReceived)
               : session.amountDue;
}

QString paymentUri(const CheckoutSession &session)
{
    const QString due = toQString(amountDueNow(session));
    return session.asset.isToken()
               ? eip681TokenUri(session.asset.contract, session.chainId, session.address, due)
               : eip681NativeUri(session.address, session.chainId, due);
}
