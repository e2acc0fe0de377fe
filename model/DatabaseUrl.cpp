#include "DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool validOption(const QString &name, const QString &value, QString *error)
{
    if (value.isEmpty())
        return fail(error, u"the parameter %1 has no value"_s.arg(name));
    if (value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
        return fail(error, u"the parameter %1 may not contain spaces, quotes or semicolons"_s.arg(name));
    if (name == u"sslmode"_s) {
        static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                       u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        if (!modes.contains(value))
            return fail(error, u"sslmode must be one of %1"_s.arg(modes.join(u", "_s)));
    } else if (name == u"connect_timeout"_s) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 300)
            return fail(error, u"connect_timeout must be a number of seconds from 1 to 300"_s);
    } else if (name == u"target_session_attrs"_s) {
        static const QStringList attrs{u"any"_s, u"read-write"_s, u"primary"_s};
        if (!attrs.contains(value))
            return fail(error, u"target_session_attrs must be one of %1"_s.arg(attrs.join(u", "_s)));
    }
    return true;
}
} // namespace

bool DatabaseUrl::isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

const QStringList &DatabaseUrl::allowedOptions()
{
    static const QStringList names{
        u"sslmode"_s,          u"sslrootcert"_s,         u"sslcert"_s, u"sslkey"_s, u"connect_timeout"_s,
        u"application_name"_s, u"target_session_attrs"_s};
    return names;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    if (!isServerUrl(text)) {
        fail(error, u"a database URL starts with postgresql://"_s);
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        fail(error, u"not a valid URL (characters such as @ : / in the password must be percent-encoded)"_s);
        return std::nullopt;
    }
    DatabaseUrl parsed;
    parsed.host = url.host();
    if (parsed.host.isEmpty()) {
        fail(error, u"the URL names no host"_s);
        return std::nullopt;
    }
    parsed.port = url.port(5432);
    if (parsed.port < 1 || parsed.port > 65535) {
        fail(error, u"the port must be from 1 to 65535"_s);
        return std::nullopt;
    }
    parsed.user = url.userName(QUrl::FullyDecoded);
    parsed.password = url.password(QUrl::FullyDecoded);
    if (parsed.user.isEmpty()) {
        fail(error, u"the URL names no user (postgresql://user:password@host/dbname)"_s);
        return std::nullopt;
    }
    parsed.database = url.path(QUrl::FullyDecoded).mid(1);
    if (parsed.database.isEmpty() || parsed.database.contains(u'/')) {
        fail(error, u"the URL names no database (postgresql://user:password@host/dbname)"_s);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions().contains(name)) {
            fail(error, u"unknown parameter %1 (known: %2)"_s.arg(name, allowedOptions().join(u", "_s)));
            return std::nullopt;
        }
        if (!validOption(name, value, error))
            return std::nullopt;
        parsed.options.append({name, value});
    }
    if (!url.fragment().isEmpty()) {
        fail(error, u"a database URL has no #fragment"_s);
        return std::nullopt;
    }
    return parsed;
}

QString DatabaseUrl::redacted() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host; // an IPv6 address
    QString text = u"postgresql://%1%2@%3:%4/%5"_s
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)),
                            password.isEmpty() ? QString() : u":***"_s, shownHost)
                       .arg(port)
                       .arg(database);
    QStringList query;
    for (const auto &[name, value] : options)
        query << name + u'=' + value;
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    bool timeout = false;
    for (const auto &[name, value] : options) {
        parts << name + u'=' + value;
        timeout = timeout || name == u"connect_timeout"_s;
    }
    if (!timeout)
        parts << u"connect_timeout=10"_s;
    // A server that went away (a cut network) is noticed in seconds, not at TCP's retransmission limit.
    parts << u"keepalives_idle=5"_s << u"keepalives_interval=2"_s << u"keepalives_count=3"_s
          << u"tcp_user_timeout=15000"_s;
    return parts.join(u';');
}
