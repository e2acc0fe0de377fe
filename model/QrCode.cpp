#include "QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

QrCode::QrCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        m_error = u"QR encoding failed: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_width = code->width;
    m_dark.resize(m_width * m_width);
    for (int i = 0; i < m_width * m_width; ++i)
        m_dark.setBit(i, (code->data[i] & 1) != 0);
    QRcode_free(code);
}

QByteArray QrCode::toSvg(const QString &title) const
{
    if (!isValid())
        return {};
    const int size = modules() + 2 * kQuietZone;
    QByteArray path;
    path.reserve(modules() * modules() * 4);
    for (int y = 0; y < modules(); ++y) {
        for (int x = 0; x < modules(); ++x) {
            if (!isDark(x, y))
                continue;
            // Runs of dark modules in a row become one rectangle.
            int run = 1;
            while (x + run < modules() && isDark(x + run, y))
                ++run;
            path += 'M' + QByteArray::number(x + kQuietZone) + ' ' + QByteArray::number(y + kQuietZone) +
                    'h' + QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run - 1;
        }
    }
    const QByteArray side = QByteArray::number(size);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + ' ' + side +
           "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + title.toHtmlEscaped().toUtf8() +
           "\"><title>" + title.toHtmlEscaped().toUtf8() + "</title><rect width=\"" + side + "\" height=\"" +
           side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

QString eip681NativeUri(const QString &address, qint64 chainId, const QString &weiDecimal)
{
    return u"ethereum:%1@%2?value=%3"_s.arg(address).arg(chainId).arg(weiDecimal);
}

QString eip681TokenUri(const QString &tokenContract, qint64 chainId, const QString &toAddress,
                       const QString &unitsDecimal)
{
    return u"ethereum:%1@%2/transfer?address=%3&uint256=%4"_s.arg(tokenContract)
        .arg(chainId)
        .arg(toAddress, unitsDecimal);
}
