#pragma once

#include <QCoreApplication>

#include "common/result.h"

namespace keyport {

// A keyport:// link, as the browser or another app hands it to us:
//   keyport://connect/<source>/<workspace>
//   keyport://open/<source>/<workspace>[?editor=code|cursor|codium][&path=/dir]
//   keyport://proxy/<source>/<workspace>
// Links come from untrusted pages: the parser accepts nothing else.
struct KeyportUrl {
    // tr() in this class translates in context "keyport::KeyportUrl", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::KeyportUrl)

public:
    enum class Action { Connect, Open, Proxy };
    Action action = Action::Connect;
    QString workspaceId; // "<source>.<workspace>"
    QString editor; // Open only; empty: the user's default
    QString path; // Open only

    static Result<KeyportUrl> parse(const QString &text);
};

} // namespace keyport
