#pragma once

#include <QByteArray>

#include <cstdint>

namespace keyport {

// RFC 4251 encodings: uint32, uint64, string, mpint.
class SshWriter {
public:
    void u8(uint8_t v) { m_buf.append(char(v)); }
    void u32(uint32_t v);
    void u64(uint64_t v);
    void string(const QByteArray &s);
    void string(const char *s) { string(QByteArray(s)); }
    // `magnitude` is an unsigned big-endian integer.
    void mpint(const QByteArray &magnitude);
    void raw(const QByteArray &bytes) { m_buf.append(bytes); }
    const QByteArray &data() const { return m_buf; }
    QByteArray &data() { return m_buf; }

private:
    QByteArray m_buf;
};

// Reads without ever trusting a length field: every read is bounds-checked and
// a failed read leaves the reader in a failed state.
class SshReader {
public:
    explicit SshReader(const QByteArray &data)
        : m_data(data)
    {
    }
    bool u8(uint8_t &v);
    bool u32(uint32_t &v);
    bool u64(uint64_t &v);
    bool string(QByteArray &s);
    // Returns the unsigned big-endian magnitude; negative values fail.
    bool mpint(QByteArray &magnitude);
    bool raw(qsizetype n, QByteArray &out);
    bool atEnd() const { return m_pos == m_data.size(); }
    bool failed() const { return m_failed; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    QByteArray rest() const { return m_data.mid(m_pos); }

private:
    bool fail() { return !(m_failed = true); }
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace keyport
