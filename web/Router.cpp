#include "Router.h"

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::matchSegments(const QStringList &pattern, const QStringList &path,
                           QMap<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    QMap<QString, QString> captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (path[i].isEmpty())
                return false;
            captured.insert(expected.mid(1, expected.size() - 2), path[i]);
        } else if (expected != path[i]) {
            return false;
        }
    }
    *params = captured;
    return true;
}

Router::Match Router::match(HttpRequest &request) const
{
    Match result;
    const QStringList path = request.path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        QMap<QString, QString> params;
        if (!matchSegments(route.segments, path, &params))
            continue;
        const bool methodMatches =
            route.method == request.method || (route.method == "GET" && request.method == "HEAD");
        if (methodMatches) {
            request.pathParams = params;
            result.route = &route;
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}
