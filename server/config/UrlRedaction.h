#pragma once

#include <QString>
#include <QUrl>

// RPC and provider URLs often carry an API key: in the userinfo, as a path segment (/v2/<key>) or as a
// query value (?apikey=…). Wherever a URL is shown or logged, this form is used: the scheme, host and port,
// and the path and query with every credential-looking part replaced by "***".
QString redactedUrl(const QUrl &url);

// Whether the URL's host is this machine (a loopback address or "localhost"): where plain http or ws is
// acceptable, since nothing on a network path can read or rewrite it.
bool isThisMachine(const QUrl &url);
