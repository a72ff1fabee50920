#include "websocketcodec.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QRandomGenerator>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace keyport {

using Opcode = WebSocketCodec::Opcode;
using Role = WebSocketCodec::Role;

qsizetype WebSocketCodec::headerSize(qint64 payloadSize, bool masked)
{
    return 2 + (payloadSize < 126 ? 0 : payloadSize <= 0xffff ? 2 : 8) + (masked ? 4 : 0);
}

char *WebSocketCodec::writeHeader(char *out, Opcode op, qint64 payloadSize, bool fin, const MaskKey *mask)
{
    auto *p = reinterpret_cast<uchar *>(out);
    *p++ = uchar((fin ? 0x80 : 0) | quint8(op));
    const uchar maskBit = mask ? 0x80 : 0;
    if (payloadSize < 126) {
        *p++ = maskBit | uchar(payloadSize);
    } else if (payloadSize <= 0xffff) {
        *p++ = maskBit | 126;
        qToBigEndian(quint16(payloadSize), p);
        p += 2;
    } else {
        *p++ = maskBit | 127;
        qToBigEndian(quint64(payloadSize), p);
        p += 8;
    }
    if (mask) {
        std::memcpy(p, mask->data(), 4);
        p += 4;
    }
    return reinterpret_cast<char *>(p);
}

void WebSocketCodec::applyMask(char *dst, const char *src, qsizetype size, const MaskKey &key, qint64 offset)
{
    // The key repeats every 4 bytes, so 8 bytes of it, starting at the right
    // phase, mask a whole 64-bit word; byte k[i & 3] masks byte i.
    uchar k[8];
    for (int i = 0; i < 8; ++i)
        k[i] = key[(offset + i) & 3];
    quint64 m;
    std::memcpy(&m, k, 8);
    qsizetype i = 0;
    for (; i + 32 <= size; i += 32) {
        quint64 w[4];
        std::memcpy(w, src + i, 32);
        w[0] ^= m;
        w[1] ^= m;
        w[2] ^= m;
        w[3] ^= m;
        std::memcpy(dst + i, w, 32);
    }
    for (; i + 8 <= size; i += 8) {
        quint64 w;
        std::memcpy(&w, src + i, 8);
        w ^= m;
        std::memcpy(dst + i, &w, 8);
    }
    for (; i < size; ++i)
        dst[i] = char(uchar(src[i]) ^ k[i & 3]);
}

WebSocketCodec::MaskKey WebSocketCodec::randomMaskKey()
{
    // RFC 6455 wants keys nobody can predict: from the system's generator,
    // fetched in batches so a small write costs no system call.
    thread_local std::array<quint32, 64> pool;
    thread_local std::size_t used = pool.size();
    if (used == pool.size()) {
        QRandomGenerator::system()->generate(pool.begin(), pool.end());
        used = 0;
    }
    MaskKey key;
    std::memcpy(key.data(), &pool[used++], 4);
    return key;
}

QByteArray WebSocketCodec::encode(Opcode op, QByteArrayView payload, Role sender, bool fin)
{
    const bool masked = sender == Role::Client;
    QByteArray out(headerSize(payload.size(), masked) + payload.size(), Qt::Uninitialized);
    const MaskKey key = masked ? randomMaskKey() : MaskKey {};
    char *p = writeHeader(out.data(), op, payload.size(), fin, masked ? &key : nullptr);
    if (masked)
        applyMask(p, payload.data(), payload.size(), key);
    else if (!payload.isEmpty())
        std::memcpy(p, payload.data(), size_t(payload.size()));
    return out;
}

QByteArray WebSocketCodec::encodeBinary(QByteArrayView data, Role sender, qint64 maxFrame)
{
    const bool masked = sender == Role::Client;
    const qint64 frames = qMax<qint64>(1, (data.size() + maxFrame - 1) / maxFrame);
    const qint64 last = data.size() - (frames - 1) * maxFrame;
    QByteArray out(data.size() + (frames - 1) * headerSize(maxFrame, masked) + headerSize(last, masked),
                   Qt::Uninitialized);
    char *p = out.data();
    for (qint64 i = 0; i < frames; ++i) {
        const char *src = data.data() + i * maxFrame;
        const qint64 n = i + 1 < frames ? maxFrame : last;
        if (masked) {
            const MaskKey key = randomMaskKey();
            p = writeHeader(p, Opcode::Binary, n, true, &key);
            applyMask(p, src, n, key);
        } else {
            p = writeHeader(p, Opcode::Binary, n, true, nullptr);
            if (n > 0)
                std::memcpy(p, src, size_t(n));
        }
        p += n;
    }
    Q_ASSERT(p == out.data() + out.size());
    return out;
}

QByteArray WebSocketCodec::closePayload(quint16 code, const QString &reason)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(code, out.data());
    QString r = reason;
    while (r.toUtf8().size() > kMaxControlPayload - 2)
        r.chop(1);
    return out + r.toUtf8();
}

QByteArray WebSocketCodec::acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
}

WebSocketCodec::WebSocketCodec(Role self, qint64 maxFrame)
    : m_self(self)
    , m_maxFrame(maxFrame)
{
}

WebSocketCodec::Event WebSocketCodec::fail(QString why)
{
    m_failed.kind = Event::Kind::Error;
    m_failed.error = std::move(why);
    return m_failed;
}

WebSocketCodec::Event WebSocketCodec::read(QIODevice *in, QByteArray *data, qint64 maxData)
{
    using Kind = Event::Kind;
    const auto just = [](Kind kind) {
        Event e;
        e.kind = kind;
        return e;
    };
    if (m_failed.kind != Kind::NeedMore)
        return m_failed;
    for (;;) {
        if (m_remaining == 0) {
            // A frame header: 2 to 14 bytes, consumed only once it is whole.
            uchar h[14];
            const qint64 got = in->peek(reinterpret_cast<char *>(h), sizeof h);
            if (got < 2)
                return {};
            if (h[0] & 0x70)
                return fail(QStringLiteral("reserved bits are set, but no extension was negotiated"));
            const bool fin = h[0] & 0x80;
            const auto op = Opcode(h[0] & 0x0f);
            const bool masked = h[1] & 0x80;
            const int len7 = h[1] & 0x7f;
            const int lenSize = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
            const qsizetype size = 2 + lenSize + (masked ? 4 : 0);
            if (got < size)
                return {};
            const quint64 len = len7 == 126   ? qFromBigEndian<quint16>(h + 2)
                                : len7 == 127 ? qFromBigEndian<quint64>(h + 2)
                                              : quint64(len7);
            if (masked != (m_self == Role::Server))
                return fail(m_self == Role::Server ? QStringLiteral("an unmasked frame from the client")
                                                   : QStringLiteral("a masked frame from the server"));
            const bool control = quint8(op) & 0x8;
            switch (op) {
            case Opcode::Continuation:
                if (!m_inMessage)
                    return fail(QStringLiteral("a continuation frame with no message to continue"));
                break;
            case Opcode::Text:
            case Opcode::Binary:
                if (m_inMessage)
                    return fail(QStringLiteral("a new message inside a fragmented one"));
                break;
            case Opcode::Close:
            case Opcode::Ping:
            case Opcode::Pong:
                if (!fin)
                    return fail(QStringLiteral("a fragmented control frame"));
                if (len > quint64(kMaxControlPayload))
                    return fail(QStringLiteral("a control frame of %1 bytes (at most 125)").arg(len));
                break;
            default:
                return fail(QStringLiteral("unknown opcode %1").arg(int(op)));
            }
            if (len > quint64(m_maxFrame)) {
                m_failed.kind = Kind::TooBig;
                m_failed.frameSize = qint64(qMin(len, quint64(std::numeric_limits<qint64>::max())));
                return m_failed;
            }
            if (op == Opcode::Text)
                return just(Kind::Text);
            MaskKey key {};
            if (masked)
                std::memcpy(key.data(), h + 2 + lenSize, 4);
            if (control) {
                if (in->bytesAvailable() < size + qint64(len))
                    return {};
                in->skip(size);
                Event e;
                e.payload = in->read(qint64(len));
                if (masked)
                    applyMask(e.payload.data(), e.payload.constData(), e.payload.size(), key);
                if (op == Opcode::Ping) {
                    e.kind = Kind::Ping;
                } else if (op == Opcode::Pong) {
                    e.kind = Kind::Pong;
                } else {
                    if (len == 1)
                        return fail(QStringLiteral("a close frame with a one-byte status"));
                    e.kind = Kind::Close;
                    e.closeCode = len >= 2 ? qFromBigEndian<quint16>(e.payload.constData()) : kCloseNoStatus;
                    e.closeReason = QString::fromUtf8(e.payload.mid(2));
                }
                return e;
            }
            in->skip(size);
            m_inMessage = !fin;
            m_remaining = qint64(len);
            m_offset = 0;
            m_masked = masked;
            m_key = key;
            continue; // an empty frame ends here
        }
        // The payload of a binary frame: straight into *data.
        if (data->size() >= maxData)
            return just(Kind::DataFull);
        const qint64 available = in->bytesAvailable();
        if (available <= 0)
            return {};
        const qsizetype old = data->size();
        const qint64 n = qMin(qMin(m_remaining, available), maxData - old);
        if (data->capacity() < old + n)
            data->reserve(qMin(maxData, old + available));
        data->resize(old + n);
        const qint64 got = in->read(data->data() + old, n);
        if (got <= 0) {
            data->resize(old);
            return {};
        }
        data->resize(old + got);
        if (m_masked)
            applyMask(data->data() + old, data->constData() + old, got, m_key, m_offset);
        m_offset += got;
        m_remaining -= got;
    }
}

} // namespace keyport
