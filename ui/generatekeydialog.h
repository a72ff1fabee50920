#pragma once

#include "identity/keystore.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace keyport {

// Generate a key: name, type, comment, passphrase twice with a strength
// hint, "remember in keychain", "add to agent for N minutes". It only
// collects and checks; the Keys page does the work.
class GenerateKeyDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: the file names in ~/.ssh (listed off the GUI thread), so
    // checking the name as it is typed reads no file.
    GenerateKeyDialog(int defaultAgentMinutes, QSet<QString> existing, QWidget *parent = nullptr);

    QString name() const;
    GenerateOptions options() const;
    bool remember() const;
    // nullopt: do not add to the agent.
    std::optional<int> agentMinutes() const;

    // A hint shown under the passphrase ("weak", "good", ...): exposed for tests.
    static QString strengthHint(const QString &passphrase);

private:
    void validate();
    QSet<QString> m_existing;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_comment;
    QLineEdit *m_pass;
    QLineEdit *m_repeat;
    QLabel *m_strength;
    QCheckBox *m_remember;
    QCheckBox *m_agent;
    QSpinBox *m_minutes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace keyport
