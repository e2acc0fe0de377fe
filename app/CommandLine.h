#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsing is pure: main() decides what to run.
struct CommandLine
{
    enum class Action { Run, KeysCreate, KeysList, KeysRevoke, DbCopy, Collect, Export, Help, Version };

    Action action = Action::Run;
    QString dataDir;
    QString listen;
    QString configFile; // --config: config.ini elsewhere than in the data directory
    bool headless = false;
    bool livemode = false;
    bool readOnly = false;
    QString keyName;
    QString keyId;
    QString to;   // db copy --to: the PostgreSQL URL (empty: CRYPTOCHECKOUT_DATABASE_URL); collect --to: the
                  // address
    QString from; // export --from: a date or time
    QString format;       // export --format: csv (default) or json
    qint64 chainId = 0;   // collect --chain (0: the mode's chain)
    bool yes = false;     // collect --yes: send without asking
    QString maxFeePerGas; // collect --max-fee-per-gas: gwei, a decimal ("30", "0.5"); empty: no cap of yours
    bool passphrase = false; // collect --passphrase: the wallet has a BIP-39 passphrase; ask for it

    // arguments without the program name
    static Result<CommandLine> parse(const QStringList &arguments);
    static QString usage();
};
