// Dragging items out of the Files view, against the sandbox's real sshd
// (through SftpWorker) and a private D-Bus session: the formats each mode
// offers; Dolphin's Ark call over the bus from another process, as Dolphin
// makes it; XDND direct save on X11, with the test as Thunar on an X
// connection of its own (run under Xvfb: tst_filesdrag_x11); the staging
// folder's file URLs, handed over only once complete. Every file arrives
// whole (sha256), and no part file is left anywhere.
#include "filesdrag.h"
#include "fixtures.h"

#include "model/workspace.h"
#include "session/sftpworker.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

#ifdef KEYPORT_TEST_XCB
#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>
#endif

using namespace keyport;

namespace {

// A D-Bus session of this test's own (dbus-run-session, as the Secret Service
// fixture starts one): it lives while `cat` reads our stdin.
class PrivateBus {
public:
    ~PrivateBus()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.closeWriteChannel();
            if (!m_proc.waitForFinished(5000))
                m_proc.kill();
        }
    }
    QString start()
    {
        const QString run = test::findTool(QStringLiteral("dbus-run-session"));
        if (run.isEmpty())
            return QStringLiteral("dbus-run-session is not installed");
        m_proc.start(run, { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("echo \"BUS=$DBUS_SESSION_BUS_ADDRESS\"; exec cat") });
        const QByteArray out = test::readUntil(m_proc, "\n", 15000);
        if (!out.startsWith("BUS=") || out.trimmed().size() <= 4)
            return QStringLiteral("no D-Bus session: ") + QString::fromUtf8(out + m_proc.readAllStandardError());
        qputenv("DBUS_SESSION_BUS_ADDRESS", out.trimmed().mid(4));
        return {};
    }

private:
    QProcess m_proc;
};

DragItem file(const char *name)
{
    return { QByteArray(name), false, -1 };
}

DragItem folder(const char *name)
{
    return { QByteArray(name), true, -1 };
}

// Every file under `expected` is under `actual` with the same bytes, nothing
// else is there, and no part file: empty when so, else what differs.
QString sameTree(const QString &expected, const QString &actual)
{
    QStringList want, have;
    for (QDirIterator it(expected, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        want << QDir(expected).relativeFilePath(it.next());
    for (QDirIterator it(actual, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        have << QDir(actual).relativeFilePath(it.next());
    want.sort();
    have.sort();
    if (want != have)
        return QStringLiteral("expected %1, found %2").arg(want.join(QLatin1Char(',')), have.join(QLatin1Char(',')));
    for (const QString &name : std::as_const(want)) {
        const QFileInfo info(QDir(expected).filePath(name));
        if (info.isFile() && test::sha256Of(info.filePath()) != test::sha256Of(QDir(actual).filePath(name)))
            return name + QStringLiteral(" differs");
    }
    return {};
}

bool hasPartFiles(const QString &dir)
{
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        if (it.next().endsWith(QLatin1String(".keyport-part")))
            return true;
    return false;
}

// The next transfer the drag out starts, once it is finished (null when none).
SftpTransferHandle *finishedTransfer(QSignalSpy &started, int timeoutMs = 30000)
{
    if (started.isEmpty() && !started.wait(timeoutMs))
        return nullptr;
    auto *handle = started.takeFirst().at(0).value<SftpTransferHandle *>();
    if (handle && !handle->isFinished()) {
        QSignalSpy finished(handle, &SftpTransferHandle::finished);
        if (!finished.wait(timeoutMs))
            return nullptr;
    }
    return handle;
}

// As Dolphin calls Ark: a blocking method call from a process of its own.
test::ProcessResult callArk(const QString &service, const QString &path, const QString &destination)
{
    QProcess p;
    p.start(test::findTool(QStringLiteral("dbus-send")),
            { QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--reply-timeout=20000"),
              QStringLiteral("--dest=") + service, path,
              QStringLiteral("org.kde.ark.DndExtract.extractSelectedFilesTo"),
              QStringLiteral("string:") + destination });
    QSignalSpy done(&p, &QProcess::finished);
    test::ProcessResult r;
    // The event loop runs meanwhile: the call is answered by this process.
    if (!p.waitForStarted(5000) || !done.wait(25000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

#ifdef KEYPORT_TEST_XCB
struct FreeDeleter {
    void operator()(void *p) const { std::free(p); }
};

xcb_atom_t atomOf(xcb_connection_t *c, const char *name)
{
    std::unique_ptr<xcb_intern_atom_reply_t, FreeDeleter> r(
        xcb_intern_atom_reply(c, xcb_intern_atom(c, false, uint16_t(std::strlen(name)), name), nullptr));
    return r ? r->atom : 0;
}

// The receiver's side of XDS on an X connection of its own, as Thunar.
class Receiver {
public:
    Receiver()
        : m_c(xcb_connect(nullptr, nullptr))
    {
    }
    ~Receiver() { xcb_disconnect(m_c); }
    bool ok() const { return !xcb_connection_has_error(m_c); }
    // The property's type name and value.
    std::pair<QByteArray, QByteArray> read(xcb_window_t w)
    {
        std::unique_ptr<xcb_get_property_reply_t, FreeDeleter> r(xcb_get_property_reply(
            m_c, xcb_get_property(m_c, false, w, atomOf(m_c, "XdndDirectSave0"), XCB_GET_PROPERTY_TYPE_ANY, 0, 4096),
            nullptr));
        if (!r || r->type == XCB_ATOM_NONE)
            return {};
        std::unique_ptr<xcb_get_atom_name_reply_t, FreeDeleter> type(
            xcb_get_atom_name_reply(m_c, xcb_get_atom_name(m_c, r->type), nullptr));
        return { QByteArray(xcb_get_atom_name_name(type.get()), xcb_get_atom_name_name_length(type.get())),
                 QByteArray(static_cast<const char *>(xcb_get_property_value(r.get())),
                            xcb_get_property_value_length(r.get())) };
    }
    // Writes the full URI back, as Thunar does before it asks for the data.
    void write(xcb_window_t w, const QByteArray &uri)
    {
        xcb_change_property(m_c, XCB_PROP_MODE_REPLACE, w, atomOf(m_c, "XdndDirectSave0"), atomOf(m_c, "text/plain"), 8,
                            uint32_t(uri.size()), uri.constData());
        sync(m_c);
    }
    // A round trip: the server has done everything sent before.
    static void sync(xcb_connection_t *c) { std::free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), nullptr)); }

private:
    xcb_connection_t *m_c;
};

xcb_connection_t *qtConnection()
{
    auto *x = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    return x ? x->connection() : nullptr;
}
#endif

// XDND direct save is X11's: tst_filesdrag_x11 runs these under Xvfb, where
// anything but X11 is a failure.
#define REQUIRE_X11()                                                                                                  \
    do {                                                                                                               \
        if (QGuiApplication::platformName() != QLatin1String("xcb")) {                                                 \
            if (qEnvironmentVariableIsSet("KEYPORT_TEST_X11"))                                                         \
                QFAIL(qPrintable(QStringLiteral("tst_filesdrag_x11 runs on X11 (xvfb-run, -platform xcb), not on ")    \
                                 + QGuiApplication::platformName()));                                                  \
            QSKIP("XDND direct save is X11's: tst_filesdrag_x11 runs this under Xvfb");                                \
        }                                                                                                              \
    } while (0)

} // namespace

class TestFilesDrag : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modeFollowsTheDesktop_data();
    void modeFollowsTheDesktop();
    void offersExactlyTheFormats();
    void arkCallDownloads();
    void arkCallRefusesWhatIsNoFolderHere_data();
    void arkCallRefusesWhatIsNoFolderHere();
    void stagedUrlsOnlyForCompleteFiles();
    void stagedFailureHandsOverNothing();
    void directSaveOnX11();
    void directSaveRefusesBadUris_data();
    void directSaveRefusesBadUris();

private:
    QByteArray remote() const { return m_remote.path().toUtf8(); }

    PrivateBus m_bus; // outlives the sandbox, which stops before it
    test::SandboxHome m_sandbox;
    std::unique_ptr<SftpWorker> m_worker;
    QTemporaryDir m_remote; // the sandbox's sshd is on this machine: its paths are paths here
};

void TestFilesDrag::initTestCase()
{
    // First: the session bus's address is read once per process.
    KEYPORT_REQUIRE_TOOL("dbus-run-session");
    KEYPORT_REQUIRE_TOOL("dbus-send");
    const QString bus = m_bus.start();
    QVERIFY2(bus.isEmpty(), qPrintable(bus));
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    const QString sandbox = m_sandbox.start(test::SandboxHome::Bus::Own);
    QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
    m_worker = test::readySftpWorker();
    QVERIFY(m_worker);

    QVERIFY(test::writeRandomFile(m_remote.filePath(QStringLiteral("report one.bin")), (3 << 20) + 1));
    QVERIFY(test::writeFile(m_remote.filePath(QStringLiteral("résumé #1.txt")), "a name to encode"));
    QVERIFY(test::writeFile(m_remote.filePath(QStringLiteral("data/a.txt")), "a"));
    QVERIFY(test::writeRandomFile(m_remote.filePath(QStringLiteral("data/sub/b.bin")), 300000));
    QVERIFY(test::writeFile(m_remote.filePath(QStringLiteral("data/empty")), {}));
}

void TestFilesDrag::cleanupTestCase()
{
    m_worker.reset(); // before the sandbox stops
}

void TestFilesDrag::modeFollowsTheDesktop_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("desktop");
    QTest::addColumn<bool>("direct");
    QTest::newRow("Plasma on Wayland") << "wayland"
                                       << "KDE" << true;
    QTest::newRow("Plasma on X11") << "xcb"
                                   << "KDE" << true;
    QTest::newRow("Xfce (Thunar)") << "xcb"
                                   << "XFCE" << true;
    QTest::newRow("Cinnamon (Nemo)") << "xcb"
                                     << "X-Cinnamon" << true;
    QTest::newRow("MATE (Caja)") << "xcb"
                                 << "MATE" << true;
    QTest::newRow("LXQt (PCManFM-Qt)") << "xcb"
                                       << "LXQt" << true;
    QTest::newRow("Xfce on Wayland: no XDS") << "wayland"
                                             << "XFCE" << false;
    QTest::newRow("GNOME on X11: Files has no XDS") << "xcb"
                                                    << "ubuntu:GNOME" << false;
    QTest::newRow("GNOME on Wayland") << "wayland"
                                      << "GNOME" << false;
    QTest::newRow("no desktop named") << "xcb"
                                      << "" << false;
    QTest::newRow("Windows") << "windows"
                             << "" << false;
    QTest::newRow("macOS") << "cocoa"
                           << "" << false;
}

void TestFilesDrag::modeFollowsTheDesktop()
{
    QFETCH(QString, platform);
    QFETCH(QString, desktop);
    QFETCH(bool, direct);
    QCOMPARE(dragOutModeFor(platform, desktop) == DragOutMode::Direct, direct);
}

void TestFilesDrag::offersExactlyTheFormats()
{
    FilesDragOut out(m_worker.get());
    const bool x11 = QGuiApplication::platformName() == QLatin1String("xcb");
    std::unique_ptr<FilesDragMimeData> direct(
        out.createMimeData(remote(), { file("report one.bin"), folder("data") }, DragOutMode::Direct));
    QStringList expected { kArkServiceFormat, kArkPathFormat };
    if (x11)
        expected << kDirectSaveFormat;
    // No uri-list: Thunar would take it before XdndDirectSave0.
    QCOMPARE(direct->formats(), expected);
    QVERIFY(!direct->hasUrls());
    QCOMPARE(QString::fromUtf8(direct->data(kArkServiceFormat)), QDBusConnection::sessionBus().baseService());
    QVERIFY(direct->data(kArkPathFormat).startsWith("/io/keyport/DndExtract/"));

    std::unique_ptr<FilesDragMimeData> staged(
        out.createMimeData(remote(), { file("résumé #1.txt") }, DragOutMode::Staged));
    QCOMPARE(staged->formats(), (QStringList { kArkServiceFormat, kArkPathFormat, kUriListFormat }));
    // Each drag has an object of its own on the bus.
    QVERIFY(staged->data(kArkPathFormat) != direct->data(kArkPathFormat));
    QVERIFY(staged->data(QStringLiteral("text/html")).isEmpty());
}

void TestFilesDrag::arkCallDownloads()
{
    FilesDragOut out(m_worker.get());
    QSignalSpy started(&out, &FilesDragOut::transferStarted);
    std::unique_ptr<FilesDragMimeData> mime(
        out.createMimeData(remote(), { file("report one.bin"), folder("data") }, DragOutMode::Direct));
    const QString service = QString::fromUtf8(mime->data(kArkServiceFormat));
    const QString path = QString::fromUtf8(mime->data(kArkPathFormat));
    QTemporaryDir into;

    QElapsedTimer took;
    took.start();
    const test::ProcessResult reply = callArk(service, path, into.path());
    QVERIFY2(reply.exitCode == 0, qPrintable(reply.describe()));
    QVERIFY2(took.elapsed() < 5000, "Dolphin waits for this reply: it must come at once");

    SftpTransferHandle *handle = finishedTransfer(started);
    QVERIFY(handle);
    QVERIFY2(!handle->error().isError(), qPrintable(handle->error().oneLine()));
    QCOMPARE(test::sha256Of(into.filePath(QStringLiteral("report one.bin"))),
             test::sha256Of(m_remote.filePath(QStringLiteral("report one.bin"))));
    const QString tree = sameTree(m_remote.filePath(QStringLiteral("data")), into.filePath(QStringLiteral("data")));
    QVERIFY2(tree.isEmpty(), qPrintable(tree));
    QVERIFY(!hasPartFiles(into.path()));
    QVERIFY(QFileInfo::exists(m_remote.filePath(QStringLiteral("report one.bin")))); // copied, never moved

    // One call per drag: the object is gone from the bus after it.
    QTemporaryDir again;
    const test::ProcessResult second = callArk(service, path, again.path());
    QVERIFY2(second.exitCode != 0, qPrintable(second.describe()));
    QTest::qWait(300);
    QCOMPARE(started.count(), 0);
    QVERIFY(QDir(again.path()).isEmpty());

    // Plasma's desktop may name desktop:/ (Ark resolves it with KIO).
    const QString desktop = QStandardPaths::writableLocation(QStandardPaths::DesktopLocation);
    QVERIFY(QDir().mkpath(desktop));
    std::unique_ptr<FilesDragMimeData> toDesktop(
        out.createMimeData(remote(), { file("résumé #1.txt") }, DragOutMode::Direct));
    const test::ProcessResult onDesktop =
        callArk(QString::fromUtf8(toDesktop->data(kArkServiceFormat)),
                QString::fromUtf8(toDesktop->data(kArkPathFormat)), QStringLiteral("desktop:/"));
    QVERIFY2(onDesktop.exitCode == 0, qPrintable(onDesktop.describe()));
    handle = finishedTransfer(started);
    QVERIFY(handle && !handle->error().isError());
    QCOMPARE(test::readFile(QDir(desktop).filePath(QStringLiteral("résumé #1.txt"))), QByteArray("a name to encode"));
}

void TestFilesDrag::arkCallRefusesWhatIsNoFolderHere_data()
{
    QTest::addColumn<QString>("destination");
    QTest::newRow("sftp") << "sftp://example.com/home/me";
    QTest::newRow("smb") << "smb://server/share";
    QTest::newRow("relative") << "Downloads";
    QTest::newRow("missing folder") << "/nonexistent/keyport-nowhere";
    QTest::newRow("a file") << "/etc/hostname";
}

void TestFilesDrag::arkCallRefusesWhatIsNoFolderHere()
{
    QFETCH(QString, destination);
    FilesDragOut out(m_worker.get());
    QSignalSpy started(&out, &FilesDragOut::transferStarted);
    QSignalSpy said(&out, &FilesDragOut::message);
    std::unique_ptr<FilesDragMimeData> mime(
        out.createMimeData(remote(), { file("report one.bin") }, DragOutMode::Direct));
    const test::ProcessResult reply = callArk(QString::fromUtf8(mime->data(kArkServiceFormat)),
                                              QString::fromUtf8(mime->data(kArkPathFormat)), destination);
    QVERIFY2(reply.exitCode > 0, qPrintable(reply.describe()));
    QVERIFY2(reply.err.contains("InvalidArgs"), qPrintable(reply.describe()));
    QTRY_COMPARE(said.count(), 1);
    QTest::qWait(300);
    QCOMPARE(started.count(), 0);
}

void TestFilesDrag::stagedUrlsOnlyForCompleteFiles()
{
    auto out = std::make_unique<FilesDragOut>(m_worker.get());
    QSignalSpy started(out.get(), &FilesDragOut::transferStarted);
    QSignalSpy said(out.get(), &FilesDragOut::message);
    const QList<DragItem> items { file("report one.bin"), file("résumé #1.txt"), folder("data") };
    std::unique_ptr<FilesDragMimeData> mime(out->createMimeData(remote(), items, DragOutMode::Staged));

    // A drop before the fetch is done gets no URL (nothing half-written is
    // ever handed over), and is told why.
    QVERIFY(mime->data(kUriListFormat).isEmpty());
    QVERIFY(mime->urls().isEmpty());
    QCOMPARE(said.count(), 1);

    SftpTransferHandle *handle = finishedTransfer(started);
    QVERIFY(handle);
    QVERIFY2(!handle->error().isError(), qPrintable(handle->error().oneLine()));
    const QList<QUrl> urls = mime->urls();
    QCOMPARE(urls.size(), 3);
    QVERIFY(mime->data(kUriListFormat).endsWith("\r\n"));
    const QString stageDir = QFileInfo(urls.first().toLocalFile()).path();
    QVERIFY2(stageDir.startsWith(FilesDragOut::stagingRoot() + QLatin1Char('/')), qPrintable(stageDir));
    QCOMPARE(QFileInfo(stageDir).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // nobody else's
    QCOMPARE(urls.at(0).fileName(), QStringLiteral("report one.bin"));
    QCOMPARE(urls.at(1).fileName(), QStringLiteral("résumé #1.txt"));
    QCOMPARE(urls.at(2).fileName(), QStringLiteral("data"));
    for (const QUrl &url : urls)
        QVERIFY2(url.isLocalFile() && QFileInfo::exists(url.toLocalFile()), qPrintable(url.toString()));
    QCOMPARE(test::sha256Of(urls.at(0).toLocalFile()),
             test::sha256Of(m_remote.filePath(QStringLiteral("report one.bin"))));
    QCOMPARE(test::readFile(urls.at(1).toLocalFile()), QByteArray("a name to encode"));
    const QString tree = sameTree(m_remote.filePath(QStringLiteral("data")), urls.at(2).toLocalFile());
    QVERIFY2(tree.isEmpty(), qPrintable(tree));
    QVERIFY(!hasPartFiles(stageDir));

    // The next drag of the same items hands the same files over at once.
    std::unique_ptr<FilesDragMimeData> again(out->createMimeData(remote(), items, DragOutMode::Staged));
    QCOMPARE(again->urls(), urls);
    QCOMPARE(started.count(), 0);

    // The view closing takes its staging folders with it.
    out.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(stageDir), 10000);
    QVERIFY(mime->formats().isEmpty()); // and its offers
}

void TestFilesDrag::stagedFailureHandsOverNothing()
{
    FilesDragOut out(m_worker.get());
    QSignalSpy started(&out, &FilesDragOut::transferStarted);
    QSignalSpy said(&out, &FilesDragOut::message);
    std::unique_ptr<FilesDragMimeData> mime(
        out.createMimeData(remote(), { file("report one.bin"), file("missing.bin") }, DragOutMode::Staged));
    SftpTransferHandle *handle = finishedTransfer(started);
    QVERIFY(handle);
    QVERIFY(handle->error().isError());
    QVERIFY(mime->data(kUriListFormat).isEmpty());
    QVERIFY(mime->urls().isEmpty());
    QCOMPARE(said.count(), 1);
    QVERIFY2(said.first().first().toString().contains(QLatin1String("could not be fetched")),
             qPrintable(said.first().first().toString()));
}

#ifdef KEYPORT_TEST_XCB
void TestFilesDrag::directSaveOnX11()
{
    REQUIRE_X11();
    auto out = std::make_unique<FilesDragOut>(m_worker.get());
    QSignalSpy started(out.get(), &FilesDragOut::transferStarted);
    std::unique_ptr<FilesDragMimeData> mime(
        out->createMimeData(remote(), { file("report one.bin") }, DragOutMode::Direct));
    QVERIFY(mime->formats().contains(kDirectSaveFormat));

    // The XDND source window: Qt's drag makes its window the owner of
    // XdndSelection; the offer finds it there.
    QWidget source;
    source.show();
    QVERIFY(QTest::qWaitForWindowExposed(&source));
    xcb_connection_t *qt = qtConnection();
    QVERIFY(qt);
    const auto window = xcb_window_t(source.winId());
    xcb_set_selection_owner(qt, window, atomOf(qt, "XdndSelection"), XCB_CURRENT_TIME);
    QVERIFY(mime->offer()->attachDirectSave());
    Receiver::sync(qt);

    Receiver thunar;
    QVERIFY(thunar.ok());
    const auto [type, name] = thunar.read(window);
    QCOMPARE(type, QByteArray("text/plain"));
    QCOMPARE(name, QByteArray("report one.bin"));
    QTemporaryDir into;
    thunar.write(window, QUrl::fromLocalFile(into.filePath(QString::fromUtf8(name))).toEncoded());
    QCOMPARE(mime->data(kDirectSaveFormat), QByteArray("S"));

    SftpTransferHandle *handle = finishedTransfer(started);
    QVERIFY(handle);
    QVERIFY2(!handle->error().isError(), qPrintable(handle->error().oneLine()));
    QCOMPARE(test::sha256Of(into.filePath(QStringLiteral("report one.bin"))),
             test::sha256Of(m_remote.filePath(QStringLiteral("report one.bin"))));
    QVERIFY(!hasPartFiles(into.path()));

    // One save per drag.
    QCOMPARE(mime->data(kDirectSaveFormat), QByteArray("E"));
    // The name goes with the offer.
    out.reset();
    Receiver::sync(qt);
    QCOMPARE(thunar.read(window).second, QByteArray());
}

void TestFilesDrag::directSaveRefusesBadUris_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("answer");
    // F: "save it some other way"; E: an error, and said.
    QTest::newRow("sftp") << QByteArray("sftp://example.com/tmp/x") << QByteArray("F");
    QTest::newRow("sftp, no host") << QByteArray("sftp:///tmp/x") << QByteArray("F");
    QTest::newRow("another host") << QByteArray("file://elsewhere.invalid/tmp/x") << QByteArray("F");
    QTest::newRow("nothing written back") << QByteArray() << QByteArray("E");
    QTest::newRow("relative") << QByteArray("report.bin") << QByteArray("E");
    QTest::newRow("no file name") << QByteArray("file:///tmp/") << QByteArray("E");
    QTest::newRow("not a URI") << QByteArray("file://[::1") << QByteArray("E");
}

void TestFilesDrag::directSaveRefusesBadUris()
{
    REQUIRE_X11();
    QFETCH(QByteArray, uri);
    QFETCH(QByteArray, answer);
    FilesDragOut out(m_worker.get());
    QSignalSpy started(&out, &FilesDragOut::transferStarted);
    QSignalSpy said(&out, &FilesDragOut::message);
    std::unique_ptr<FilesDragMimeData> mime(
        out.createMimeData(remote(), { file("report one.bin") }, DragOutMode::Direct));
    QWidget source;
    source.show();
    QVERIFY(QTest::qWaitForWindowExposed(&source));
    const auto window = xcb_window_t(source.winId());
    QVERIFY(mime->offer()->attachDirectSave(window));
    Receiver::sync(qtConnection());
    Receiver thunar;
    thunar.write(window, uri);
    QCOMPARE(mime->data(kDirectSaveFormat), answer);
    QCOMPARE(said.count(), 1);
    QTest::qWait(300);
    QCOMPARE(started.count(), 0);
}
#else
void TestFilesDrag::directSaveOnX11()
{
    REQUIRE_X11();
    QFAIL("built without xcb (libxcb1-dev): XDND direct save is not there");
}
void TestFilesDrag::directSaveRefusesBadUris_data()
{
}
void TestFilesDrag::directSaveRefusesBadUris()
{
    REQUIRE_X11();
}
#endif

QTEST_MAIN(TestFilesDrag)
#include "tst_filesdrag.moc"
