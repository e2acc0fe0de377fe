#include "ExportCommand.h"

#include "AppConfig.h"
#include "CommandLine.h"
#include "DomainError.h"
#include "PaymentReportService.h"
#include "Storage.h"
#include "Terminal.h"
#include "WireJson.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

int runExport(const CommandLine &command, const QString &dataDir)
{
    auto &err = terminal::err();
    const auto config = AppConfig::load(dataDir, {}, command.configFile);
    if (!config) {
        err << config.error() << Qt::endl;
        return 1;
    }
    const auto range = paymentreport::range(command.from, command.to, QDateTime::currentMSecsSinceEpoch());
    if (!range) {
        err << "--" << range.param() << ": " << range.error() << Qt::endl;
        return 1;
    }
    const qint64 from = range->fromMs;
    const qint64 to = range->toMs;
    try {
        Storage store;
        store.open(config->databaseLocation());
        PaymentReportService reports(store, *config);
        const QList<PaymentReportRow> rows = reports.payments(command.livemode, from, to);
        const QByteArray body = command.format == u"json"
                                    ? QJsonDocument(paymentReportToJson(rows, from, to)).toJson()
                                    : paymentreport::toCsv(rows);
        if (std::fwrite(body.constData(), 1, std::size_t(body.size()), stdout) != std::size_t(body.size()) ||
            std::fflush(stdout) != 0) {
            err << "Cannot write the report to standard output." << Qt::endl;
            return 1;
        }
        err << rows.size() << " payments (" << (command.livemode ? "live" : "test") << " mode)." << Qt::endl;
        return 0;
    } catch (const DomainError &error) {
        err << error.message() << Qt::endl;
        return 1;
    } catch (const StorageError &error) {
        err << "Cannot read the database: " << error.what() << Qt::endl;
        return 1;
    }
}
