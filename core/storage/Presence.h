#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sakra {

// Who else has a register open: each program that opens it leaves a small file beside it
// (.NAME.HOST-PID.open, owner-only) with the user and computer, refreshed while it runs and
// removed on close. Files not refreshed for a while, or of a process gone from this computer,
// are left by a crash and ignored.
class Presence
{
public:
    struct Holder
    {
        QString user;
        QString host;
        QDateTime since; // UTC
    };

    // Announces this program's presence at registerPath. A folder that cannot be written to
    // (a read-only medium) simply gets no file.
    explicit Presence(const QString& registerPath, const QString& user);
    ~Presence();
    Presence(const Presence&) = delete;
    Presence& operator=(const Presence&) = delete;

    // Rewrites this program's file so others see it is still there.
    void refresh();
    // The others who have the register open now, this program not counted.
    QList<Holder> others() const;

    static constexpr int kStaleAfterSeconds = 10 * 60;
    static constexpr int kRefreshSeconds = 60;

private:
    QString filePattern() const;
    void write();

    QString m_registerPath;
    QString m_user;
    QString m_file;
    QDateTime m_since;
};

} // namespace sakra
