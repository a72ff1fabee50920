// keyport: the desktop app. Only wiring; the window lives in keyport_ui.
//   keyport [keyport://connect/<source>/<workspace>]   open (or hand the link to the running instance)
//   keyport --smoke          show the window, exit 0 after it has been painted once (install checks)
//   keyport --page workspaces|keys|identities|sources|settings [--search TEXT] [--select <source>.<name>]
//                            start on a page (screenshots)
//   keyport --version
#include "mainwindow.h"
#include "singleinstance.h"
#include "translations.h"
#include "workspacespage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// Exits once the window has painted: the end of a cold start.
class FirstPaint : public QObject {
public:
    FirstPaint(QElapsedTimer clock, bool print)
        : m_clock(clock)
        , m_print(print)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            if (m_print)
                std::printf("first paint after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_print;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    bool smoke = false;
    QString message, page, select, search;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--page") == 0 && i + 1 < argc) {
            page = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strcmp(argv[i], "--search") == 0 && i + 1 < argc) {
            search = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strcmp(argv[i], "--select") == 0 && i + 1 < argc) {
            select = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("keyport %s\n", KEYPORT_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--smoke") == 0)
            smoke = true;
        else if (std::strncmp(argv[i], "keyport:", 8) == 0)
            message = QString::fromLocal8Bit(argv[i]);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("keyport"));
    QApplication::setApplicationName(QStringLiteral("keyport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    QApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.keyport.Keyport"));
    keyport::installTranslations(app);

    keyport::SingleInstance instance;
    if (!smoke) {
        if (instance.forwardToRunning(message.isEmpty() ? QStringLiteral("show") : message))
            return 0;
        instance.listen();
    }
    keyport::MainWindow window;
    QObject::connect(&instance, &keyport::SingleInstance::messageReceived, &window,
                     &keyport::MainWindow::handleMessage);
    FirstPaint firstPaint(clock, qEnvironmentVariableIsSet("KEYPORT_PRINT_STARTUP"));
    if (smoke)
        window.installEventFilter(&firstPaint);
    const QStringList pages { QStringLiteral("workspaces"), QStringLiteral("keys"), QStringLiteral("identities"),
                              QStringLiteral("sources"), QStringLiteral("settings") };
    if (pages.contains(page))
        window.showPage(keyport::MainWindow::Page(pages.indexOf(page)));
    if (!search.isEmpty())
        window.workspacesPage()->searchField()->setText(search);
    if (!select.isEmpty())
        QObject::connect(window.workspacesPage(), &keyport::WorkspacesPage::refreshed, &window,
                         [&window, select] { window.workspacesPage()->select(select); });
    window.show();
    if (!message.isEmpty())
        QTimer::singleShot(0, &window, [&window, message] { window.handleMessage(message); });
    return app.exec();
}
