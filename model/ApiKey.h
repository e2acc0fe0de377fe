#pragma once

#include <QString>

#include <optional>

// A merchant API key as stored: never the key itself, only its SHA-256.
struct ApiKey
{
    enum class Kind { Secret, ReadOnly };

    QString id; // key_…
    QString name;
    bool livemode = false;
    Kind kind = Kind::Secret;
    QString hint;    // the first characters of the key, to tell keys apart in lists
    QByteArray hash; // SHA-256 of the full key text
    qint64 createdAtMs = 0;
    std::optional<qint64> revokedAtMs;
    std::optional<qint64> lastUsedAtMs;

    bool revoked() const { return revokedAtMs.has_value(); }
};

QString apiKeyKindName(ApiKey::Kind kind); // "secret", "read_only"

// A key just made: the full key text is shown once and never stored.
struct CreatedApiKey
{
    ApiKey key;
    QString secret;
};
