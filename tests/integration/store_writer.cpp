// A child process for the crash test: writes sessions and their status changes as fast as it can, one
// transaction each, and reports every commit on stdout after it returns. The test kills it mid-stream.
#include "Ids.h"
#include "Storage.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_writer DATABASE\n");
        return 2;
    }
    Storage store;
    store.open(QString::fromLocal8Bit(argv[1]));
    for (qint64 i = 0;; ++i) {
        CheckoutSession s;
        s.id = u"cs_crash_%1"_s.arg(i);
        s.chainId = 31337;
        s.address = u"0x%1"_s.arg(i, 40, 16, QLatin1Char('0'));
        s.addressIndex = i;
        s.amountDue = UInt256{1000};
        s.fiat = FiatAmount{100, u"USD"_s};
        s.nativePriceUsd = u"3000"_s;
        s.rate = *parseExchangeRate(u"ETH"_s, u"USD"_s, u"3000"_s);
        s.rateSource = u"fixed"_s;
        s.createdAtMs = s.updatedAtMs = 1'790'000'000'000 + i;
        s.expiresAtMs = s.createdAtMs + 1000;
        s.checkoutUrl = u"http://127.0.0.1/checkout/"_s + s.id;
        store.transaction([&] {
            const qint64 index = store.sessions().takeNextAddressIndex(u"crash"_s);
            s.addressIndex = index;
            store.sessions().insert(s);
            store.events().insert(
                Event{newObjectId(u"evt"), u"session.created"_s, s.id, false, s.createdAtMs, {}});
        });
        std::printf("created %lld\n", static_cast<long long>(i));
        std::fflush(stdout);
        s.status = SessionStatus::Expired;
        s.updatedAtMs += 1;
        store.sessions().saveChange(
            s, {Event{newObjectId(u"evt"), u"session.expired"_s, s.id, false, s.updatedAtMs, {}}});
        std::printf("expired %lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
