#include "SecretBytes.h"

#include <openssl/crypto.h>

#include <cstring>

SecretBytes::SecretBytes(qsizetype size)
    : m_data(size > 0 ? std::make_unique<unsigned char[]>(std::size_t(size)) : nullptr)
    , m_size(size > 0 ? size : 0)
{}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes copy(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(copy.data(), bytes.data(), std::size_t(bytes.size()));
    return copy;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), std::size_t(m_size));
    m_data.reset();
    m_size = 0;
}

bool SecretBytes::equals(QByteArrayView other) const
{
    return other.size() == m_size &&
           (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.data(), std::size_t(m_size)) == 0);
}

void wipeString(QString &text)
{
    if (!text.isDetached()) {
        text = QString();
        return;
    }
    OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text = QString();
}

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes = QByteArray();
}
