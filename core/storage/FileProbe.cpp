#include "FileProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sakra {

namespace {

constexpr int kHeaderSize = 100;

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::FileProbe", text);
}

FileProbe::Result fail(FileProbe::Status status, const QString& message)
{
    FileProbe::Result r;
    r.status = status;
    r.message = message;
    return r;
}

} // namespace

FileProbe::Result FileProbe::probe(const QString& path, int applicationId, int newestReadableVersion)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !info.exists())
        return fail(Status::Missing, tr("Filen %1 finns inte.").arg(shown));
    if (info.isDir())
        return fail(Status::Directory, tr("%1 är en mapp, inte ett Säkra-register.").arg(shown));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Status::Unreadable, tr("Filen %1 kan inte läsas: %2").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return fail(Status::Empty, tr("Filen %1 är tom; den är inget Säkra-register.").arg(shown));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return fail(Status::NotSqlite, tr("Filen %1 är inget Säkra-register.").arg(shown));

    const int userVersion = int(bigEndian32(header, 60));
    const int appId = int(bigEndian32(header, 68));
    // SQLite keeps user_version signed, and Säkra only ever writes 1 up to the newest version (the
    // first step sets the application id and version 1 in one transaction). Anything below was
    // written by something else: passed on, a negative one would index the migration steps from
    // below the first, and 0 would leave a FILE.v0.bak beside a file that is then refused.
    if (appId != applicationId || userVersion < 1)
        return fail(Status::ForeignDatabase,
                    tr("Filen %1 är en databas från ett annat program, inget Säkra-register.").arg(shown));
    if (userVersion > newestReadableVersion) {
        Result r = fail(Status::NewerVersion,
                        tr("Registret %1 är gjort av en nyare version av Säkra (filformat %2; den här "
                           "versionen läser upp till %3). Uppdatera Säkra för att öppna det.")
                            .arg(shown)
                            .arg(userVersion)
                            .arg(newestReadableVersion));
        r.userVersion = userVersion;
        return r;
    }
    // Checked last: a write cut off in the middle of a commit can leave a file shorter than its
    // header says, with the journal that restores it beside it (see InterruptedWrite). The caller
    // tells that apart from a truncated file; the identity checks above hold either way.
    const auto* p = reinterpret_cast<const unsigned char*>(header.constData());
    qint64 pageSize = (int(p[16]) << 8) | int(p[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const bool pageSizeValid = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
    Result truncated = fail(Status::Truncated, QString());
    truncated.userVersion = userVersion;
    if (!pageSizeValid || size % pageSize != 0) {
        truncated.message = tr("Filen %1 är skadad (storleken stämmer inte med sidstorleken).").arg(shown);
        return truncated;
    }
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    if (pageCount != 0 && changeCounter == validFor && size < qint64(pageCount) * pageSize) {
        truncated.message = tr("Filen %1 är skadad: den är kortare än den ska vara (avkortad?).").arg(shown);
        return truncated;
    }

    Result ok;
    ok.status = Status::Ok;
    ok.userVersion = userVersion;
    return ok;
}

quint32 FileProbe::changeCounter(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(28);
    return header.size() == 28 ? bigEndian32(header, 24) : 0;
}

} // namespace sakra
