#pragma once

#include <QStringList>

// The schema, as numbered steps. Step i (0-based) moves a database from user_version i to i + 1.
// Released steps are never edited; a change is a new step.
const QList<QStringList> &schemaMigrations();

// A migration statement as PostgreSQL takes it. The migrations are written once, in SQLite's words, and
// the few that differ are translated: row ids become identity columns, integers are 64-bit (times are in
// milliseconds), and BLOB is BYTEA. Everything else in them is standard SQL both engines run as written.
QString postgresDdl(const QString &statement);
