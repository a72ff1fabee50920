#pragma once

#include <QLoggingCategory>

// The desktop app's category (keyport.ui); see common/log.h for the rules.
namespace keyport {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
}
