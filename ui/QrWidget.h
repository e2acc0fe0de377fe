#pragma once

#include "QrCode.h"

#include <QWidget>

#include <memory>

// Shows a QR code (a payment URI) crisp at any size: whole pixels per module, no smoothing, a white
// four-module quiet zone even on a dark palette (scanners need it). When the text cannot be encoded it
// says so in words instead of showing a code nobody can scan.
class QrWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrWidget)

public:
    explicit QrWidget(QWidget *parent = nullptr);
    ~QrWidget() override;

    void setText(const QString &text);
    void clear();
    QString text() const { return m_text; }
    bool hasCode() const;
    QString errorString() const;
    // The side of the drawn code with its quiet zone, in pixels (0 when nothing is drawn).
    int codeSide() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int moduleSize() const;

    QString m_text;
    std::unique_ptr<QrCode> m_code;
};
