#pragma once

#include "workspace/registry.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keyport {

// Add a knot server, a JupyterHub hub or a spaces control plane: URL, a
// button that opens the page where tokens are made (spaces: its one-time
// auth key instead), Test, Save. Saving tests first and stores nothing
// unless the source answers. A spaces auth key works once: Test keeps the
// session token it was exchanged for, and Save stores that one.
class SourceDialog : public QDialog {
    Q_OBJECT
public:
    SourceDialog(SourceRegistry *registry, const QString &kind, QWidget *parent = nullptr);
    // Editing: the name is fixed; an empty token keeps the stored one.
    void setExisting(const SourceConfig &config);
    SourceConfig config() const;
    // The page where the server makes tokens (knot: /api-tokens/create/<name>; hub: /hub/token).
    static QUrl tokenPage(const QString &kind, const QString &url);

Q_SIGNALS:
    void added(const QString &name);

private:
    void test();
    void save();
    void setBusy(bool busy, const QString &text);
    bool isSpaces() const { return m_kind == QLatin1String("spaces"); }

    SourceRegistry *m_registry;
    QString m_kind;
    bool m_editing = false;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_hubUser = nullptr;
    QLineEdit *m_loginUser = nullptr;
    QLineEdit *m_email = nullptr; // spaces
    QLineEdit *m_team = nullptr; // Northflank
    QLineEdit *m_sshHost = nullptr;
    QLineEdit *m_sshPort = nullptr;
    QLineEdit *m_certTtl = nullptr;
    QByteArray m_redeemed; // spaces: the session token Test obtained
    QCheckBox *m_insecure;
    QLineEdit *m_token;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_save;
};

} // namespace keyport
