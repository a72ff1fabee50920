#pragma once

#include "common/job.h"
#include "session/requestwindow.h"
#include "session/sftpwire.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

namespace keyport {

class SftpClient;

// One entry of a folder as a file manager shows it.
struct RemoteEntry {
    QByteArray name; // bytes as the server sent them (never a local name unchecked: isSafeEntryName)
    // The entry's own attributes (lstat); a link's target's when listed with
    // followLinks and the target exists.
    sftp::Attributes attrs;
    bool link = false; // a symbolic link, followed or not
    QByteArray linkTarget; // what a link points to (READLINK), as the server said it
    std::optional<sftp::Attributes> target; // a link target's attributes; none: dangling or unreadable
    // Printable, for display only: names the server's system knows, or the
    // number when it knows none; empty when the server sent no ids.
    QString owner, group;
    QString type; // "Folder", "Markdown document", "Link to folder", …: by name, nothing is read

    bool isFolder() const { return attrs.isDirectory(); }
    bool isLinkToFolder() const { return link && target && target->isDirectory(); }
};

// The owner and group an SFTP v3 longname (`ls -l` text) names, when it has
// the shape of one ("-rw-r--r--  1 alice  staff  …"); empty ones otherwise.
// Printable, at most 64 characters each: a server chooses this text.
struct LongNameOwner {
    QString user, group;
};
LongNameOwner ownerFromLongName(const QByteArray &longName);

// Lists a folder for a file manager: its entries (without "." and ".."),
// with owner and group names (users-groups-by-id@openssh.com where the
// server offers it, else the longname), a type, and for each link what it
// points to and whether that is a folder. Links are only followed when
// asked (followLinks: a link then shows as what it points to, as `ls -L`).
// Names starting with "." are left out unless `hidden`.
class SftpListJob : public Job {
    Q_OBJECT

public:
    struct Options {
        bool hidden = false;
        bool followLinks = false;
    };
    struct Listing {
        QByteArray path;
        QList<RemoteEntry> entries;
        int hiddenCount = 0; // left out (Options::hidden off)
    };
    SftpListJob(SftpClient *client, QByteArray path, Options options, QObject *parent = nullptr);
    const Listing &listing() const { return m_listing; }

protected:
    void run() override;

private:
    void listed(const QList<sftp::Entry> &entries);
    void resolveOwners();
    void resolveLinks();
    // Requests go out at most kInFlight at a time (a folder of 20,000 links).
    void enqueue(RequestWindow::Request request);
    void pump();
    void maybeDone();

    QPointer<SftpClient> m_client;
    Options m_options;
    Listing m_listing;
    QList<QByteArray> m_longNames; // parallel to m_listing.entries
    RequestWindow m_requests;
    bool m_queuedAll = false;
};

} // namespace keyport
