#pragma once

#include "HttpTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringTokenizer>
#include <QVarLengthArray>

#include <functional>

// Maps method + path pattern ("/api/v1/checkout_sessions/{id}") to a handler. Knows the difference
// between a path nobody serves (404) and a method a path does not accept (405 with Allow).
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QList<QByteArray> allowedMethods; // when the path matched but the method did not
    };
    Match match(HttpRequest &request) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matchSegments(const QStringList &pattern, const QVarLengthArray<QStringView, 8> &path,
                              QMap<QString, QString> *params);
    QList<Route> m_routes;
};
