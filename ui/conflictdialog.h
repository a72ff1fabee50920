#pragma once

#include "session/sftptransfer.h"

#include <QDialog>

#include <functional>

class QCheckBox;

namespace keyport {

// A file of a copy is there already (or an earlier try left part of it):
// what is on each side, and the choices a file manager offers, with "do the
// same for the rest". Opened window-modal and never waited for: the answer
// goes to `answer`, once (closing it is "stop copying").
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(const TransferConflict &conflict, std::function<void(ConflictAnswer)> answer,
                   QWidget *parent = nullptr);
    ~ConflictDialog() override; // unanswered (its window went away): stop copying
    // Shows one; it deletes itself when answered.
    static void ask(QWidget *parent, const TransferConflict &conflict, std::function<void(ConflictAnswer)> answer);

    void reject() override;

private:
    void choose(ConflictAnswer::Choice choice);

    std::function<void(ConflictAnswer)> m_answer;
    QCheckBox *m_forAll;
};

} // namespace keyport
