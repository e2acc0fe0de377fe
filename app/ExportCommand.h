#pragma once

#include <QString>

struct CommandLine;

// `cryptocheckout export`: the payments report (CSV or JSON) on standard output. 0 on success, 1 when the
// range or the database is refused.
int runExport(const CommandLine &command, const QString &dataDir);
