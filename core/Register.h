#pragma once

#include "action/ActionKindRepository.h"
#include "action/ActionNoteRepository.h"
#include "action/ActionOverview.h"
#include "action/ActionRepository.h"
#include "action/ActionRiskRepository.h"
#include "alarm/AlarmEquipmentRepository.h"
#include "assessment/AssessmentEngine.h"
#include "assessment/AssessmentOverrideRepository.h"
#include "incident/IncidentActionRepository.h"
#include "incident/IncidentRepository.h"
#include "incident/IncidentRiskRepository.h"
#include "incident/IncidentStatistics.h"
#include "organisation/AssignmentRepository.h"
#include "organisation/BudgetRepository.h"
#include "organisation/FocusAreaRepository.h"
#include "organisation/MilestoneRepository.h"
#include "organisation/OrgUnitRepository.h"
#include "organisation/PersonRepository.h"
#include "organisation/PlannedPostRepository.h"
#include "organisation/ProfileAreaRepository.h"
#include "organisation/SecurityRoleRepository.h"
#include "organisation/SiteRepository.h"
#include "organisation/StaffingService.h"
#include "organisation/UnitBoardRepository.h"
#include "organisation/UnitSiteRepository.h"
#include "overview/Dashboard.h"
#include "report/ReportDraftRepository.h"
#include "retention/RetentionRuleRepository.h"
#include "risk/PremisesInventoryRepository.h"
#include "risk/RiskCategoryRepository.h"
#include "risk/RiskInventoryRepository.h"
#include "risk/RiskMatrixRepository.h"
#include "risk/RiskRepository.h"
#include "risk/SecurityWalkRepository.h"
#include "risk/ThreatAssessmentRepository.h"
#include "risk/WalkFindingRepository.h"
#include "routine/RoutineRepository.h"
#include "routine/RoutineUnitRepository.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/PackageStore.h"
#include "training/TrainingRepository.h"

#include <QList>
#include <QPair>
#include <functional>
#include <memory>
#include <type_traits>

namespace sakra {

// One open register file and the services on it: what the GUI and the CLI work with.
class Register
{
public:
    // Throws OpenError with a message for people; the file is left untouched then. An
    // interrupted write is rolled back first (database().interruptedCopy() names the copies).
    static std::unique_ptr<Register>
    open(const QString& path, Database::WhenNotWritable whenNotWritable = Database::WhenNotWritable::Refuse);
    // Opens for reading only (reports from the command line): nothing is written, so a register
    // of an older version is refused with a message instead of being upgraded.
    static std::unique_ptr<Register> openReadOnly(const QString& path);
    // Connects to a shared register on a server (Database::openServer): the same services, on what
    // the user's grants let them see.
    static std::unique_ptr<Register> openServer(const QString& address, const QString& password = {},
                                                const QString& user = {});
    // Another connection to the register at source (Database::source()), for a worker on a thread
    // of its own: a file opened as open() does, a shared register connected to again.
    static std::unique_ptr<Register>
    open(const RegisterSource& source,
         Database::WhenNotWritable whenNotWritable = Database::WhenNotWritable::Refuse);
    // The same for reading only: a file as openReadOnly() opens it; on a server the user's grants
    // decide what may be written anyway.
    static std::unique_ptr<Register> openForReading(const RegisterSource& source);
    // Creates a new, empty register (catalogues only). Refuses an existing file.
    static std::unique_ptr<Register> create(const QString& path);

    ~Register();

    QString path() const { return m_db->path(); }
    RegisterSource source() const { return m_db->source(); }
    Database& database() { return *m_db; }
    void saveCopyAs(const QString& path) const { m_db->backupTo(path); }

    OrgUnitRepository& units() { return m_units; }
    SiteRepository& sites() { return m_sites; }
    UnitSiteRepository& unitSites() { return m_unitSites; }
    UnitBoardRepository& unitBoards() { return m_unitBoards; }
    PersonRepository& people() { return m_people; }
    SecurityRoleRepository& roles() { return m_roles; }
    AssignmentRepository& assignments() { return m_assignments; }
    PlannedPostRepository& plannedPosts() { return m_plannedPosts; }
    FocusAreaRepository& focusAreas() { return m_focusAreas; }
    ProfileAreaRepository& profileAreas() { return m_profileAreas; }
    MilestoneRepository& milestones() { return m_milestones; }
    BudgetRepository& budget() { return m_budget; }
    StaffingService& staffing() { return m_staffing; }
    RiskCategoryRepository& riskCategories() { return m_riskCategories; }
    RiskMatrixRepository& riskMatrix() { return m_riskMatrix; }
    RiskRepository& risks() { return m_risks; }
    RiskInventoryRepository& riskInventories() { return m_riskInventories; }
    SecurityWalkRepository& securityWalks() { return m_securityWalks; }
    WalkFindingRepository& walkFindings() { return m_walkFindings; }
    PremisesInventoryRepository& premisesInventories() { return m_premisesInventories; }
    // Restricted: see ThreatAssessmentRepository.
    ThreatAssessmentRepository& threatAssessments() { return m_threatAssessments; }
    ActionKindRepository& actionKinds() { return m_actionKinds; }
    ActionRepository& actions() { return m_actions; }
    ActionRiskRepository& actionRisks() { return m_actionRisks; }
    ActionNoteRepository& actionNotes() { return m_actionNotes; }
    ActionOverview& actionOverview() { return m_actionOverview; }
    IncidentRepository& incidents() { return m_incidents; }
    IncidentRiskRepository& incidentRisks() { return m_incidentRisks; }
    IncidentActionRepository& incidentActions() { return m_incidentActions; }
    TrainingRepository& trainings() { return m_trainings; }
    RoutineRepository& routines() { return m_routines; }
    RoutineUnitRepository& routineUnits() { return m_routineUnits; }
    AlarmEquipmentRepository& alarmEquipment() { return m_alarmEquipment; }
    ReportDraftRepository& reportDrafts() { return m_reportDrafts; }
    // How long each kind of record is kept (RetentionRun clears what has passed its time).
    RetentionRuleRepository& retentionRules() { return m_retentionRules; }
    IncidentStatistics& incidentStatistics() { return m_incidentStatistics; }
    AssessmentOverrideRepository& assessmentOverrides() { return m_assessmentOverrides; }
    AssessmentEngine& assessment() { return m_assessment; }
    Dashboard& dashboard() { return m_dashboard; }
    ChangeLog& history() { return m_history; }

    // The repository that holds entities of type T, for code that needs only the entity type
    // (the generic undoable edits).
    template <typename T> auto& repository();

    // Work handed out to sites without network (core/sync): this file's manifest when it is such a
    // package, the packages this register handed out, and whether a row of a package belongs to
    // the central register (read-only here).
    std::optional<PackageStore::Record> packageManifest() const { return PackageStore(*m_db).incoming(); }
    std::vector<PackageStore::Record> handedOut() const { return PackageStore(*m_db).outgoing(); }
    bool isReferenceRow(const TableSpec& spec, const QString& uuid) const
    {
        return PackageStore(*m_db).isReferenceRow(spec, uuid);
    }
    std::optional<PackageStore::Record> handedOutWith(const TableSpec& spec, const QString& uuid) const
    {
        return PackageStore(*m_db).handedOutWith(spec, uuid);
    }

    // Calls observer after every commit through this register with what it changed (rows and
    // tables; see ChangeSet). Returns a handle for stopObserving().
    int observeChanges(std::function<void(const ChangeSet&)> observer);
    void stopObserving(int handle);

    // Live rows per entity table, in Tables::all() order, plus the change history. Restricted
    // tables are counted (a number says nothing of their content).
    QList<QPair<QString, qint64>> stats() const;
    // True when the register holds nothing but the catalogues and the risk matrix (what import requires).
    bool holdsNoData() const;

private:
    explicit Register(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    OrgUnitRepository m_units;
    SiteRepository m_sites;
    UnitSiteRepository m_unitSites;
    UnitBoardRepository m_unitBoards;
    PersonRepository m_people;
    SecurityRoleRepository m_roles;
    AssignmentRepository m_assignments;
    PlannedPostRepository m_plannedPosts;
    FocusAreaRepository m_focusAreas;
    ProfileAreaRepository m_profileAreas;
    MilestoneRepository m_milestones;
    BudgetRepository m_budget;
    StaffingService m_staffing;
    RiskCategoryRepository m_riskCategories;
    RiskMatrixRepository m_riskMatrix;
    RiskRepository m_risks;
    RiskInventoryRepository m_riskInventories;
    SecurityWalkRepository m_securityWalks;
    WalkFindingRepository m_walkFindings;
    PremisesInventoryRepository m_premisesInventories;
    ThreatAssessmentRepository m_threatAssessments;
    ActionKindRepository m_actionKinds;
    ActionRepository m_actions;
    ActionRiskRepository m_actionRisks;
    ActionNoteRepository m_actionNotes;
    ActionOverview m_actionOverview;
    IncidentRepository m_incidents;
    IncidentRiskRepository m_incidentRisks;
    IncidentActionRepository m_incidentActions;
    TrainingRepository m_trainings;
    RoutineRepository m_routines;
    RoutineUnitRepository m_routineUnits;
    AlarmEquipmentRepository m_alarmEquipment;
    ReportDraftRepository m_reportDrafts;
    RetentionRuleRepository m_retentionRules;
    IncidentStatistics m_incidentStatistics;
    AssessmentOverrideRepository m_assessmentOverrides;
    AssessmentEngine m_assessment;
    Dashboard m_dashboard;
    ChangeLog m_history;
};

template <typename T> auto& Register::repository()
{
    if constexpr (std::is_same_v<T, OrgUnit>)
        return m_units;
    else if constexpr (std::is_same_v<T, Site>)
        return m_sites;
    else if constexpr (std::is_same_v<T, UnitSite>)
        return m_unitSites;
    else if constexpr (std::is_same_v<T, UnitBoard>)
        return m_unitBoards;
    else if constexpr (std::is_same_v<T, Person>)
        return m_people;
    else if constexpr (std::is_same_v<T, Assignment>)
        return m_assignments;
    else if constexpr (std::is_same_v<T, PlannedPost>)
        return m_plannedPosts;
    else if constexpr (std::is_same_v<T, FocusArea>)
        return m_focusAreas;
    else if constexpr (std::is_same_v<T, ProfileArea>)
        return m_profileAreas;
    else if constexpr (std::is_same_v<T, Milestone>)
        return m_milestones;
    else if constexpr (std::is_same_v<T, BudgetLine>)
        return m_budget;
    else if constexpr (std::is_same_v<T, RiskCategory>)
        return m_riskCategories;
    else if constexpr (std::is_same_v<T, Risk>)
        return m_risks;
    else if constexpr (std::is_same_v<T, RiskInventory>)
        return m_riskInventories;
    else if constexpr (std::is_same_v<T, SecurityWalk>)
        return m_securityWalks;
    else if constexpr (std::is_same_v<T, WalkFinding>)
        return m_walkFindings;
    else if constexpr (std::is_same_v<T, PremisesInventory>)
        return m_premisesInventories;
    else if constexpr (std::is_same_v<T, ThreatAssessment>)
        return m_threatAssessments;
    else if constexpr (std::is_same_v<T, ActionKind>)
        return m_actionKinds;
    else if constexpr (std::is_same_v<T, Action>)
        return m_actions;
    else if constexpr (std::is_same_v<T, ActionRisk>)
        return m_actionRisks;
    else if constexpr (std::is_same_v<T, ActionNote>)
        return m_actionNotes;
    else if constexpr (std::is_same_v<T, Incident>)
        return m_incidents;
    else if constexpr (std::is_same_v<T, IncidentRisk>)
        return m_incidentRisks;
    else if constexpr (std::is_same_v<T, IncidentAction>)
        return m_incidentActions;
    else if constexpr (std::is_same_v<T, Training>)
        return m_trainings;
    else if constexpr (std::is_same_v<T, Routine>)
        return m_routines;
    else if constexpr (std::is_same_v<T, RoutineUnit>)
        return m_routineUnits;
    else if constexpr (std::is_same_v<T, AlarmEquipment>)
        return m_alarmEquipment;
    else if constexpr (std::is_same_v<T, AssessmentOverride>)
        return m_assessmentOverrides;
    else if constexpr (std::is_same_v<T, ReportDraft>)
        return m_reportDrafts;
    else if constexpr (std::is_same_v<T, RetentionRule>)
        return m_retentionRules;
    else
        static_assert(!std::is_same_v<T, T>, "no repository holds this type");
}

} // namespace sakra
