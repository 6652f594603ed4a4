#pragma once

namespace sakra {
class Register;
}

namespace sakra::test {

// Register data for GUI tests and tools, written through the repositories. It stands in where
// the demo municipality is empty, and generate() makes registers of a large city's size to
// measure the views on.
class SampleMunicipality
{
public:
    // A small municipality: boards, administrations, a company, departments, units, sites,
    // people, assignments, planned posts, profiles, milestones and budget.
    static void populate(Register& reg);
    // About units units and people people in one transaction, for timing.
    static void generate(Register& reg, int units, int people);
    // DemoMunicipality::populate, and populate() as well if that left the register empty.
    static void populateDemo(Register& reg);
};

} // namespace sakra::test
