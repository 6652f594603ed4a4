#pragma once

#include "action/Action.h"

#include <QString>

namespace sakra::report {

class ActionSelection;
class ReportContext;
class ReportText;
struct ReportDocument;

// What the builders share.
class ReportData
{
public:
    static QString statusText(const ReportText& t, Action::Status status);
    // The allocation per board and year against the selection's actions within the period, with a
    // total and a note on how the columns are counted; a sentence instead when there is none.
    static void addBudgetTable(const ReportContext& context, const ActionSelection& actions,
                               ReportDocument& doc);
    // Incidents against elected officials in the period against the year before, and the
    // guidance and routines meant for them (ElectedOfficialsSection.cpp).
    static void addElectedOfficials(const ReportContext& context, ReportDocument& doc);
};

} // namespace sakra::report
