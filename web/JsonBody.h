#pragma once

#include "HttpTypes.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// A request's JSON body, read strictly: the wrong content type, malformed JSON, a non-object, an
// unknown parameter or a value of the wrong type is an ApiError naming the parameter. Nothing is
// guessed or coerced ("99" is not 99).
class JsonBody
{
public:
    // An empty body is an empty object (POST …/expire needs none).
    static JsonBody parse(const HttpRequest &request);
    explicit JsonBody(QJsonObject object, QString prefix = {});

    void allowOnly(const QStringList &keys) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    // Absent: nullopt. JSON null: a null QString (clears the field). Otherwise must be a string.
    std::optional<QString> nullableString(const QString &key) const;
    // Absent or null: null QString.
    QString optionalString(const QString &key) const;
    std::optional<bool> optionalBool(const QString &key) const;
    // Absent: nullopt. Otherwise a whole number (12, not 12.5 or "12").
    std::optional<qint64> optionalInteger(const QString &key) const;
    // Absent or null: nullopt.
    std::optional<QJsonObject> optionalObject(const QString &key) const;
    JsonBody object(const QString &key) const; // required nested object
    // Absent: nullopt. Otherwise an array of strings.
    std::optional<QStringList> optionalStringList(const QString &key) const;

    QString param(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix + u'.' + key; }

private:
    [[noreturn]] void wrongType(const QString &key, const char *expected) const;
    QJsonObject m_object;
    QString m_prefix;
};
