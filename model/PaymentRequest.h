#pragma once

#include "CheckoutSession.h"

#include <QString>

// What the customer is asked to send now: the whole amount, or what is left of an underpaid session.
UInt256 amountDueNow(const CheckoutSession &session);
// The EIP-681 request for what is due now (a wallet link and the QR code's content): the chain's coin, or
// an ERC-20 transfer for a token session.
QString paymentUri(const CheckoutSession &session);
