#pragma once

#include <QDate>
#include <vector>

class QRandomGenerator;

namespace sakra {

class BulkWriter;

// Synthetic incidents, training and exercises, routines and alarm equipment for Generator, at
// the volumes of a large city (a million incidents over ten years at stockholm scale). Rows are
// written through the bulk write path (BulkWriter: one reused statement per table) and with no
// change history: a history of every
// generated field would be twenty times the data and says nothing. The values are made to pass
// the repositories' rules (dates in order, derived dates worked out by the same functions).
class IncidentGenerator
{
public:
    struct LeafUnit
    {
        qint64 id = 0;
        qint64 siteId = 0; // 0: none
    };

    struct Volumes
    {
        int incidents = 0;       // over ten years, skewed: a few units have many, most have few
        int exerciseKinds = 0;   // kinds of training or drill each unit keeps up, at most
        int routinesPerUnit = 0; // at most, besides the administrations' own
    };

    static void generate(BulkWriter& writer, const std::vector<LeafUnit>& units,
                         const std::vector<qint64>& administrations, const std::vector<qint64>& sites,
                         const Volumes& volumes, QRandomGenerator& rng, const QDate& today);
};

} // namespace sakra
