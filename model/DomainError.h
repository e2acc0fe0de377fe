#pragma once

#include <QString>

#include <stdexcept>

// Why a service refused a request, in the domain's terms: what kind of refusal, a stable code, the
// parameter at fault and a message written for whoever made the request. The services throw it and know
// nothing of HTTP; the web layer maps the kind to a status in one place (HttpServer::guarded), and the
// console shows the message.
class DomainError : public std::runtime_error
{
public:
    enum class Kind {
        Invalid,     // the request is wrong: a parameter, or the object's state does not allow it
        NotFound,    // no such object (in this mode)
        Conflict,    // the request cannot be done now, as things stand (nothing due, already in flight)
        Unavailable, // a part the request needs is not working (no xpub, no price, no test chain)
    };

    DomainError(Kind kind, QString code, QString message, QString param = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_param(std::move(param))
    {}

    static DomainError invalid(const QString &message, const QString &param = {},
                               const QString &code = QStringLiteral("parameter_invalid"))
    {
        return DomainError(Kind::Invalid, code, message, param);
    }
    static DomainError notFound(const QString &message, const QString &param = {})
    {
        return DomainError(Kind::NotFound, QStringLiteral("resource_missing"), message, param);
    }
    static DomainError unavailable(const QString &code, const QString &message)
    {
        return DomainError(Kind::Unavailable, code, message);
    }
    static DomainError conflict(const QString &code, const QString &message, const QString &param = {})
    {
        return DomainError(Kind::Conflict, code, message, param);
    }

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString param() const { return m_param; }

private:
    Kind m_kind;
    QString m_code;
    QString m_message;
    QString m_param;
};

// The database failed (disk full, locked too long, corrupt file). Thrown by storage, passed through the
// services, and turned into an error response or a message at the boundary; never a silent default.
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};
