#pragma once

#include "cli.h"
#include "cliquestions.h"

#include "launch/launchjob.h"
#include "launch/sshcommand.h"

#include <memory>

namespace keyport::cli {

// The keyport-cli next to this one, for the ProxyCommand lines of the managed config.
QString cliPath();

// Runs a job of the launch pipeline (LaunchJob, or a job built on it such
// as OpenSftpJob) with questions asked on the terminal (or answered by
// --yes), prints its notes, and fails the command with its error, saying
// how to confirm when nobody could be asked. `then` gets the job on success.
template <typename J, typename F>
void launch(Cli &cli, SourceRegistry *registry, LaunchRequest request, bool yes, F then)
{
    request.cliPath = cliPath();
    auto questions = std::make_shared<CliQuestions>(cli, yes);
    auto *job = new J(registry, request, questions.get(), &cli);
    startJob(job, &cli, [&cli, questions, then, id = request.workspaceId](J *done) mutable {
        for (const QString &note : done->notes())
            cli.note(tr("note: %1").arg(note));
        if constexpr (requires { done->pinnedNow(); })
            if (done->pinnedNow() && done->offeredKey())
                cli.note(tr("Pinned %1 for %2.").arg(done->offeredKey()->fingerprint(), done->workspace().id()));
        if (done->failed()) {
            if (done->wasCancelled() && !questions->howToConfirm().isEmpty())
                cli.finish(
                    cli.fail(Error(ErrorCode::Cancelled, tr("%1 Nobody could be asked (stdin is not a terminal): %2.")
                                                             .arg(done->error().message, questions->howToConfirm()))));
            else
                failExplainingLogin(cli, id, done->error());
            return;
        }
        then(done);
    });
}

} // namespace keyport::cli
