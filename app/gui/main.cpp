// keyport: the desktop app. Only wiring; the window lives in keyport_ui.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("keyport"));
    QApplication::setApplicationName(QStringLiteral("keyport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    QApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    keyport::MainWindow window;
    window.show();
    return app.exec();
}
