#pragma once

#include "sources/sandbox/sandbox.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyport {

class AppContext;
class ErrorBanner;

// Sources: the built-in ones (ssh config, the local sandbox) and the knot
// servers and JupyterHub hubs the user added: add, edit, remove, import from
// knot's own config, start and stop the sandbox.
class SourcesPage : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPage(AppContext *context, QWidget *parent = nullptr);
    ErrorBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void reload();
    void addSource(const QString &kind);
    void editSource();
    void removeSource();
    void importKnot();
    void importNorthflank();
    void startSandbox();
    void stopSandbox();

Q_SIGNALS:
    // startSandbox() ended: running (no error), or why not.
    void sandboxStarted(const keyport::Error &error);

private:
    void updateSandbox();
    void showSandbox(const Sandbox::State &state);
    QString currentName() const;

    AppContext *m_context;
    QTreeWidget *m_tree;
    ErrorBanner *m_banner;
    QLabel *m_sandbox;
    QLabel *m_hint; // what to do while none is added
    QPushButton *m_sandboxStart;
    QPushButton *m_sandboxStop;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace keyport
