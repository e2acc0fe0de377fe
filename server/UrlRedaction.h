#pragma once

#include <QString>
#include <QUrl>

// RPC and provider URLs often carry an API key: in the userinfo, as a path segment (/v2/<key>) or as a
// query value (?apikey=…). Wherever a URL is shown or logged, this form is used: the scheme, host and port,
// and the path and query with every credential-looking part replaced by "***".
QString redactedUrl(const QUrl &url);
