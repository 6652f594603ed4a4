#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sakra {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where there
// are some: several times faster than QCryptographicHash in Qt 6.4, which the change history's
// hash chain (a hash for every entry an import writes, every entry again in verify) notices.
// libcrypto is in the process anyway: libxlsxwriter links it.
class Sha256
{
public:
    // The 32 bytes of the digest of data.
    static QByteArray of(QByteArrayView data);
    // The same as 64 lower-case hexadecimal digits.
    static QByteArray hexOf(QByteArrayView data);
};

} // namespace sakra
