#include "Digest.h"

#include <openssl/evp.h>

#include <memory>

QByteArray keptDigest(QCryptographicHash::Algorithm algorithm, std::initializer_list<QByteArrayView> parts)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                       &EVP_MD_CTX_free);
    const EVP_MD *md = algorithm == QCryptographicHash::Sha256   ? sha256
                       : algorithm == QCryptographicHash::Sha512 ? sha512
                                                                 : nullptr;
    bool ok = md && context && EVP_DigestInit_ex2(context.get(), md, nullptr) == 1;
    for (const QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(context.get(), part.data(), static_cast<size_t>(part.size())) == 1;
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (ok &&
        EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(digest.data()), &length) == 1) {
        digest.truncate(length);
        return digest;
    }
    QCryptographicHash hash(algorithm);
    for (const QByteArrayView part : parts)
        hash.addData(part);
    return hash.result();
}
