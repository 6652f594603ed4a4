#pragma once

namespace sakra {

class Register;

// The demo municipality's training and exercises, routines and alarm equipment, chosen so that the
// self-assessment shows every answer: units meeting every requirement (Försörjningsstöd Centrum),
// none of them (Fritidsgården Kvarnen) and some (the night patrol: routine known only in part,
// personal alarms overdue for a test; Ekbackens skola: drill and review overdue). Dates count back
// from today, so drills stay "within 12 months" however old the demo file is. Called by
// DemoMunicipality after the units, sites and people exist.
class DemoPreparedness
{
public:
    static void populate(Register& reg);
};

} // namespace sakra
