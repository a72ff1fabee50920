#include "uilog.h"

namespace keyport {
Q_LOGGING_CATEGORY(lcUi, "keyport.ui", QtWarningMsg)
}
