#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sakra {
class Register;
}

namespace sakra::crash {

// What the checks after one kill found. A register must be exactly as before or after each
// transaction: never damaged, never holding part of one, never missing one that was reported
// committed.
struct Findings
{
    int integrityFailures = 0;
    int partialTransactions = 0;
    int lostCommits = 0;
    QStringList details;

    void add(const Findings& other);
    bool clean() const { return integrityFailures == 0 && partialTransactions == 0 && lostCommits == 0; }
};

using Counts = QList<QPair<QString, qint64>>;

// SQLite's integrity and foreign-key checks, the change history's hash chain and the incident
// tallies against the plain count.
Findings checkSoundness(Register& reg);
// Each round's rows all there or all absent, each with its history; no reported round missing.
Findings checkEdits(Register& reg, int reported);
// An import or a generated register: everything or nothing.
Findings checkAllOrNothing(Register& reg, const Counts& before, const Counts& after, int reported);
// Every risk graded by the matrix stored; as many matrix changes as reported, or one more.
Findings checkMatrix(Register& reg, int baseVersion, int reported);
// Report drafts: round K made draft K and wrote K into draft K-1, both or neither.
Findings checkDrafts(Register& reg, int reported);

} // namespace sakra::crash
