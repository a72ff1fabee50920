#include "conflictdialog.h"

#include "common/text.h"
#include "session/sftpwire.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyport {

namespace {

QString describe(qint64 size, qint64 mtime)
{
    const QLocale locale;
    return mtime > 0 ? ConflictDialog::tr("%1, modified %2")
                           .arg(locale.formattedDataSize(size),
                                locale.toString(QDateTime::fromSecsSinceEpoch(mtime), QLocale::ShortFormat))
                     : locale.formattedDataSize(size);
}

} // namespace

ConflictDialog::ConflictDialog(const TransferConflict &c, std::function<void(ConflictAnswer)> answer, QWidget *parent)
    : QDialog(parent)
    , m_answer(std::move(answer))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowModality(Qt::WindowModal);
    const QString target = c.download ? c.local : sftp::printablePath(c.remote);
    const QString name = printable(c.download ? QFileInfo(c.local).fileName() : QFileInfo(target).fileName(), 80);
    setWindowTitle(c.targetExists ? tr("%1 is there already").arg(name) : tr("Part of %1 is there already").arg(name));
    auto *l = new QVBoxLayout(this);
    QString text = c.targetExists
                       ? tr("<b>%1</b> exists %2.")
                             .arg(name.toHtmlEscaped(), c.download ? tr("in this folder") : tr("on the workspace"))
                       : tr("An earlier copy of <b>%1</b> stopped after %2.")
                             .arg(name.toHtmlEscaped(), QLocale().formattedDataSize(qMax<qint64>(0, c.partSize)));
    text += QStringLiteral("<br>") + tr("Copying: %1").arg(describe(c.sourceSize, c.sourceMtime));
    if (c.targetExists)
        text += QStringLiteral("<br>") + tr("There: %1").arg(describe(c.targetSize, c.targetMtime));
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    l->addWidget(label);

    auto *buttons = new QHBoxLayout;
    using Choice = ConflictAnswer::Choice;
    auto add = [&](Choice choice, const QString &objectName, const QString &caption, const QString &tip) {
        auto *b = new QPushButton(caption, this);
        b->setObjectName(objectName);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        buttons->addWidget(b);
        return b;
    };
    if (c.partSize > 0)
        add(Choice::Resume, QStringLiteral("conflictResume"), tr("&Resume"),
            tr("Continue from what arrived (after checking it still matches)"))
            ->setDefault(true);
    if (c.targetExists) {
        add(Choice::Overwrite, QStringLiteral("conflictOverwrite"), tr("&Replace"), tr("Replace it with the copy"));
        add(Choice::OverwriteIfNewer, QStringLiteral("conflictNewer"), tr("Replace if &newer"),
            tr("Replace it only when the copy is newer"));
        add(Choice::Rename, QStringLiteral("conflictRename"), tr("&Keep both"),
            tr("Copy as \"%1\"").arg(numberedName(name, 1)));
    } else {
        add(Choice::Overwrite, QStringLiteral("conflictOverwrite"), tr("Start &over"),
            tr("Copy it again from the start"));
    }
    add(Choice::Skip, QStringLiteral("conflictSkip"), tr("&Skip"), tr("Leave it as it is"));
    add(Choice::Cancel, QStringLiteral("conflictCancel"), tr("Stop copying"), tr("Stop the whole copy"));
    l->addLayout(buttons);
    m_forAll = new QCheckBox(tr("Do the &same for the rest of this copy"), this);
    m_forAll->setObjectName(QStringLiteral("conflictForAll"));
    l->addWidget(m_forAll);
}

ConflictDialog::~ConflictDialog()
{
    if (auto answer = std::exchange(m_answer, nullptr))
        answer(ConflictAnswer { ConflictAnswer::Choice::Cancel, false });
}

void ConflictDialog::ask(QWidget *parent, const TransferConflict &conflict, std::function<void(ConflictAnswer)> answer)
{
    auto *d = new ConflictDialog(conflict, std::move(answer), parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void ConflictDialog::choose(ConflictAnswer::Choice choice)
{
    if (auto answer = std::exchange(m_answer, nullptr))
        answer(ConflictAnswer { choice, m_forAll->isChecked() });
    accept();
}

void ConflictDialog::reject()
{
    if (auto answer = std::exchange(m_answer, nullptr))
        answer(ConflictAnswer { ConflictAnswer::Choice::Cancel, false });
    QDialog::reject();
}

} // namespace keyport
