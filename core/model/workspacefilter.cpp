#include "workspacefilter.h"

namespace keyport {

namespace {

// Splits on whitespace, keeping "quoted parts" (quotes removed) together.
QStringList terms(const QString &query)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : query) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out << std::exchange(current, {});
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool has(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

WorkspaceFilter WorkspaceFilter::parse(const QString &query)
{
    WorkspaceFilter f;
    for (const QString &t : terms(query)) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? t.left(colon).toLower() : QString();
        const QString value = t.mid(colon + 1);
        QStringList *field = key == QLatin1String("project")  ? &f.projects
                             : key == QLatin1String("tag")    ? &f.tags
                             : key == QLatin1String("state")  ? &f.states
                             : key == QLatin1String("source") ? &f.sources
                                                              : nullptr;
        if (field && !value.isEmpty())
            *field << value;
        else if (!field)
            f.words << t;
        // "project:" with nothing after it is being typed: it narrows nothing yet.
    }
    return f;
}

bool WorkspaceFilter::isEmpty() const
{
    return words.isEmpty() && projects.isEmpty() && tags.isEmpty() && states.isEmpty() && sources.isEmpty();
}

bool WorkspaceFilter::matches(const Workspace &w) const
{
    for (const QString &p : projects)
        if (!has(w.project, p) && !has(w.service, p))
            return false;
    for (const QString &s : sources)
        if (w.source.compare(s, Qt::CaseInsensitive) != 0)
            return false;
    for (const QString &s : states)
        if (!workspaceStateName(w.state).startsWith(s, Qt::CaseInsensitive))
            return false;
    for (const QString &t : tags) {
        bool any = false;
        for (const QString &tag : w.tags)
            any = any || tag.compare(t, Qt::CaseInsensitive) == 0;
        if (!any)
            return false;
    }
    for (const QString &word : words) {
        bool any = has(w.name, word) || has(w.source, word) || has(w.project, word) || has(w.service, word)
                   || has(w.transport.host, word) || has(w.existingAlias, word);
        for (const QString &tag : w.tags)
            any = any || has(tag, word);
        if (!any)
            return false;
    }
    return true;
}

} // namespace keyport
