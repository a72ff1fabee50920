#pragma once

#include "common/result.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace keyport {

// An error (or a note) shown in place, above the content it concerns: never
// a modal box. "Details" expands the technical part; "Copy" puts both on the
// clipboard for a bug report. An error about a file of Keyport's that cannot
// be read offers the ways forward: open the file, or move it aside (as
// <name>.broken-<time>) so Keyport starts that file afresh.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showError(const Error &error);
    void showNote(const QString &text);
    void clear();
    // Clears an error, but leaves a note standing (a refresh must not hide what was just done).
    void clearError();
    QString message() const;

Q_SIGNALS:
    // The file was moved aside: whatever read it should read again.
    void movedAside(const QString &path, const QString &newPath);

private:
    void copy();
    void moveFileAside();
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_details;
    QToolButton *m_copy;
    QPlainTextEdit *m_detail;
    QToolButton *m_open;
    QToolButton *m_moveAside;
    QString m_path; // the file of Keyport's the error is about
    bool m_error = false;
};

} // namespace keyport
