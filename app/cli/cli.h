#pragma once

#include "common/job.h"
#include "common/result.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <functional>

namespace keyport::cli {

// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
// A command that returns kPending finishes later through Cli::finish() (or report()).
inline constexpr int kPending = -1;

class Cli : public QObject {
    Q_OBJECT
public:
    void out(const QString &text); // stdout, as is
    void note(const QString &text); // stderr, for a person
    void printJson(const QJsonValue &value);
    int usage(const QString &message, const QString &synopsis);
    int fail(const Error &error);
    void finish(int code);
    // For commands that hold children and files until they end (forward,
    // proxy): SIGHUP (what ssh sends its ProxyCommand), SIGTERM and SIGINT
    // end the event loop, so that everything is cleaned up as on a normal
    // end (a platform CLI stopped, its private HOME removed).
    void finishOnSignals();

    // Starts `job`; when it ends, prints what `done(job)` returns to stdout
    // and exits 0, or prints its error and exits 1. Returns kPending.
    template <typename J, typename F> int report(J *job, F done)
    {
        startJob(job, this, [this, done](J *finished) mutable {
            if (finished->failed()) {
                finish(fail(finished->error()));
                return;
            }
            out(done(finished));
            finish(kExitOk);
        });
        return kPending;
    }
};

int runKeys(Cli &cli, const QStringList &args);
int runAgent(Cli &cli, const QStringList &args);
int runSources(Cli &cli, const QStringList &args);
int runIdentities(Cli &cli, const QStringList &args);
// Fails the command with `e`; when it is a server refusing the login, the
// checklist of `identities explain` for `workspace` is printed first.
void failExplainingLogin(Cli &cli, const QString &workspace, const Error &e);
int registerKey(Cli &cli, const QStringList &args);
// keys registered | keys unregister: the keys a source knows.
int registeredKeys(Cli &cli, const QStringList &args);
int runWorkspaceCommand(Cli &cli, const QString &command, const QStringList &args);
int runFilesCommand(Cli &cli, const QString &command, const QStringList &args);

} // namespace keyport::cli
