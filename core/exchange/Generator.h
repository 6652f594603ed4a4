#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace sakra {

class Register;

// Synthetic registers for tests and benchmarks: every row checked by its repository, so they obey
// every rule a user's data does, and written through the bulk write path (GeneratedRows,
// BulkWriter). The same scale and seed always give the same register.
class Generator
{
public:
    enum class Scale
    {
        Small,
        Municipality,
        Stockholm
    };

    struct Counts
    {
        int boards = 0;
        int administrations = 0;
        int companies = 0;
        int departmentsPerAdministration = 0;
        int unitsPerDepartment = 0;
        int peoplePerUnit = 0;
        int sites = 0;
        int risksPerUnit = 0;
        int actionsPerUnit = 0;
        int incidents = 0;       // over ten years, across the units (IncidentGenerator)
        int exerciseKinds = 0;   // kinds of training or drill a unit keeps up, at most
        int routinesPerUnit = 0; // at most, besides three per administration
    };

    static std::optional<Scale> scaleFromName(const QString& name);
    static Counts countsFor(Scale scale);
    // progress(done, total) is called now and then; total is the number of units to make.
    static void generate(Register& reg, Scale scale, quint32 seed = 20221,
                         const std::function<void(int, int)>& progress = {});
};

} // namespace sakra
