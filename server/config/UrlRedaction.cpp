#include "UrlRedaction.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// A key rather than a word: 16 or more characters of letters, digits, '-' or '_' with at least one digit
// (a version such as "v2", a name such as "mainnet" or "rpc", stays readable).
bool looksLikeKey(const QString &part)
{
    static const QRegularExpression token(u"^[A-Za-z0-9_\\-]{16,}$"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    return token.match(part).hasMatch() && digit.match(part).hasMatch();
}
} // namespace

bool isThisMachine(const QUrl &url)
{
    const QString host = url.host();
    return QHostAddress(host).isLoopback() || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0;
}

QString redactedUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (!url.userInfo().isEmpty())
        shown.setUserInfo(u"***"_s);
    QStringList segments = shown.path(QUrl::FullyDecoded).split(u'/');
    for (QString &segment : segments) {
        if (looksLikeKey(segment))
            segment = u"***"_s;
    }
    shown.setPath(segments.join(u'/'));
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[key, value] : items) {
            if (!value.isEmpty())
                value = u"***"_s; // query values are where providers put keys; none is worth showing
        }
        query.setQueryItems(items);
        shown.setQuery(query);
    }
    return shown.toDisplayString();
}
