#include "sshwire.h"

namespace keyport {

void SshWriter::u32(uint32_t v)
{
    const char b[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
    m_buf.append(b, 4);
}

void SshWriter::u64(uint64_t v)
{
    u32(uint32_t(v >> 32));
    u32(uint32_t(v));
}

void SshWriter::string(const QByteArray &s)
{
    u32(uint32_t(s.size()));
    m_buf.append(s);
}

void SshWriter::mpint(const QByteArray &magnitude)
{
    qsizetype i = 0;
    while (i < magnitude.size() && magnitude[i] == '\0')
        ++i;
    QByteArray v = magnitude.mid(i);
    if (!v.isEmpty() && (uint8_t(v[0]) & 0x80))
        v.prepend('\0'); // keep it positive in two's complement
    string(v);
}

bool SshReader::u8(uint8_t &v)
{
    if (m_failed || remaining() < 1)
        return fail();
    v = uint8_t(m_data.at(m_pos++)); // the non-const operator[] would detach: a copy of every message
    return true;
}

bool SshReader::u32(uint32_t &v)
{
    if (m_failed || remaining() < 4)
        return fail();
    const auto *p = reinterpret_cast<const uint8_t *>(m_data.constData() + m_pos);
    v = uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
    m_pos += 4;
    return true;
}

bool SshReader::u64(uint64_t &v)
{
    uint32_t hi = 0, lo = 0;
    if (!u32(hi) || !u32(lo))
        return false;
    v = uint64_t(hi) << 32 | lo;
    return true;
}

bool SshReader::raw(qsizetype n, QByteArray &out)
{
    if (m_failed || n < 0 || remaining() < n)
        return fail();
    out = m_data.mid(m_pos, n);
    m_pos += n;
    return true;
}

bool SshReader::string(QByteArray &s)
{
    uint32_t len = 0;
    if (!u32(len))
        return false;
    return raw(qsizetype(len), s);
}

bool SshReader::mpint(QByteArray &magnitude)
{
    if (!string(magnitude))
        return false;
    if (!magnitude.isEmpty() && (uint8_t(magnitude[0]) & 0x80))
        return fail();
    qsizetype i = 0;
    while (i < magnitude.size() && magnitude[i] == '\0')
        ++i;
    magnitude = magnitude.mid(i);
    return true;
}

} // namespace keyport
