#include "cliquestions.h"

#include "cli.h"
#include "keyjson.h"
#include "terminal.h"

#include <cstdio>

namespace keyport::cli {

bool askYesNo(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    std::fprintf(stderr, "%s [y/N] ", qPrintable(question));
    std::fflush(stderr);
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
}

CliQuestions::CliQuestions(Cli &cli, bool yes)
    : m_cli(cli)
    , m_yes(yes)
{
}

bool CliQuestions::confirm(const QString &question, const QString &howToConfirm)
{
    if (m_yes)
        return true;
    if (!stdinIsTerminal()) {
        m_howToConfirm = howToConfirm;
        return false;
    }
    return askYesNo(question);
}

void CliQuestions::startWorkspace(const Workspace &w, Answer answer)
{
    const bool yes =
        confirm(tr("%1 is stopped. Start it?").arg(w.id()),
                tr("start it with `keyport-cli workspaces start %1`, or run the command again with --yes").arg(w.id()));
    if (yes)
        m_cli.note(tr("Starting %1…").arg(w.id()));
    answer(yes);
}

void CliQuestions::trustHostKey(const Workspace &w, const PublicKey &offered, const std::optional<PublicKey> &replacing,
                                Answer answer)
{
    if (replacing)
        m_cli.note(tr("The pinned host key of %1 is %2 %3.")
                       .arg(w.id(), algorithmDisplayName(replacing->algorithm()), replacing->fingerprint()));
    m_cli.note(tr("The host key of %1 is %2 %3.")
                   .arg(w.id(), algorithmDisplayName(offered.algorithm()), offered.fingerprint()));
    answer(confirm(replacing ? tr("Replace the pinned key with this one?") : tr("Trust it and pin it?"),
                   tr("check the fingerprint above, then confirm with `keyport-cli trust %1 --yes%2`")
                       .arg(w.id(), replacing ? QStringLiteral(" --replace") : QString())));
}

void CliQuestions::includeInSshConfig(const Workspace &w, const QString &includeLine, const QString &diff,
                                      Answer answer)
{
    if (!m_yes && stdinIsTerminal())
        m_cli.note(diff);
    answer(confirm(tr("Editors find %1 through ~/.ssh/config. Add `%2` at its top?").arg(w.sshAlias(), includeLine),
                   tr("see the change with `keyport-cli ssh-config --diff`, then run the command again with --yes "
                      "(or `keyport-cli ssh-config` to add the line)")));
}

PassphrasePrompt CliQuestions::passphrasePrompt()
{
    return terminalPrompt();
}

} // namespace keyport::cli
