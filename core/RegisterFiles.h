#pragma once

// What the programs use of a register file beyond the Register itself: its backups, the copies
// kept when a write was interrupted, who else has the file open, and the check of the change
// history's hash chain.
#include "storage/BackupStore.h"
#include "storage/HashChain.h"
#include "storage/InterruptedWrite.h"
#include "storage/Presence.h"
