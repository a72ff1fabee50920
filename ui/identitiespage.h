#pragma once

#include "model/sshidentity.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyport {

class AppContext;
class ErrorBanner;

// Identities: which key goes where. Keyport's own (they pick the one key a
// workspace offers) and the SSH identities of the sources that keep them
// (Northflank); add one with its project and tag rules, remove one.
class IdentitiesPage : public QWidget {
    Q_OBJECT
public:
    explicit IdentitiesPage(AppContext *context, QWidget *parent = nullptr);
    ErrorBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void refresh();
    void addIdentity();
    void removeIdentity();

Q_SIGNALS:
    void refreshed();

private:
    void show(const QList<SshIdentity> &identities);

    AppContext *m_context;
    QTreeWidget *m_tree;
    ErrorBanner *m_banner;
    QLabel *m_empty;
    QPushButton *m_remove;
    QList<SshIdentity> m_identities;
};

} // namespace keyport
