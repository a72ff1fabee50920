#pragma once

#include "launch/launchjob.h"
#include "model/workspace.h"
#include "proxy/proxymanager.h"
#include "workspace/workspacefacts.h"

#include <QStackedWidget>

#include <functional>

class QFormLayout;
class QCheckBox;
class QLabel;
class QToolButton;
class QLineEdit;
class QPushButton;
class QTimer;

namespace keyport {

class ErrorBanner;
class WorkspaceModel;

// The right-hand side of the Workspaces page: how to reach the selected
// workspace (alias, user, transport, key, host key, certificate, agent
// forwarding, proxy) and its actions, or the selected source's state. It
// shows values it is given and reads no file: facts come from a snapshot.
class WorkspaceDetails : public QStackedWidget {
    Q_OBJECT
public:
    explicit WorkspaceDetails(QWidget *parent = nullptr);

    struct Shown {
        Workspace workspace;
        std::optional<WorkspaceFacts> facts; // nullopt: still being read
        std::optional<ProxyManager::Running> proxy;
        QString knownHostsPath; // for the proxy's commands
        bool favourite = false;
        bool canStartStop = false;
    };
    void showWorkspace(const Shown &shown);
    struct SourceShown {
        QString name;
        QString description;
        bool refreshing = false;
        QDateTime lastRefresh;
        Error error;
    };
    void showSource(const SourceShown &source);
    void showNothing();
    // Progress and outcomes of actions, under the buttons; `cancellable`
    // shows a Cancel button while a launch runs.
    void setBusy(const QString &text, bool cancellable = false);

Q_SIGNALS:
    void connectRequested();
    void editorRequested(const QString &editor);
    void filesRequested();
    void proxyToggled();
    void startStopRequested();
    void copyRequested();
    void favouriteToggled();
    void refreshSourceRequested();
    void explainLoginRequested();
    void cancelRequested();

private:
    QWidget *makeWorkspacePage();
    QWidget *makeSourcePage();
    // One row of the form; a value with a word too long to wrap gets a copy
    // button, which copies `copied` (the whole value when empty).
    QLabel *field(const QString &label, const QString &value, const QString &name, const QString &copied = {});
    static QToolButton *copyButton(QWidget *parent, const QString &what, std::function<QString()> text);
    void showCertificateLeft();
    void showProxyCommands();

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_notice; // why it cannot be connected, or what its entry host serves
    QFormLayout *m_form;
    // Each button with the launch it starts, to say why one cannot.
    QList<std::pair<QPushButton *, LaunchRequest::Action>> m_launches;
    QPushButton *m_proxy;
    QPushButton *m_startStop;
    QPushButton *m_favourite;
    QWidget *m_proxyBox;
    QLabel *m_proxyEndpoint;
    QList<QLineEdit *> m_proxyCommands;
    QCheckBox *m_proxyPinned;
    // What the proxy commands are made of, to show them again when toggled.
    Workspace m_proxyFor;
    QString m_proxyHost, m_knownHostsPath;
    quint16 m_proxyPort = 0;
    // The shown certificate, its field, and the tick that counts it down.
    std::optional<Certificate> m_certificate;
    QLabel *m_certificateField = nullptr;
    QTimer *m_tick;
    QLabel *m_busy;
    QPushButton *m_cancel;
    QLabel *m_sourceTitle;
    QLabel *m_sourceInfo;
    ErrorBanner *m_sourceError;
};

} // namespace keyport
