#include "PaymentLinkPage.h"

#include "CheckoutService.h"
#include "Clock.h"
#include "RateLimiter.h"
#include "Router.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray messagePage(const QString &title, const QString &message)
{
    return u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width, "
           "initial-scale=1\"><title>%1</title><style>body{font-family:system-ui,"
           "sans-serif;max-width:32rem;margin:4rem auto;padding:0 "
           "1rem;line-height:1.5}</style></head><body><h1>%1</h1>"
           "<p>%2</p></body></html>"_s.arg(title.toHtmlEscaped(), message.toHtmlEscaped())
               .toUtf8();
}
} // namespace

PaymentLinkPage::PaymentLinkPage(CheckoutService &checkout, RateLimiter &limiter, const Clock &clock)
    : m_checkout(checkout)
    , m_limiter(limiter)
    , m_clock(clock)
{}

void PaymentLinkPage::registerRoutes(Router &router)
{
    router.add("GET", u"/l/{id}"_s, [this](HttpRequest &request) { return visit(request); });
}

HttpResponse PaymentLinkPage::visit(HttpRequest &request)
{
    int retryAfter = 0;
    if (!m_limiter.allow(request.clientAddress, m_clock.nowMs(), &retryAfter)) {
        return HttpResponse::html(messagePage(u"Too many requests"_s,
                                              u"Please wait %1 seconds and try again."_s.arg(retryAfter)),
                                  429)
            .withHeader("Retry-After", QByteArray::number(retryAfter));
    }
    const QString id = request.pathParam(u"id"_s);
    // Links live in one mode; the public URL does not say which, so look in both.
    for (bool livemode : {false, true}) {
        const auto link = m_checkout.paymentLink(id, livemode);
        if (!link)
            continue;
        if (!link->active) {
            return HttpResponse::html(
                messagePage(u"This payment link is no longer active"_s,
                            u"The shop has deactivated this link. Please ask them for a new one."_s),
                410);
        }
        // HEAD (a link preview, a crawler, a monitor) learns that the link works and creates nothing.
        if (request.method == "HEAD")
            return HttpResponse::html({}, 200);
        SessionRequest sessionRequest;
        sessionRequest.linkId = link->id;
        try {
            const CheckoutSession session = m_checkout.createSession(sessionRequest, livemode);
            return HttpResponse::redirect(session.checkoutUrl, 303);
        } catch (const DomainError &error) {
            // The customer cannot act on the reason (no price, no deposit address): the shop can.
            return HttpResponse::html(
                messagePage(u"Checkout is unavailable"_s,
                            u"The shop cannot take payments right now. Please try again later."_s),
                error.kind() == DomainError::Kind::Unavailable ? 503 : 400);
        }
    }
    return HttpResponse::html(messagePage(u"Payment link not found"_s, u"Check the address and try again."_s),
                              404);
}
