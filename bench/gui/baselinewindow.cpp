// The baseline for Keyport's start-up and memory benchmarks: the smallest
// comparable Qt Widgets app (a main window with a search field and a list).
//   keyport_baseline_window --smoke   exit after the first paint
//   keyport_baseline_window           stay open (memory)
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

#include <cstring>

namespace {
class FirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    QApplication app(argc, argv);
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLineEdit(central));
    auto *list = new QListView(central);
    list->setModel(new QStringListModel({ QStringLiteral("one"), QStringLiteral("two") }, list));
    layout->addWidget(list);
    window.setCentralWidget(central);
    window.resize(1100, 680);
    FirstPaint firstPaint;
    if (smoke)
        window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
