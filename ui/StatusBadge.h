#pragma once

#include "SessionStatus.h"

#include <QWidget>

// A session's status as a badge widget (dot and words), for the detail pane and the customer display.
class StatusBadge : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setStatus(SessionStatus status);
    SessionStatus status() const { return m_status; }
    QString text() const; // what it says, for tests and accessibility
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SessionStatus m_status = SessionStatus::Pending;
};
