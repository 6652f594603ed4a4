#include "Sha256.h"

#include "Errors.h"

#include <openssl/evp.h>

namespace sakra {

namespace {

// Fetched once: looking the algorithm up by name for every digest would cost as much as a
// short digest itself. Never freed; it lives as long as the process.
const EVP_MD* sha256()
{
    static const EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

QByteArray Sha256::of(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    const EVP_MD* md = sha256();
    if (!md ||
        EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char*>(digest.data()),
                   &size, md, nullptr) != 1 ||
        size != 32)
        throw StorageError(QStringLiteral("SHA-256 is not available from libcrypto"));
    return digest;
}

QByteArray Sha256::hexOf(QByteArrayView data)
{
    return of(data).toHex();
}

} // namespace sakra
