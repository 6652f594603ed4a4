#pragma once

#include <QString>
#include <QStringList>

namespace sakra::crash {

// The write work a crash test kills: each mode writes through the repositories, as the GUI and the
// command line do, and prints "committed K" on standard output after each transaction it has
// committed, so the test knows which commits must survive a kill.
//   edits FILE      risks, actions, incidents and their links with a unit's note, one transaction
//                   per round, forever
//   import FILE IN  a JSON import into an empty register (one transaction)
//   generate FILE   a synthetic register of the small scale (one transaction)
//   matrix FILE     the risk matrix changed back and forth, re-grading every risk, forever
//   drafts FILE     report drafts made and edited, one transaction per round, forever
//   edits-unsafe FILE  as edits, but every write in a transaction of its own: what the checks
//                   must catch
// --small-cache after the arguments makes SQLite write pages to the file before the commit.
int runWorker(const QStringList& args);

// The JSON marker of a round's rows: "krasch K".
QString marker(int round);

} // namespace sakra::crash
