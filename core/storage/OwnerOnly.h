#pragma once

#include <QFile>
#include <QString>

namespace sakra {

// Registers and everything copied from them (backups, copies of interrupted writes) hold threats
// against named staff and weaknesses of buildings: readable by their owner only.
namespace OwnerOnly {

constexpr QFile::Permissions kFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Creates path as an empty owner-only file; false (with why) when it exists or cannot be made.
bool createFile(const QString& path, QString* why = nullptr);
// Copies from to a new file to and makes it owner-only.
bool copy(const QString& from, const QString& to);
// Makes the folder path (and those above it) and the folder itself owner-only.
bool makeFolder(const QString& path);

} // namespace OwnerOnly

} // namespace sakra
