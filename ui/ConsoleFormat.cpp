#include "ConsoleFormat.h"

#include "ExtendedPublicKey.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

QString formatFiat(const FiatAmount &fiat)
{
    return u"%1 %2"_s.arg(fiat.toDecimalString(), fiat.currency);
}

QString formatCrypto(const UInt256 &units, const QString &symbol, unsigned decimals)
{
    return u"%1 %2"_s.arg(formatUnits(units, decimals), symbol);
}

QString formatTime(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    if (time.date() == QDate::currentDate())
        return QLocale().toString(time.time(), QLocale::ShortFormat);
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString formatCountdown(qint64 remainingMs)
{
    const qint64 seconds = std::max<qint64>(0, (remainingMs + 999) / 1000);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const QString tail =
        u"%1:%2"_s.arg(minutes, hours > 0 ? 2 : 1, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'));
    return hours > 0 ? u"%1:%2"_s.arg(hours).arg(tail) : tail;
}

QString shortAddress(const QString &address)
{
    return address.size() <= 14 ? address : address.left(6) + u'…' + address.right(5);
}

QString firstAddresses(const ExtendedPublicKey &key, quint32 count)
{
    QStringList lines;
    for (quint32 index = 0; index < count; ++index) {
        const auto address = key.depositAddress(index);
        lines << u"%1  %2"_s.arg(index).arg(address ? *address : address.error());
    }
    return lines.join(u'\n');
}
