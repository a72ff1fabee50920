#pragma once

// What several fuzz targets share: a scratch folder for parsers that read
// files, and the check that what Keyport writes into an ssh config is read
// back by ssh's own rules as exactly what was meant.

#include "fuzztarget.h"

#include "model/workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace keyport::fuzz {

// A folder that lives as long as the process (one per run, not per input).
QString scratchDir();
// Writes `data` to scratchDir()/name and returns the path.
QString writeScratch(const QString &name, QByteArrayView data);

// Each workspace's Host block, when Keyport renders one, is one Host line for
// the workspace's alias and options Keyport writes, each once, each a single
// argument: a hostile name or field never adds an option or a host.
void checkRenderedBlocks(const QList<Workspace> &workspaces);

} // namespace keyport::fuzz
