// Crypto Checkout: command line, wiring, and a GUI or headless start.
#include "Backend.h"
#include "CollectCommand.h"
#include "CommandLine.h"
#include "ConsoleServices.h"
#include "DatabaseCopy.h"
#include "DatabaseUrl.h"
#include "ExportCommand.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "Terminal.h"
#include "Translations.h"
#include "UnixSignalNotifier.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
using terminal::err;
using terminal::out;

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// `db copy --to URL`: the data folder's SQLite file into an empty PostgreSQL database.
int runDbCopy(const CommandLine &command, const QString &dataDir)
{
    const QString source = QDir(dataDir).filePath(QString::fromLatin1(Storage::kFileName));
    const QString target =
        command.to.isEmpty() ? qEnvironmentVariable("CRYPTOCHECKOUT_DATABASE_URL").trimmed() : command.to;
    if (target.isEmpty()) {
        err()
            << "cryptocheckout: 'db copy' needs --to postgresql://USER:PASSWORD@HOST:PORT/DBNAME, or the URL "
               "in CRYPTOCHECKOUT_DATABASE_URL."
            << Qt::endl;
        return 2;
    }
    QString problem;
    const auto destination = DatabaseUrl::parse(target, &problem);
    if (!destination) {
        err() << "cryptocheckout: the database URL: " << problem << Qt::endl;
        return 2;
    }
    if (!QFileInfo::exists(source)) {
        err() << "No database at " << source << " (use --data-dir to name the folder that holds "
              << Storage::kFileName << ")." << Qt::endl;
        return 1;
    }
    try {
        Database from;
        from.open(source);
        Database to;
        to.open(target);
        err() << "Copying " << source << " into " << destination->redacted() << Qt::endl;
        qint64 total = 0;
        copyDatabase(from, to, [&](const TableCopy &copy) {
            out() << copy.table << '\t' << copy.copiedRows << Qt::endl;
            total += copy.copiedRows;
        });
        err() << "Copied " << total << " rows; every table's count matches. Set [database] url in config.ini "
              << "(or CRYPTOCHECKOUT_DATABASE_URL) to run on it." << Qt::endl;
        return 0;
    } catch (const StorageError &error) {
        err() << "Cannot copy: " << error.what() << Qt::endl;
        return 1;
    }
}

int runKeysCommand(const CommandLine &command, const QString &dataDir)
{
    SystemClock clock;
    Storage store;
    const auto config = AppConfig::load(dataDir, {}, command.configFile);
    if (!config) {
        err() << config.error() << Qt::endl;
        return 1;
    }
    try {
        QDir().mkpath(dataDir);
        store.open(config->databaseLocation());
        ApiKeyService keys(store, clock);
        switch (command.action) {
        case CommandLine::Action::KeysCreate: {
            const auto created =
                keys.create(command.livemode, command.keyName,
                            command.readOnly ? ApiKey::Kind::ReadOnly : ApiKey::Kind::Secret);
            out() << created.secret << Qt::endl;
            err() << "Created " << created.key.id << " (" << (created.key.livemode ? "live" : "test") << ", "
                  << apiKeyKindName(created.key.kind) << "). Store the key now: it is not shown again."
                  << Qt::endl;
            return 0;
        }
        case CommandLine::Action::KeysList: {
            for (const ApiKey &key : keys.list()) {
                out() << key.id << '\t' << (key.livemode ? "live" : "test") << '\t'
                      << apiKeyKindName(key.kind) << '\t' << (key.livemode ? "ck_live_" : "ck_test_")
                      << key.hint << "…\t"
                      << QDateTime::fromMSecsSinceEpoch(key.createdAtMs, Qt::UTC).toString(Qt::ISODate)
                      << '\t' << (key.revoked() ? u"revoked"_s : u"active"_s) << '\t' << key.name << Qt::endl;
            }
            return 0;
        }
        case CommandLine::Action::KeysRevoke:
            if (!keys.revoke(command.keyId)) {
                err() << "No active key " << command.keyId << " (see 'cryptocheckout keys list')."
                      << Qt::endl;
                return 1;
            }
            err() << "Revoked " << command.keyId << ". Requests with it now fail with 401." << Qt::endl;
            return 0;
        default:
            return 2;
        }
    } catch (const StorageError &error) {
        err() << error.what() << Qt::endl;
        return 1;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto parsed = CommandLine::parse(arguments);
    if (!parsed) {
        err() << "cryptocheckout: " << parsed.error() << "\n\n" << CommandLine::usage() << Qt::flush;
        return 2;
    }
    const CommandLine &command = *parsed;
    if (command.action == CommandLine::Action::Help) {
        out() << CommandLine::usage() << Qt::flush;
        return 0;
    }
    if (command.action == CommandLine::Action::Version) {
        out() << "cryptocheckout " << CRYPTOCHECKOUT_VERSION << Qt::endl;
        return 0;
    }

    QCoreApplication::setOrganizationName(u"CryptoCheckout"_s);
    QCoreApplication::setApplicationName(u"CryptoCheckout"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CRYPTOCHECKOUT_VERSION));

    const bool keysCommand = command.action != CommandLine::Action::Run;
    const bool headless = keysCommand || command.headless || !hasDisplay();
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    // The menu entry's name: desktops match the window to it (its icon, its name in the task bar).
    if (!headless)
        QGuiApplication::setDesktopFileName(u"io.cryptocheckout.CryptoCheckout"_s);

    const QString dataDir = command.dataDir.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : QDir(command.dataDir).absolutePath();
    if (command.action == CommandLine::Action::DbCopy)
        return runDbCopy(command, dataDir);
    if (command.action == CommandLine::Action::Collect)
        return runCollect(command, dataDir);
    if (command.action == CommandLine::Action::Export)
        return runExport(command, dataDir);
    if (keysCommand)
        return runKeysCommand(command, dataDir);

    if (!command.headless && headless)
        err() << "No display found: running headless (the API and checkout pages only)." << Qt::endl;

    const QString configFile =
        command.configFile.isEmpty() ? QString() : QFileInfo(command.configFile).absoluteFilePath();
    const auto config = AppConfig::load(dataDir, command.listen, configFile);
    if (!config) {
        err() << config.error() << Qt::endl;
        return 1;
    }
    installTranslations(app.get(), QLocale());

    SystemClock clock;
    Backend backend(*config, clock);
    try {
        backend.start();
    } catch (const StartupError &error) {
        err() << "Cannot start: " << error.what() << Qt::endl;
        return 1;
    }
    err() << "Crypto Checkout " << CRYPTOCHECKOUT_VERSION << " listening on " << backend.baseUrl().toString()
          << " (data: " << dataDir << ", database: " << config->databaseDisplayName() << ")" << Qt::endl;
    backend.startBuiltinChain();

    UnixSignalNotifier signalNotifier;
    QObject::connect(&signalNotifier, &UnixSignalNotifier::terminationRequested, app.get(),
                     [](int signalNumber) {
                         err() << "Received signal " << signalNumber << ", shutting down." << Qt::endl;
                         QCoreApplication::quit();
                     });

    // The console sees the program through interfaces::Console only.
    std::unique_ptr<ConsoleServices> console;
    std::unique_ptr<MainWindow> window;
    if (!headless) {
        console = std::make_unique<ConsoleServices>(backend.services(), backend.baseUrl());
        window = std::make_unique<MainWindow>(*console);
        window->show();
        // A data directory never set up: the setup assistant, once the window is on screen.
        if (SetupWizard::isFirstStart(*console))
            QTimer::singleShot(0, window.get(), &MainWindow::openSetup);
    }
    const int status = app->exec();
    window.reset();
    console.reset();
    return status;
}
