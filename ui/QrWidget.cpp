#include "QrWidget.h"

#include <QPainter>

QrWidget::QrWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QrWidget::~QrWidget() = default;

void QrWidget::setText(const QString &text)
{
    m_text = text;
    m_code = text.isEmpty() ? nullptr : std::make_unique<QrCode>(text);
    setAccessibleDescription(text);
    setToolTip(text);
    update();
}

void QrWidget::clear()
{
    setText({});
}

bool QrWidget::hasCode() const
{
    return m_code && m_code->isValid();
}

QString QrWidget::errorString() const
{
    if (!m_code)
        return {};
    return m_code->isValid() ? QString() : m_code->errorString();
}

int QrWidget::moduleSize() const
{
    if (!hasCode())
        return 0;
    const int modules = m_code->modules() + 2 * QrCode::kQuietZone;
    return std::min(width(), height()) / modules;
}

int QrWidget::codeSide() const
{
    return hasCode() ? moduleSize() * (m_code->modules() + 2 * QrCode::kQuietZone) : 0;
}

QSize QrWidget::sizeHint() const
{
    return {240, 240};
}

QSize QrWidget::minimumSizeHint() const
{
    // One pixel per module is the least a phone can read.
    const int modules = hasCode() ? m_code->modules() + 2 * QrCode::kQuietZone : 41;
    return {modules * 2, modules * 2};
}

void QrWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_code)
        return;
    if (!m_code->isValid()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The QR code could not be made: %1").arg(m_code->errorString()));
        return;
    }
    const int module = moduleSize();
    if (module < 1) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Too small for the QR code"));
        return;
    }
    const int side = codeSide();
    const QPoint origin((width() - side) / 2, (height() - side) / 2);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white); // the quiet zone, on any palette
    const int offset = QrCode::kQuietZone * module;
    for (int y = 0; y < m_code->modules(); ++y) {
        // Runs of dark modules as one rectangle each: fewer calls, identical pixels.
        int x = 0;
        while (x < m_code->modules()) {
            if (!m_code->isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_code->modules() && m_code->isDark(x, y))
                ++x;
            painter.fillRect(origin.x() + offset + start * module, origin.y() + offset + y * module,
                             (x - start) * module, module, Qt::black);
        }
    }
}
