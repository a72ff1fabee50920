// The GUI stays responsive while files move. A 5 ms QTimer on the GUI thread
// records every tick; the largest gap between two ticks (and the 99th
// percentile) is how long the event loop could not answer a person. Measured
//   - idle: the same timer with nothing else to do (the baseline),
//   - a download and an upload through an SftpWorker, the Files window's way
//     (ssh's pipes, the protocol and the file I/O on a thread of their own),
//   - the same copies with the session on the GUI thread (an SftpClient and an
//     SftpCopyJob there, as keyport-cli runs them): what the worker is for,
// each with a progress bar repainted from the progress signals, as the Files
// window's transfers list is. Also the CPU seconds of this process and of its
// ssh per GiB moved.
// Usage: keyport_guistallbench CLI WORKSPACE REMOTE_FILE LOCAL_FILE OUT_DIR [ROUNDS] [IDLE_SECONDS]
//   REMOTE_FILE and LOCAL_FILE are the sources (the same size); the copies go to
//   OUT_DIR/down.bin and, on the workspace, REMOTE_FILE's folder/up.bin. Each
//   round measures idle, then the worker's and the GUI thread's copies, in
//   turns (which goes first alternates), so that load that comes and goes on a
//   shared machine hits each alike; medians over the rounds, and the worst.
#include "launch/sshcommand.h"
#include "model/workspace.h"
#include "session/sftpclient.h"
#include "session/sftpcopy.h"
#include "session/sftpworker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProgressBar>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace keyport;

namespace {

double cpuSecondsOf(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Ticks of a 5 ms timer on this thread; gaps between consecutive ticks, and
// how much CPU this thread used within each: a long gap with little CPU is
// the thread waiting (for a CPU on a loaded machine, or blocked in a call),
// one with much CPU is work done on it.
class TickMeter {
public:
    TickMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = cpuSecondsOf(RUSAGE_THREAD);
            m_gaps << (now - m_last) / 1e6;
            m_busy << (cpu - m_lastCpu) * 1e3;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_busy.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = cpuSecondsOf(RUSAGE_THREAD);
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qsizetype largest() const { return std::max_element(m_gaps.begin(), m_gaps.end()) - m_gaps.begin(); }
    double max() const { return m_gaps.isEmpty() ? 0 : m_gaps[largest()]; }
    // The GUI thread's CPU time within the largest gap.
    double busyInMax() const { return m_gaps.isEmpty() ? 0 : m_busy[largest()]; }
    double percentile(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[qMin(sorted.size() - 1, qsizetype(p * sorted.size()))];
    }
    qsizetype over(double ms) const
    {
        return std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; });
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    QList<double> m_gaps, m_busy;
};

// CPU seconds of this process's living children (ssh): their exit would lose them
// from RUSAGE_CHILDREN until reaped, so they are read from /proc while they run.
double cpuSecondsOfChildren()
{
    const QString self = QString::number(getpid());
    double seconds = 0;
    const double tick = double(sysconf(_SC_CLK_TCK));
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (!pid.at(0).isDigit())
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // After "pid (comm) ": state ppid ... utime (14th field) stime (15th).
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12 && fields[1] == self.toLatin1())
            seconds += (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return seconds;
}

Workspace listed(const QString &cli, const QString &id)
{
    QProcess p;
    p.start(cli, { QStringLiteral("workspaces"), QStringLiteral("list"), QStringLiteral("--json") });
    p.waitForFinished(60000);
    for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return Workspace::fromJson(v.toObject());
    return {};
}

// One measurement: a phase (idle, or one copy) in one round.
struct Sample {
    double seconds = 0;
    double maxGap = 0, busy = 0, p99 = 0; // busy: the GUI thread's CPU ms within the largest gap
    qsizetype stalls = 0; // gaps over 50 ms
    double cpuSelf = 0, cpuSsh = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

template <typename F> QList<double> each(const QList<Sample> &samples, F f)
{
    QList<double> out;
    for (const Sample &s : samples)
        out << f(s);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: %s CLI WORKSPACE REMOTE_FILE LOCAL_FILE OUT_DIR [ROUNDS] [IDLE_SECONDS]\n",
                     argv[0]);
        return 2;
    }
    const QString cli = args[1], remoteSource = args[3], localSource = args[4], out = args[5];
    const int rounds = qMax(1, args.value(6, QStringLiteral("3")).toInt());
    const int idleSeconds = args.value(7, QStringLiteral("5")).toInt();
    const Workspace w = listed(cli, args[2]);
    if (w.id().isEmpty()) {
        std::fprintf(stderr, "workspace %s is not listed\n", qPrintable(args[2]));
        return 1;
    }
    const qint64 size = QFileInfo(localSource).size();
    const double gib = double(size) / (1 << 30);
    const QString remoteUp = QFileInfo(remoteSource).dir().filePath(QStringLiteral("up.bin"));
    const QString localDown = QDir(out).filePath(QStringLiteral("down.bin"));

    // What a transfers list shows: a bar, repainted as progress comes in.
    QProgressBar bar;
    bar.setRange(0, 1000);
    bar.resize(400, 40);
    bar.show();
    const auto showProgress = [&bar](qint64 done, qint64 total) {
        bar.setValue(total > 0 ? int(done * 1000 / total) : 0);
    };

    TickMeter meter;
    QEventLoop loop;
    QElapsedTimer clock;
    int failures = 0;
    // Runs `begin` (which calls `done` with an error, or empty, when it ends)
    // while the meter ticks; the disk is synced first, so that no phase pays
    // for the write-back of the one before.
    const auto measure = [&](const std::function<void(std::function<void(QString)>)> &begin) {
        ::sync();
        Sample s;
        QString error;
        const double self0 = cpuSecondsOf(RUSAGE_SELF), ssh0 = cpuSecondsOfChildren();
        meter.start();
        clock.start();
        begin([&](const QString &e) {
            error = e;
            loop.quit();
        });
        loop.exec();
        meter.stop();
        s.seconds = clock.elapsed() / 1000.0;
        s.cpuSelf = cpuSecondsOf(RUSAGE_SELF) - self0;
        s.cpuSsh = cpuSecondsOfChildren() - ssh0;
        s.maxGap = meter.max();
        s.busy = meter.busyInMax();
        s.p99 = meter.percentile(0.99);
        s.stalls = meter.over(50);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "FAILED: %s\n", qPrintable(error));
            ++failures;
        }
        QFile::remove(localDown);
        QFile::remove(remoteUp);
        return s;
    };
    const auto idle = [&](std::function<void(QString)> done) {
        QTimer::singleShot(idleSeconds * 1000, &loop, [done] { done({}); });
    };

    SftpWorker worker([w, cli] { return sshcommand::sftpArgv(w, cli); });
    SftpClient *client = SftpClient::overProcess(sshcommand::sftpArgv(w, cli), &app);
    int waiting = 2;
    const auto opened = [&] {
        if (--waiting == 0)
            loop.quit();
    };
    const auto notOpened = [](const Error &e) {
        std::fprintf(stderr, "the session did not start: %s\n", qPrintable(e.oneLine()));
        std::exit(1);
    };
    QObject::connect(&worker, &SftpWorker::ready, &loop, opened);
    QObject::connect(&worker, &SftpWorker::failed, &loop, notOpened);
    QObject::connect(client, &SftpClient::ready, &loop, opened);
    QObject::connect(client, &SftpClient::failed, &loop, notOpened);
    worker.start();
    client->start();
    loop.exec();

    SftpCopyJob::Options options;
    options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    const auto throughWorker = [&](bool upload) {
        return [&, upload](std::function<void(QString)> done) {
            SftpTransferHandle *h =
                upload ? worker.copy(SftpCopyJob::Direction::Upload, { localSource }, remoteUp, options)
                       : worker.copy(SftpCopyJob::Direction::Download, { remoteSource }, localDown, options);
            QObject::connect(h, &SftpTransferHandle::progressed, &bar,
                             [showProgress](qint64 d, qint64 t) { showProgress(d, t); });
            QObject::connect(h, &SftpTransferHandle::finished, &bar, [h, done] {
                done(h->error().isError() ? h->error().oneLine() : QString());
                h->deleteLater();
            });
        };
    };
    const auto onGuiThread = [&](bool upload) {
        return [&, upload](std::function<void(QString)> done) {
            auto *job = upload ? new SftpCopyJob(client, SftpCopyJob::Direction::Upload, { localSource }, remoteUp,
                                                 options, &app)
                               : new SftpCopyJob(client, SftpCopyJob::Direction::Download, { remoteSource }, localDown,
                                                 options, &app);
            QObject::connect(job, &SftpCopyJob::transferred, &bar,
                             [showProgress](qint64 d, qint64 t) { showProgress(d, t); });
            startJob(job, &bar, [done](SftpCopyJob *j) {
                done(j->error().isError() ? j->error().oneLine() : QString());
                j->deleteLater();
            });
        };
    };

    const QStringList names { QStringLiteral("idle event loop (baseline)"), QStringLiteral("download, SftpWorker"),
                              QStringLiteral("upload, SftpWorker"), QStringLiteral("download, session on GUI thread"),
                              QStringLiteral("upload, session on GUI thread") };
    const char *shortNames[] = { "idle", "worker down", "worker up", "GUI-thread down", "GUI-thread up" };
    std::map<int, QList<Sample>> samples;
    std::printf("size %lld MiB, timer 5 ms, %d rounds, idle %d s a round\n", qlonglong(size >> 20), rounds,
                idleSeconds);
    for (int round = 0; round < rounds; ++round) {
        samples[0] << measure(idle);
        const bool workerFirst = round % 2 == 0;
        for (const bool viaWorker : { workerFirst, !workerFirst })
            for (const bool upload : { false, true })
                samples[(viaWorker ? 1 : 3) + (upload ? 1 : 0)]
                    << measure(viaWorker ? std::function(throughWorker(upload)) : std::function(onGuiThread(upload)));
        std::printf("round %d, largest gaps (GUI thread's CPU ms in them):", round + 1);
        for (const auto &[phase, list] : samples)
            std::printf(" %s %.1f ms (%.1f busy);", shortNames[phase], list.last().maxGap, list.last().busy);
        std::printf("\n");
        std::fflush(stdout);
    }
    delete client;

    const double idleMax = median(each(samples[0], [](const Sample &s) { return s.maxGap; }));
    const double idleP99 = median(each(samples[0], [](const Sample &s) { return s.p99; }));
    double workerWorst = 0;
    std::printf("%-32s %8s %18s %20s %18s %7s %14s %10s\n", "medians over the rounds", "time", "max gap (ratio)",
                "worst (busy in it)", "p99 (ratio)", ">50ms", "CPU/GiB: self", "ssh");
    for (const auto &[phase, list] : samples) {
        const double maxGap = median(each(list, [](const Sample &s) { return s.maxGap; }));
        const QList<double> gaps = each(list, [](const Sample &s) { return s.maxGap; });
        const qsizetype worstAt = std::max_element(gaps.begin(), gaps.end()) - gaps.begin();
        const double worst = gaps[worstAt];
        const double p99 = median(each(list, [](const Sample &s) { return s.p99; }));
        qsizetype stalls = 0;
        for (const Sample &s : list)
            stalls += s.stalls;
        std::printf("%-32s %6.2f s %7.2f ms (%5.2fx) %7.2f ms (%5.1f ms) %7.2f ms (%5.2fx) %7lld",
                    qPrintable(names[phase]), median(each(list, [](const Sample &s) { return s.seconds; })), maxGap,
                    maxGap / idleMax, worst, list[worstAt].busy, p99, p99 / idleP99, qlonglong(stalls));
        if (phase > 0)
            std::printf(" %12.2f s %8.2f s", median(each(list, [](const Sample &s) { return s.cpuSelf; })) / gib,
                        median(each(list, [](const Sample &s) { return s.cpuSsh; })) / gib);
        std::printf("\n");
        if (phase == 1 || phase == 2)
            workerWorst = qMax(workerWorst, worst);
    }
    std::printf("largest gap with the SftpWorker, any round: %.1f ms (target: no stall over 50 ms): %s\n", workerWorst,
                workerWorst <= 50 ? "MET" : "MISSED");
    return failures ? 1 : 0;
}
