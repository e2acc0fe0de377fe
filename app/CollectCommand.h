#pragma once

#include <QString>

struct CommandLine;

// `cryptocheckout collect`: everything the mode's deposit addresses hold, into the owner's wallet.
// Exit status: 0 when every transaction confirmed (or there was nothing to send), 1 when something was
// refused or did not confirm, 2 for a usage error.
int runCollect(const CommandLine &command, const QString &dataDir);
