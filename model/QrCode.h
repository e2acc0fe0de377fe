#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QString>

// A QR code of a text (an EIP-681 payment URI), encoded with libqrencode. The SVG has one unit per module
// and a four-module quiet zone, drawn with crisp edges; the console's QR widget paints the modules itself.
class QrCode
{
public:
    static constexpr int kQuietZone = 4;

    explicit QrCode(const QString &text);

    bool isValid() const { return m_width > 0; }
    QString errorString() const { return m_error; }
    int modules() const { return m_width; } // width in modules, without the quiet zone
    bool isDark(int x, int y) const { return m_dark.testBit(y * m_width + x); } // 0 <= x, y < modules()

    QByteArray toSvg(const QString &title) const;

private:
    int m_width = 0;
    QBitArray m_dark;
    QString m_error;
};

// The EIP-681 URI a wallet understands: ethereum:<address>@<chainId>?value=<wei>.
QString eip681NativeUri(const QString &address, qint64 chainId, const QString &weiDecimal);
// The ERC-681 token transfer: ethereum:<token>@<chainId>/transfer?address=<to>&uint256=<units>.
QString eip681TokenUri(const QString &tokenContract, qint64 chainId, const QString &toAddress,
                       const QString &unitsDecimal);
