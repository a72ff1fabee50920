// The transfers panel and the conflict question, offscreen, over a real
// session to the sandbox's sshd: progress, speed and a finished state;
// pause and resume, retry, clear; a long copy's notification; the dialog's
// choices reaching the copy.
#include "fixtures.h"

#include "conflictdialog.h"
#include "session/transferqueue.h"
#include "transferspanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace keyport;
using State = QueuedTransfer::State;

class TestTransfersPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsProgressAndActs();
    void conflictDialogAnswers();

private:
    test::SandboxHome m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QString path(const QTemporaryDir &d, const QString &name)
{
    return QDir(d.path()).filePath(name);
}

template <typename W> W *find(const QString &name)
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *w = top->objectName() == name ? qobject_cast<W *>(top) : top->findChild<W *>(name))
            return w;
    return nullptr;
}

} // namespace

void TestTransfersPanel::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    m_dir = std::make_unique<QTemporaryDir>();
    const QString sandbox = m_sandbox.start();
    QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
}

void TestTransfersPanel::showsProgressAndActs()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    TransfersPanel panel(&queue);
    panel.setLongAfterMs(0); // every copy counts as long here
    panel.resize(700, 200);
    panel.show();
    QSignalSpy notified(&panel, &TransfersPanel::notice);
    auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("transfers"));
    auto *pause = panel.findChild<QPushButton *>(QStringLiteral("transferPause"));
    auto *retry = panel.findChild<QPushButton *>(QStringLiteral("transferRetry"));
    auto *clear = panel.findChild<QPushButton *>(QStringLiteral("transferClear"));
    QVERIFY(list && pause && retry && clear);

    const QString source = path(*m_dir, QStringLiteral("panel.bin"));
    QVERIFY(test::writeRandomFile(source, qint64(300) << 20));
    const QString into = path(*m_dir, QStringLiteral("into"));
    QVERIFY(QDir().mkpath(into));
    SftpCopyJob::Options options;
    options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    QueuedTransfer *t = queue.add(QueuedTransfer::Direction::Upload, { source }, into + QLatin1Char('/'), options,
                                  QStringLiteral("Uploading panel.bin"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("Uploading panel.bin"));
    auto *bar = qobject_cast<QProgressBar *>(list->itemWidget(row, 1));
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 50, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(row->text(2).endsWith(QStringLiteral("/s")), 20000); // a speed
    QCOMPARE(row->text(4), QStringLiteral("Copying"));
    QVERIFY(row->isSelected()); // the newest is the current one

    // Pause, then the same button resumes.
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(row->text(4), QStringLiteral("Paused"), 20000);
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QVERIFY(row->text(2).isEmpty()); // no speed while paused
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), State::Done, 60000);
    QCOMPARE(row->text(4), QStringLiteral("Done"));
    QCOMPARE(bar->value(), 1000);
    QCOMPARE(test::sha256Of(QDir(into).filePath(QStringLiteral("panel.bin"))), test::sha256Of(source));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Uploading panel.bin"));
    QVERIFY(notified.first().at(2).toBool());

    // A failure reads as one, and Retry continues it.
    const QString missing = path(*m_dir, QStringLiteral("later.txt"));
    QueuedTransfer *failing = queue.add(QueuedTransfer::Direction::Upload, { missing }, into + QLatin1Char('/'),
                                        options, QStringLiteral("Uploading later.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(failing->state(), State::Failed, 20000);
    QTreeWidgetItem *failed = list->topLevelItem(1);
    QVERIFY2(failed->text(4).startsWith(QStringLiteral("Failed: "))
                 && failed->text(4).contains(QStringLiteral("later.txt")),
             qPrintable(failed->text(4)));
    QCOMPARE(notified.size(), 2);
    QVERIFY(!notified.last().at(2).toBool());
    list->clearSelection();
    failed->setSelected(true);
    QVERIFY(retry->isEnabled());
    QVERIFY(test::writeFile(missing, "later"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failing->state(), State::Done, 20000);
    QCOMPARE(test::readFile(QDir(into).filePath(QStringLiteral("later.txt"))), QByteArray("later"));

    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
}

// The question as a person meets it: a dialog naming the file, with both
// sides' sizes; "Keep both" for all answers every file of the folder once.
void TestTransfersPanel::conflictDialogAnswers()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    QWidget window;
    window.show();
    const QString mine = path(*m_dir, QStringLiteral("mine"));
    const QString theirs = path(*m_dir, QStringLiteral("theirs/mine"));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(test::writeFile(QDir(mine).filePath(QStringLiteral("n%1.txt").arg(i)), "new"));
        QVERIFY(test::writeFile(QDir(theirs).filePath(QStringLiteral("n%1.txt").arg(i)), "old!"));
    }
    int asked = 0;
    SftpCopyJob::Options options;
    options.recursive = true;
    options.transfer.ifExists = TransferOptions::IfExists::Ask;
    options.transfer.ask = [&](const TransferConflict &c, std::function<void(ConflictAnswer)> answer) {
        ++asked;
        ConflictDialog::ask(&window, c, std::move(answer));
    };
    QueuedTransfer *t =
        queue.add(QueuedTransfer::Direction::Upload, { mine },
                  path(*m_dir, QStringLiteral("theirs")) + QLatin1Char('/'), options, QStringLiteral("Uploading mine"));
    QTRY_VERIFY_WITH_TIMEOUT(find<ConflictDialog>(QStringLiteral("conflictDialog")), 20000);
    auto *dialog = find<ConflictDialog>(QStringLiteral("conflictDialog"));
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral(".txt is there already")),
             qPrintable(dialog->windowTitle()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("conflictResume"))); // no part file: no resume
    dialog->findChild<QCheckBox *>(QStringLiteral("conflictForAll"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("conflictRename")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), State::Done, 20000);
    QCOMPARE(asked, 1);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(test::readFile(QDir(theirs).filePath(QStringLiteral("n%1.txt").arg(i))), QByteArray("old!"));
        QCOMPARE(test::readFile(QDir(theirs).filePath(QStringLiteral("n%1 (1).txt").arg(i))), QByteArray("new"));
    }

    // Closing the question (Esc) stops the copy and changes nothing.
    t = queue.add(QueuedTransfer::Direction::Upload, { mine },
                  path(*m_dir, QStringLiteral("theirs")) + QLatin1Char('/'), options,
                  QStringLiteral("Uploading mine again"));
    QTRY_VERIFY_WITH_TIMEOUT(find<ConflictDialog>(QStringLiteral("conflictDialog")), 20000);
    find<ConflictDialog>(QStringLiteral("conflictDialog"))->reject();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), State::Cancelled, 20000);
    QVERIFY(!QFile::exists(QDir(theirs).filePath(QStringLiteral("n0 (2).txt"))));
}

QTEST_MAIN(TestTransfersPanel)
#include "tst_transferspanel.moc"
