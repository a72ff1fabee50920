#include "log.h"

namespace keyport {
Q_LOGGING_CATEGORY(lcIdentity, "keyport.identity", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAgent, "keyport.agent", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "keyport.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "keyport.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSftp, "keyport.sftp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProxy, "keyport.proxy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCommon, "keyport.common", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "keyport.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLaunch, "keyport.launch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "keyport.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransport, "keyport.transport", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "keyport.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKnot, "keyport.knot", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJupyterHub, "keyport.jupyterhub", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSpaces, "keyport.spaces", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNorthflank, "keyport.northflank", QtWarningMsg)
} // namespace keyport
