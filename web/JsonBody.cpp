#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

JsonBody::JsonBody(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

JsonBody JsonBody::parse(const HttpRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return JsonBody(QJsonObject{});
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "application/json") {
        throw ApiError(415, u"invalid_request_error"_s, u"unsupported_media_type"_s,
                       u"Send the body as JSON with Content-Type: application/json (got '%1')."_s.arg(
                           QString::fromLatin1(contentType.left(80))));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        throw ApiError::invalid(
            u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset), {},
            u"json_invalid"_s);
    }
    if (!document.isObject())
        throw ApiError::invalid(u"The body must be a JSON object."_s, {}, u"json_invalid"_s);
    return JsonBody(document.object());
}

void JsonBody::allowOnly(const QStringList &keys) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            throw ApiError::invalid(
                u"Unknown parameter: %1. Allowed here: %2."_s.arg(param(it.key()), keys.join(u", "_s)),
                param(it.key()), u"parameter_unknown"_s);
        }
    }
}

void JsonBody::wrongType(const QString &key, const char *expected) const
{
    throw ApiError::invalid(u"%1 must be %2."_s.arg(param(key), QLatin1StringView(expected)), param(key),
                            u"parameter_invalid_type"_s);
}

std::optional<QString> JsonBody::nullableString(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isNull())
        return QString();
    if (!value.isString())
        wrongType(key, "a string");
    return value.toString();
}

QString JsonBody::optionalString(const QString &key) const
{
    return nullableString(key).value_or(QString());
}

std::optional<bool> JsonBody::optionalBool(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        wrongType(key, "true or false");
    return value.toBool();
}

std::optional<qint64> JsonBody::optionalInteger(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    // Only whole numbers that a double holds exactly, up to 2^53: a client that reads JSON numbers as
    // doubles (JavaScript) sees the same number we do.
    constexpr qint64 kExact = qint64(1) << 53;
    // Qt keeps a JSON integer that fits a qint64 as that integer, which toInteger() returns exactly
    // (toDouble() would round 2^53 + 1 to 2^53); another number comes back only when it is whole and fits,
    // else the fallback, which is out of range.
    constexpr qint64 kNotAnInteger = std::numeric_limits<qint64>::max();
    const qint64 integer = value.isDouble() ? value.toInteger(kNotAnInteger) : kNotAnInteger;
    if (integer > kExact || integer < -kExact)
        wrongType(key, "a whole number");
    return integer;
}

std::optional<QJsonObject> JsonBody::optionalObject(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        wrongType(key, "an object");
    return value.toObject();
}

JsonBody JsonBody::object(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        wrongType(key, "an object");
    return JsonBody(value.toObject(), param(key));
}

std::optional<QStringList> JsonBody::optionalStringList(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        wrongType(key, "an array of strings");
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            wrongType(key, "an array of strings");
        list << item.toString();
    }
    return list;
}
