#pragma once

#include "launch/launchjob.h"

namespace keyport::cli {

class Cli;

// The launch pipeline's questions, answered at the terminal: on a terminal
// the person is asked; --yes answers yes; otherwise (a script, stdin not a
// terminal) the answer is no, and needsYes() tells the command to say how
// to confirm.
class CliQuestions : public LaunchQuestions {
public:
    CliQuestions(Cli &cli, bool yes);
    void startWorkspace(const Workspace &w, Answer answer) override;
    void trustHostKey(const Workspace &w, const PublicKey &offered, const std::optional<PublicKey> &replacing,
                      Answer answer) override;
    void includeInSshConfig(const Workspace &w, const QString &includeLine, const QString &diff,
                            Answer answer) override;
    PassphrasePrompt passphrasePrompt() override;
    // When a question was answered no only because nobody could be asked:
    // what to run to answer it yes. Empty otherwise.
    const QString &howToConfirm() const { return m_howToConfirm; }

private:
    bool confirm(const QString &question, const QString &howToConfirm);
    Cli &m_cli;
    bool m_yes;
    QString m_howToConfirm;
};

// y/N on the terminal; false when stdin is not a terminal.
bool askYesNo(const QString &question);

} // namespace keyport::cli
