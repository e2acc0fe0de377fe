#pragma once

#include <QMap>
#include <QString>

// Reading and writing config.ini for the console (Settings page, setup assistant). Keys are "group/key"; an
// empty value removes the key, so it falls back to its default.
namespace configfile {

// Every key in the file with its text ("a,b" stays one text); empty when there is no file.
QMap<QString, QString> read(const QString &path);

// Writes `entries` over a copy of `from` (when it exists) into `to`, readable by the owner only.
bool writeOver(const QString &from, const QString &to, const QMap<QString, QString> &entries);

// Replaces `path` with itself plus `entries` atomically: written beside it, then renamed over it, so a
// crash leaves the old file or the new one, never half of one. false, with *error, when it cannot.
bool replace(const QString &path, const QMap<QString, QString> &entries, QString *error);

} // namespace configfile
