#pragma once

#include "common/result.h"

namespace keyport {

// Rejects a value that would change the meaning of a generated ssh_config
// line: whitespace, control characters, quotes, '#', '%', leading '-', or
// empty. The error names the field and the workspace.
Status validateConfigValue(const QString &workspace, const QString &field, const QString &value);
// An alias is a config value that must also not be a pattern (* ? ! ,).
Status validateAlias(const QString &alias);

// A source's name: it becomes the first part of workspace names and ssh
// aliases, so letters, digits, '_' and '-', starting with a letter.
Status validateSourceName(const QString &name);

} // namespace keyport
