#pragma once

#include <QLoggingCategory>

// One category per module (keyport.<module>), warnings by default; turn on more
// with QT_LOGGING_RULES="keyport.*=true". Never pass a secret to these.
namespace keyport {
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcAgent)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcSftp)
Q_DECLARE_LOGGING_CATEGORY(lcProxy)
Q_DECLARE_LOGGING_CATEGORY(lcCommon)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcLaunch)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcKnot)
Q_DECLARE_LOGGING_CATEGORY(lcJupyterHub)
Q_DECLARE_LOGGING_CATEGORY(lcSpaces)
Q_DECLARE_LOGGING_CATEGORY(lcNorthflank)
} // namespace keyport
