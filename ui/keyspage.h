#pragma once

#include "identity/keystore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace keyport {

class AppContext;
class ErrorBanner;

// Keys: every private key in ~/.ssh with its type, fingerprint, comment,
// encryption, keychain and agent status and certificate expiry; generate,
// import, copy, register, agent add/remove, change passphrase, delete.
class KeysPage : public QWidget {
    Q_OBJECT
public:
    explicit KeysPage(AppContext *context, QWidget *parent = nullptr);
    ErrorBanner *banner() const { return m_banner; }
    // As of the last refresh.
    bool hasKeys() const { return !m_keys.isEmpty(); }

public Q_SLOTS:
    void refresh();
    void generate();
    void importKey();
    void copyPublicKey();
    void addToAgent(bool confirmEachUse = false);
    void removeFromAgent();
    void changePassphrase();
    void deleteKey();
    void registerWith(const QString &source);
    // Removes the selected key from a source that knows it, after asking.
    void unregisterFrom(const QString &source);

Q_SIGNALS:
    // A refresh finished (the list is current).
    void refreshed();

private:
    std::optional<KeyInfo> current() const;
    void updateButtons();
    void done(const QString &text);
    void fail(const Error &e);
    // Asks every source that keeps keys which it knows (off the GUI thread).
    void askSources();
    void showRegistered();
    void showCertificatesLeft();

    AppContext *m_context;
    QTreeWidget *m_tree;
    ErrorBanner *m_banner;
    QLabel *m_status;
    QList<KeyInfo> m_keys;
    QSet<QString> m_files; // the names in ~/.ssh, from the last listing
    QHash<QString, QDateTime> m_agentExpiry; // fingerprint -> when our lifetime ends
    QList<QPushButton *> m_needsKey;
    QPushButton *m_register;
    QPushButton *m_unregister;
    // Per source: the local key paths it knows (with when it took them), or why it could not say.
    struct Known {
        QHash<QString, QDateTime> paths;
        QString problem;
    };
    QHash<QString, Known> m_registered;
    QTimer *m_tick; // counts certificates down
};

} // namespace keyport
