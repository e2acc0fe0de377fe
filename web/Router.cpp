#include "Router.h"

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::matchSegments(const QStringList &pattern, const QVarLengthArray<QStringView, 8> &path,
                           QMap<QString, QString> *params)
{
    // Captures are copied only once the whole path matches: most routes fail on a fixed segment.
    if (pattern.size() != path.size())
        return false;
    QVarLengthArray<std::pair<QStringView, QStringView>, 4> captured; // name, value
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (path[i].isEmpty())
                return false;
            captured.append({QStringView(expected).sliced(1, expected.size() - 2), path[i]});
        } else if (expected != path[i]) {
            return false;
        }
    }
    for (const auto &[name, value] : captured)
        params->insert(name.toString(), value.toString());
    return true;
}

Router::Match Router::match(HttpRequest &request) const
{
    Match result;
    QVarLengthArray<QStringView, 8> path;
    for (const QStringView segment : QStringTokenizer(request.path, u'/', Qt::SkipEmptyParts))
        path.append(segment);
    for (const Route &route : m_routes) {
        QMap<QString, QString> params;
        if (!matchSegments(route.segments, path, &params))
            continue;
        const bool methodMatches =
            route.method == request.method || (route.method == "GET" && request.method == "HEAD");
        if (methodMatches) {
            request.pathParams = std::move(params);
            result.route = &route;
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}
