#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QTreeWidget;
class QLabel;

namespace keyport {

// The main window: navigation on the left, one page per area. Pages other
// than Keys are filled in by later work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The About text (also shown in the About box): versions of Keyport and
    // of the libraries it runs with.
    static QString aboutText();

public Q_SLOTS:
    void showAbout();
    void refreshKeys();

private:
    QWidget *makeKeysPage();
    QWidget *makePlaceholder(const QString &title, const QString &text);

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeWidget *m_keys = nullptr;
    QLabel *m_keysStatus = nullptr;
};

} // namespace keyport
