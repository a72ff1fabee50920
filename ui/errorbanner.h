#pragma once

#include "common/result.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace keyport {

// An error (or a note) shown in place, above the content it concerns: never
// a modal box. "Details" expands the technical part; "Copy" puts both on the
// clipboard for a bug report.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showError(const Error &error);
    void showNote(const QString &text);
    void clear();
    QString message() const;

private:
    void copy();
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_details;
    QToolButton *m_copy;
    QPlainTextEdit *m_detail;
};

} // namespace keyport
