// Filtering 10,000 workspaces, one keystroke at a time, painted: Keyport's
// model, delegate and list view vs the baseline of Qt's stock approach (a
// QSortFilterProxyModel over a QStringListModel of the same names, fixed-string
// filter) on the same view. Prints milliseconds per keystroke.
#include "workspacedelegate.h"
#include "workspacemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStringListModel>

#include <algorithm>
#include <cstdio>

using namespace keyport;

namespace {

QList<Workspace> synthetic(int count)
{
    const QStringList projects { QStringLiteral("shop"), QStringLiteral("ml"), QStringLiteral("infra"),
                                 QStringLiteral("data"), QStringLiteral("web") };
    const QStringList tags { QStringLiteral("api"),     QStringLiteral("gpu"), QStringLiteral("prod"),
                             QStringLiteral("staging"), QStringLiteral("eu"),  QStringLiteral("us") };
    QList<Workspace> out;
    for (int i = 0; i < count; ++i) {
        Workspace w;
        w.source = QStringLiteral("source%1").arg(i % 4);
        w.name = QStringLiteral("workspace-%1-%2").arg(projects[i % 5]).arg(i);
        w.project = projects[i % 5];
        w.service = QStringLiteral("svc%1").arg(i % 7);
        w.tags = { tags[i % 6], tags[(i / 6) % 6] };
        w.state = i % 3 ? WorkspaceState::Running : WorkspaceState::Stopped;
        w.transport.host = QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250);
        out << w;
    }
    return out;
}

// Types each query character by character, then deletes it again.
QStringList keystrokes()
{
    QStringList states;
    for (const QString &q : { QStringLiteral("project:shop tag:api"), QStringLiteral("gpu 12"),
                              QStringLiteral("state:running workspace-ml") }) {
        for (int i = 1; i <= q.size(); ++i)
            states << q.left(i);
        for (int i = int(q.size()) - 1; i >= 0; --i)
            states << q.left(i);
    }
    return states;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(v.size() * 0.95))];
}

template <typename F> QList<double> measure(QListView &view, const QStringList &strokes, F applyFilter)
{
    QList<double> ms;
    for (const QString &s : strokes) {
        QElapsedTimer t;
        t.start();
        applyFilter(s);
        view.viewport()->repaint(); // layout and paint now, as the keystroke's frame would
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QList<Workspace> all = synthetic(count);
    const QStringList strokes = keystrokes();

    QListView ours;
    ours.resize(600, 600);
    auto *model = new WorkspaceModel(&ours);
    ours.setModel(model);
    ours.setItemDelegate(new WorkspaceDelegate(&ours));
    ours.setUniformItemSizes(true);
    QList<std::pair<QString, QString>> sources;
    for (int i = 0; i < 4; ++i)
        sources.append({ QStringLiteral("source%1").arg(i), QStringLiteral("a source") });
    model->setSources(sources);
    for (int i = 0; i < 4; ++i) {
        QList<Workspace> part;
        for (const Workspace &w : all)
            if (w.source == sources[i].first)
                part << w;
        model->setWorkspaces(sources[i].first, part);
    }
    ours.show();
    QApplication::processEvents();

    QListView base;
    base.resize(600, 600);
    QStringList names;
    for (const Workspace &w : all)
        names << w.id() + QLatin1Char(' ') + w.project + QLatin1Char(' ') + w.tags.join(QLatin1Char(' '));
    auto *list = new QStringListModel(names, &base);
    auto *proxy = new QSortFilterProxyModel(&base);
    proxy->setSourceModel(list);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    base.setModel(proxy);
    base.setUniformItemSizes(true);
    base.show();
    QApplication::processEvents();

    // Warm both once.
    measure(ours, strokes.mid(0, 5), [model](const QString &s) { model->setFilter(s); });
    measure(base, strokes.mid(0, 5), [proxy](const QString &s) { proxy->setFilterFixedString(s); });
    const auto o = measure(ours, strokes, [model](const QString &s) { model->setFilter(s); });
    const auto b = measure(base, strokes, [proxy](const QString &s) { proxy->setFilterFixedString(s); });
    std::printf("workspaces %d, keystrokes %lld\n", count, static_cast<long long>(strokes.size()));
    std::printf("keyport   median %.2f ms  p95 %.2f ms  max %.2f ms\n", median(o), percentile95(o),
                *std::max_element(o.cbegin(), o.cend()));
    std::printf("baseline  median %.2f ms  p95 %.2f ms  max %.2f ms  (QSortFilterProxyModel, fixed string)\n",
                median(b), percentile95(b), *std::max_element(b.cbegin(), b.cend()));
    std::printf("ratio %.2fx of baseline; p95 %.2f ms (target < 16 ms per keystroke): %s\n", median(o) / median(b),
                percentile95(o), percentile95(o) < 16 ? "MET" : "MISSED");
    return 0;
}
