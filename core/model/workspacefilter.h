#pragma once

#include "workspace.h"

namespace keyport {

// The search field's language: words match anywhere (name, project, service,
// tags, host); `project:`, `tag:`, `state:` and `source:` narrow to one field.
// Everything is case-insensitive and every term must match. Values may be
// quoted: project:"data science".
class WorkspaceFilter {
public:
    static WorkspaceFilter parse(const QString &query);
    bool isEmpty() const;
    bool matches(const Workspace &w) const;

    QStringList words;
    QStringList projects;
    QStringList tags;
    QStringList states;
    QStringList sources;
};

} // namespace keyport
