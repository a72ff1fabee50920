#pragma once

#include "launch/launchjob.h"

#include <QCoreApplication>
#include <QDialog>
#include <QPointer>

#include <functional>

class QWidget;

namespace keyport {

class AppContext;

// The launch pipeline's questions as the app asks them: window-modal
// dialogs that never block the event loop. Lives as long as its parent.
class DialogQuestions : public LaunchQuestions {
    // tr() in this class translates in context "keyport::DialogQuestions", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::DialogQuestions)

public:
    DialogQuestions(AppContext *context, QWidget *parent);
    void startWorkspace(const Workspace &w, Answer answer) override;
    void trustHostKey(const Workspace &w, const PublicKey &offered, const std::optional<PublicKey> &replacing,
                      Answer answer) override;
    void includeInSshConfig(const Workspace &w, const QString &includeLine, const QString &diff,
                            Answer answer) override;
    PassphrasePrompt passphrasePrompt() override;
    // Closes the questions still open (the launch they belong to ended).
    void dismissAll();

private:
    // Shows `dialog`, remembering it until it closes.
    void show(QDialog *dialog);
    AppContext *m_context;
    QWidget *m_parent;
    QList<QPointer<QDialog>> m_open;
};

// Asks before something that cannot be undone (deleting a key, removing a
// source or a registered key): window-modal, Cancel by default, and `then`
// runs only when the person chose `action` (its button is `buttonName`).
void askBeforeDestroying(QWidget *parent, const QString &title, const QString &text, const QString &action,
                         const QString &buttonName, std::function<void()> then);

} // namespace keyport
