// A hostile SFTP server on stdin/stdout (as sftp-server runs under sshd):
// its folder /hostile lists names no real file system holds ("../escaped",
// "a/b", "/tmp/absolute", "..", ".", a NUL, an escape sequence) next to one
// honest file, ok.txt. Everything else follows SFTP version 3 (draft-ietf-
// secsh-filexfer-02) as OpenSSH speaks it, so the client under test sees a
// valid server that lies only in its names. Usage: hostilesftppeer
#include "identity/sshwire.h"

#include <QList>

#include <cstdio>
#include <unistd.h>

using namespace keyport;

namespace {

constexpr uint8_t kStatus = 101, kHandle = 102, kData = 103, kName = 104, kAttrs = 105;
const QByteArray kContents = "the honest file\n";

bool readExactly(char *out, size_t n)
{
    while (n > 0) {
        const ssize_t got = ::read(STDIN_FILENO, out, n);
        if (got <= 0)
            return false;
        out += got;
        n -= size_t(got);
    }
    return true;
}

void send(const QByteArray &body)
{
    SshWriter w;
    w.u32(uint32_t(body.size()));
    const QByteArray out = w.data() + body;
    for (qsizetype at = 0; at < out.size();) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + at, size_t(out.size() - at));
        if (n <= 0)
            return;
        at += n;
    }
}

void attrs(SshWriter &w, bool folder, uint64_t size)
{
    w.u32(0x1 | 0x4 | 0x8); // size, permissions, times
    w.u64(size);
    w.u32(folder ? 040755 : 0100644);
    w.u32(1700000000);
    w.u32(1700000000);
}

void status(uint32_t id, uint32_t code, const char *text)
{
    SshWriter w;
    w.u8(kStatus);
    w.u32(id);
    w.u32(code);
    w.string(text);
    w.string("");
    send(w.data());
}

} // namespace

int main()
{
    bool listed = false;
    for (;;) {
        char len[4];
        if (!readExactly(len, 4))
            return 0;
        const uint32_t n = uint32_t(uchar(len[0])) << 24 | uint32_t(uchar(len[1])) << 16 | uint32_t(uchar(len[2])) << 8
                           | uint32_t(uchar(len[3]));
        if (n == 0 || n > 300000)
            return 1;
        QByteArray msg(qsizetype(n), Qt::Uninitialized);
        if (!readExactly(msg.data(), n))
            return 0;
        SshReader r(msg);
        uint8_t type = 0;
        uint32_t id = 0;
        r.u8(type);
        if (type == 1) { // INIT
            SshWriter w;
            w.u8(2);
            w.u32(3);
            send(w.data());
            continue;
        }
        r.u32(id);
        QByteArray path;
        SshWriter w;
        switch (type) {
        case 16: // REALPATH
            w.u8(kName);
            w.u32(id);
            w.u32(1);
            w.string("/hostile");
            w.string("/hostile");
            w.u32(0);
            send(w.data());
            break;
        case 7: // LSTAT
        case 17: // STAT
            r.string(path);
            w.u8(kAttrs);
            w.u32(id);
            attrs(w, path == "/hostile", uint64_t(kContents.size()));
            send(w.data());
            break;
        case 11: // OPENDIR
            listed = false;
            w.u8(kHandle);
            w.u32(id);
            w.string("dir");
            send(w.data());
            break;
        case 12: { // READDIR
            if (listed) {
                status(id, 1, "End of file");
                break;
            }
            listed = true;
            const QList<QByteArray> names { "ok.txt",
                                            "../escaped",
                                            "a/b",
                                            "/tmp/absolute",
                                            "..",
                                            ".",
                                            QByteArray("nul\0byte", 8),
                                            "esc\x1b]0;title\x07" };
            w.u8(kName);
            w.u32(id);
            w.u32(uint32_t(names.size()));
            for (const QByteArray &name : names) {
                w.string(name);
                w.string("-rw-r--r--    1 evil     evil     16 Nov 14  2023 " + name);
                attrs(w, false, uint64_t(kContents.size()));
            }
            send(w.data());
            break;
        }
        case 3: // OPEN
            w.u8(kHandle);
            w.u32(id);
            w.string("file");
            send(w.data());
            break;
        case 5: { // READ
            QByteArray handle;
            uint64_t offset = 0;
            uint32_t length = 0;
            r.string(handle);
            r.u64(offset);
            r.u32(length);
            if (offset >= uint64_t(kContents.size())) {
                status(id, 1, "End of file");
                break;
            }
            w.u8(kData);
            w.u32(id);
            w.string(kContents.mid(qsizetype(offset), qsizetype(length)));
            send(w.data());
            break;
        }
        default: // CLOSE and the rest: done
            status(id, 0, "Success");
            break;
        }
    }
}
