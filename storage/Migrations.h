#pragma once

#include <QStringList>

// The schema, as numbered steps. Step i (0-based) moves a database from user_version i to i + 1.
// Released steps are never edited; a change is a new step.
const QList<QStringList> &schemaMigrations();
