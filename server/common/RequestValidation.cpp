#include "RequestValidation.h"

#include "DomainError.h"
#include "UrlRedaction.h"
#include "WebhookTarget.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace validation {

namespace {
constexpr int kWebhookLookupMs = 2000;
}

void url(const QString &value, const QString &param)
{
    if (value.isNull())
        return;
    if (value.size() > kMaxUrlLength)
        throw DomainError::invalid(u"%1 is longer than %2 characters."_s.arg(param).arg(kMaxUrlLength),
                                   param);
    const QUrl parsed(value, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty()) {
        throw DomainError::invalid(
            u"%1 must be an absolute http or https URL; got '%2'."_s.arg(param, value.left(100)), param,
            u"url_invalid"_s);
    }
}

void webhookUrl(const QString &value, const QString &param, bool livemode)
{
    url(value, param);
    const QUrl parsed(value, QUrl::StrictMode);
    // A name is looked up now (for at most 2 s) and again at every connection the dispatcher opens.
    const auto addresses = webhooktarget::resolveWithin(parsed.host(), kWebhookLookupMs);
    const QString refused =
        addresses ? webhooktarget::refusedAddresses(parsed, livemode, *addresses) : QString();
    if (!refused.isEmpty()) {
        throw DomainError::invalid(u"%1: webhooks cannot be sent there: %2."_s.arg(param, refused), param,
                                   u"url_invalid"_s);
    }
    if (livemode && parsed.scheme().toLower() != u"https" && !isThisMachine(parsed) && !addresses) {
        throw DomainError::invalid(
            u"%1 must be https in live mode (plain http only to this machine); got '%2'."_s.arg(
                param, value.left(100)),
            param, u"url_invalid"_s);
    }
}

void metadata(const QJsonObject &metadata, const QString &param)
{
    if (metadata.size() > kMaxMetadataKeys)
        throw DomainError::invalid(u"%1 has %2 keys; at most %3 are allowed."_s.arg(param)
                                       .arg(metadata.size())
                                       .arg(kMaxMetadataKeys),
                                   param);
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxMetadataKeyLength) {
            throw DomainError::invalid(u"%1 keys must be 1 to %2 characters; '%3' is not."_s.arg(param)
                                           .arg(kMaxMetadataKeyLength)
                                           .arg(it.key().left(60)),
                                       param + u'.' + it.key().left(60));
        }
        if (!it.value().isString()) {
            throw DomainError::invalid(u"%1.%2 must be a string."_s.arg(param, it.key()),
                                       param + u'.' + it.key());
        }
        if (it.value().toString().size() > kMaxMetadataValueLength) {
            throw DomainError::invalid(
                u"%1.%2 is longer than %3 characters."_s.arg(param, it.key()).arg(kMaxMetadataValueLength),
                param + u'.' + it.key());
        }
    }
}

void email(const QString &value, const QString &param)
{
    if (value.isNull())
        return;
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (value.size() > 254 || !pattern.match(value).hasMatch())
        throw DomainError::invalid(u"%1 is not an email address."_s.arg(param), param, u"email_invalid"_s);
}

void description(const QString &value, const QString &param)
{
    if (value.size() > kMaxDescriptionLength)
        throw DomainError::invalid(
            u"%1 is longer than %2 characters."_s.arg(param).arg(kMaxDescriptionLength), param);
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            throw DomainError::invalid(u"%1 is plain text on one line: no control characters."_s.arg(param),
                                       param);
    }
}

} // namespace validation
