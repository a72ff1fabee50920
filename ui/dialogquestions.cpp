#include "dialogquestions.h"

#include "appcontext.h"
#include "hostkeydialog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace keyport {

namespace {
// A window-modal question; `answer` gets true only for the `yes` button,
// exactly once, however the box ends.
QMessageBox *asking(QMessageBox *box, QAbstractButton *yes, LaunchQuestions::Answer answer)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, yes, answer](int) { answer(box->clickedButton() == yes); });
    return box;
}
} // namespace

DialogQuestions::DialogQuestions(AppContext *context, QWidget *parent)
    : m_context(context)
    , m_parent(parent)
{
}

void DialogQuestions::startWorkspace(const Workspace &w, Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Start %1?").arg(w.id()),
                                tr("%1 is stopped. Start it now?").arg(w.id()), QMessageBox::Yes | QMessageBox::Cancel,
                                m_parent);
    show(asking(box, box->button(QMessageBox::Yes), answer));
}

void DialogQuestions::trustHostKey(const Workspace &w, const PublicKey &offered, const std::optional<PublicKey> &,
                                   Answer answer)
{
    // The app never asks to replace a changed key (the request does not
    // allow it): only first-seen keys come here.
    auto *dialog = HostKeyDialog::unknownKey(w.id(), offered, m_parent);
    QObject::connect(dialog, &QDialog::finished, dialog, [answer](int result) { answer(result == QDialog::Accepted); });
    show(dialog);
}

void DialogQuestions::includeInSshConfig(const Workspace &w, const QString &includeLine, const QString &diff,
                                         Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Add Keyport's hosts to your ssh config?"),
                                tr("Editors find %1 through ~/.ssh/config. Keyport will add one line at its top:"
                                   "\n\n%2\n\nRemove it any time in Settings.")
                                    .arg(w.sshAlias(), includeLine),
                                QMessageBox::Yes | QMessageBox::Cancel, m_parent);
    box->setObjectName(QStringLiteral("includePreview"));
    box->setDetailedText(diff);
    show(asking(box, box->button(QMessageBox::Yes), answer));
}

void DialogQuestions::show(QDialog *dialog)
{
    m_open.removeAll(nullptr);
    m_open << dialog;
    dialog->open();
}

void DialogQuestions::dismissAll()
{
    for (const QPointer<QDialog> &d : std::exchange(m_open, {}))
        if (d)
            d->reject();
}

PassphrasePrompt DialogQuestions::passphrasePrompt()
{
    return m_context->passphrasePrompt(m_parent, [this](QDialog *dialog) {
        m_open.removeAll(nullptr);
        m_open << dialog;
    });
}

void askBeforeDestroying(QWidget *parent, const QString &title, const QString &text, const QString &action,
                         const QString &buttonName, std::function<void()> then)
{
    auto *ask = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    auto *yes = ask->addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(buttonName);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    QObject::connect(ask, &QMessageBox::finished, parent, [ask, yes, then = std::move(then)] {
        if (ask->clickedButton() == yes)
            then();
    });
    ask->open();
}

} // namespace keyport
