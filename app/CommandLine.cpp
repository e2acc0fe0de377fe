#include "CommandLine.h"

using namespace Qt::StringLiterals;

QString CommandLine::usage()
{
    return uR"(Usage:
  cryptocheckout [--data-dir DIR] [--config FILE] [--listen HOST:PORT] [--headless]
      Run the checkout server, with the merchant console unless --headless or no display.
  cryptocheckout keys create --mode test|live [--name NAME] [--read-only] [--data-dir DIR]
      Create an API key and print it once on standard output.
  cryptocheckout keys list [--data-dir DIR]
  cryptocheckout keys revoke ID [--data-dir DIR]
  cryptocheckout db copy [--to postgresql://USER:PASSWORD@HOST:PORT/DBNAME] [--data-dir DIR]
      Copy DIR/cryptocheckout.db into an empty PostgreSQL database and compare the counts. Without
      --to, the database named in CRYPTOCHECKOUT_DATABASE_URL (which keeps the password off the
      command line).
  cryptocheckout collect --mode test|live --to ADDRESS [--chain ID] [--passphrase] [--yes]
                         [--max-fee-per-gas GWEI] [--data-dir DIR] [--config FILE]
      Move everything the mode's deposit addresses hold on the chain (its coin and configured tokens)
      to ADDRESS, signed with the wallet's recovery phrase, which is asked for (without echo) or read
      from standard input. Shows the plan and asks before sending, unless --yes. --max-fee-per-gas
      refuses to plan when the network's price is higher.
  cryptocheckout export [--from DATE] [--to DATE] [--format csv|json] [--mode test|live]
                        [--data-dir DIR] [--config FILE]
      The books: one row per payment received from --from to --to (dates are whole UTC days, both
      included; RFC 3339 times also work), on standard output. Default: the last 30 days, live mode, CSV.
  cryptocheckout --help | --version

DIR defaults to the platform's application data folder and holds cryptocheckout.db and config.ini.
--config reads the settings from FILE instead of DIR/config.ini (the service uses
/etc/cryptocheckout/config.ini); keys use the database it names ([database] url). See
cryptocheckout(1).
)"_s;
}

namespace {
CommandLine withAction(CommandLine::Action action)
{
    CommandLine command;
    command.action = action;
    return command;
}

Result<CommandLine> parseDb(CommandLine result, const QStringList &positional, bool keysOptions)
{
    using R = Result<CommandLine>;
    if (positional.value(1) != u"copy")
        return R::failure(positional.size() < 2 ? u"'db' needs copy."_s
                                                : u"Unknown db command '%1'."_s.arg(positional[1]));
    if (positional.size() != 2)
        return R::failure(u"'db copy' takes no further arguments."_s);
    if (keysOptions || !result.listen.isEmpty() || result.headless || !result.configFile.isEmpty())
        return R::failure(u"'db copy' takes --to and --data-dir only."_s);
    result.action = CommandLine::Action::DbCopy;
    return R::success(result);
}
Result<CommandLine> parseCollect(CommandLine result, const QStringList &positional, const QString &mode,
                                 bool nameGiven)
{
    using R = Result<CommandLine>;
    if (positional.size() != 1)
        return R::failure(u"'collect' takes no further arguments."_s);
    if (nameGiven || result.readOnly || !result.listen.isEmpty() || result.headless ||
        !result.from.isEmpty() || !result.format.isEmpty())
        return R::failure(
            u"'collect' takes --mode, --to, --chain, --passphrase, --yes, --max-fee-per-gas, --data-dir and "
            u"--config."_s);
    if (mode != u"test" && mode != u"live")
        return R::failure(u"'collect' needs --mode test or --mode live."_s);
    if (result.to.isEmpty())
        return R::failure(
            u"'collect' needs --to ADDRESS: the address of your wallet that receives it all."_s);
    result.action = CommandLine::Action::Collect;
    result.livemode = mode == u"live";
    return R::success(result);
}
Result<CommandLine> parseExport(CommandLine result, const QStringList &positional, const QString &mode,
                                bool nameGiven)
{
    using R = Result<CommandLine>;
    if (positional.size() != 1)
        return R::failure(u"'export' takes no further arguments."_s);
    if (nameGiven || result.readOnly || !result.listen.isEmpty() || result.headless || result.chainId != 0 ||
        result.yes || result.passphrase || !result.maxFeePerGas.isEmpty())
        return R::failure(u"'export' takes --from, --to, --format, --mode, --data-dir and --config."_s);
    if (!mode.isEmpty() && mode != u"test" && mode != u"live")
        return R::failure(u"--mode is test or live."_s);
    if (result.format.isEmpty())
        result.format = u"csv"_s;
    if (result.format != u"csv" && result.format != u"json")
        return R::failure(u"--format is csv or json."_s);
    result.action = CommandLine::Action::Export;
    result.livemode = mode != u"test";
    return R::success(result);
}
} // namespace

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    using R = Result<CommandLine>;
    CommandLine result;
    QStringList positional;
    QString mode;
    bool nameGiven = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments[i];
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(u"--"_s) && argument.contains(u'=')) {
            inlineValue = argument.section(u'=', 1);
            argument = argument.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        auto takeValue = [&](QString *target) -> bool {
            if (hasInlineValue) {
                *target = inlineValue;
            } else {
                if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(u"--"_s))
                    return false;
                *target = arguments[++i];
            }
            return !target->isEmpty();
        };
        auto flag = [&](bool *target) -> bool {
            *target = true;
            return !hasInlineValue;
        };

        bool ok = true;
        if (argument == u"--data-dir")
            ok = takeValue(&result.dataDir);
        else if (argument == u"--config")
            ok = takeValue(&result.configFile);
        else if (argument == u"--listen")
            ok = takeValue(&result.listen);
        else if (argument == u"--headless")
            ok = flag(&result.headless);
        else if (argument == u"--mode")
            ok = takeValue(&mode);
        else if (argument == u"--name")
            ok = nameGiven = takeValue(&result.keyName);
        else if (argument == u"--read-only")
            ok = flag(&result.readOnly);
        else if (argument == u"--to")
            ok = takeValue(&result.to);
        else if (argument == u"--chain") {
            QString text;
            ok = takeValue(&text);
            result.chainId = text.toLongLong(&ok);
            if (ok && result.chainId <= 0)
                return R::failure(u"--chain takes a chain id (a positive number, 1 for Ethereum)."_s);
        } else if (argument == u"--max-fee-per-gas")
            ok = takeValue(&result.maxFeePerGas);
        else if (argument == u"--from")
            ok = takeValue(&result.from);
        else if (argument == u"--format")
            ok = takeValue(&result.format);
        else if (argument == u"--yes")
            ok = flag(&result.yes);
        else if (argument == u"--passphrase")
            ok = flag(&result.passphrase);
        else if (argument == u"--help" || argument == u"-h")
            return R::success(withAction(Action::Help));
        else if (argument == u"--version")
            return R::success(withAction(Action::Version));
        else if (argument.startsWith(u'-'))
            return R::failure(u"Unknown option %1."_s.arg(argument));
        else
            positional << argument;
        if (!ok)
            return R::failure(u"%1 needs a value."_s.arg(argument));
    }

    if (positional.value(0) == u"collect")
        return parseCollect(result, positional, mode, nameGiven);
    if (positional.value(0) == u"export")
        return parseExport(result, positional, mode, nameGiven);
    if (!result.from.isEmpty() || !result.format.isEmpty())
        return R::failure(u"--from and --format belong to 'export'."_s);
    if (result.chainId != 0 || result.yes || result.passphrase || !result.maxFeePerGas.isEmpty())
        return R::failure(u"--chain, --yes, --passphrase and --max-fee-per-gas belong to 'collect'."_s);
    const bool keysOptions = !mode.isEmpty() || nameGiven || result.readOnly;
    if (positional.isEmpty()) {
        if (keysOptions)
            return R::failure(u"--mode, --name and --read-only belong to 'keys create'."_s);
        if (!result.to.isEmpty())
            return R::failure(u"--to belongs to 'db copy'."_s);
        result.action = Action::Run;
        return R::success(result);
    }
    if (positional[0] == u"db")
        return parseDb(result, positional, keysOptions);
    if (positional[0] != u"keys")
        return R::failure(u"Unknown command '%1'."_s.arg(positional[0]));
    if (!result.listen.isEmpty() || result.headless)
        return R::failure(u"--listen and --headless are for running the server, not for 'keys'."_s);
    if (!result.to.isEmpty())
        return R::failure(u"--to belongs to 'db copy'."_s);
    const QString sub = positional.value(1);
    if (sub == u"create") {
        if (positional.size() != 2)
            return R::failure(u"'keys create' takes no further arguments."_s);
        if (mode != u"test" && mode != u"live")
            return R::failure(u"'keys create' needs --mode test or --mode live."_s);
        result.action = Action::KeysCreate;
        result.livemode = mode == u"live";
        return R::success(result);
    }
    if (keysOptions)
        return R::failure(u"--mode, --name and --read-only belong to 'keys create'."_s);
    if (sub == u"list") {
        if (positional.size() != 2)
            return R::failure(u"'keys list' takes no further arguments."_s);
        result.action = Action::KeysList;
        return R::success(result);
    }
    if (sub == u"revoke") {
        if (positional.size() != 3)
            return R::failure(u"'keys revoke' needs exactly one key id (see 'keys list')."_s);
        result.action = Action::KeysRevoke;
        result.keyId = positional[2];
        return R::success(result);
    }
    return R::failure(sub.isEmpty() ? u"'keys' needs create, list or revoke."_s
                                    : u"Unknown keys command '%1'."_s.arg(sub));
}
