#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <memory>

// Bytes that must not outlive their use: a recovery phrase, a seed, a private key. The buffer is allocated
// once, never copied behind the caller's back (no implicit sharing, no growth), and overwritten with zeros
// (OPENSSL_cleanse, which the compiler may not elide) when the object is destroyed or cleared.
//
// Move-only. A copy must be asked for with clone(), so every place that holds a secret is visible.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size); // zero-filled
    static SecretBytes copyOf(QByteArrayView bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    SecretBytes clone() const { return copyOf(view()); }
    void clear(); // wipes and releases

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    QByteArrayView view() const { return {m_data.get(), m_size}; }

    // Constant-time comparison of contents (sizes are not secret).
    bool equals(QByteArrayView other) const;

private:
    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

// Overwrites a QString's or QByteArray's characters in place when it holds the only reference to them, then
// empties it. For the few places a secret has to pass through Qt's types (a QLineEdit, NFKD normalisation);
// a shared buffer is only released, since writing to it would detach and wipe a copy.
void wipeString(QString &text);
void wipeBytes(QByteArray &bytes);
