#pragma once

#include "TableSpec.h"

#include <vector>

namespace sakra {

// The register's entity tables. all() lists them so that a table comes after every table it
// refers to (self-references aside), the order in which exchange files are written and read.
namespace Tables {
const TableSpec& orgUnit();
const TableSpec& site();
const TableSpec& unitSite();
const TableSpec& unitBoard();
const TableSpec& person();
const TableSpec& securityRole();
const TableSpec& assignment();
const TableSpec& plannedPost();
const TableSpec& focusArea();
const TableSpec& profileArea();
const TableSpec& milestone();
const TableSpec& budgetLine();
const TableSpec& riskCategory();
const TableSpec& riskMatrix();
const TableSpec& riskInventory();
const TableSpec& risk();
const TableSpec& securityWalk();
const TableSpec& walkFinding();
const TableSpec& premisesInventory();
const TableSpec& threatAssessment();
const TableSpec& actionKind();
const TableSpec& action();
const TableSpec& actionRisk();
const TableSpec& actionNote();
const TableSpec& incident();
const TableSpec& incidentRisk();
const TableSpec& incidentAction();
const TableSpec& training();
const TableSpec& routine();
const TableSpec& routineUnit();
const TableSpec& alarmEquipment();
const TableSpec& assessmentOverride();
const TableSpec& reportDraft();
const TableSpec& retentionRule();
const std::vector<const TableSpec*>& all();
// Tables every new register starts with rows in (the catalogues and the risk matrix), rows that
// carry the same UUIDs in every register.
bool isSeeded(const TableSpec& spec);
const TableSpec* byName(const QString& table);
} // namespace Tables

} // namespace sakra
