#pragma once

#include "ReportDocument.h"
#include "ReportRequest.h"
#include "ReportText.h"
#include "organisation/OrgUnit.h"

#include <QHash>
#include <optional>
#include <vector>

namespace sakra {
class Register;
}

namespace sakra::report {

// What every builder needs to know of the request: the scope resolved in the organisation, who
// writes and who receives, the period, and the language. Reads the organisation tree once.
class ReportContext
{
public:
    // Throws ValidationError for an unknown scope (field scope_id) or a period that ends before
    // it starts (period_to).
    ReportContext(Register& reg, const ReportRequest& request);

    Register& reg;
    const ReportRequest& request;
    const ReportText t;
    OrgUnit scope;
    bool wholeMunicipality = false;
    QDate from; // the period's first day
    QDate to;   // its last day
    QDate documentDate;

    // 0 for the whole municipality (what the repositories' queries take), else the scope's id.
    qint64 scopeId() const { return wholeMunicipality ? 0 : scope.id; }
    QString municipalityName() const;
    // The board the document goes to, and the administration (or company) that writes it.
    const OrgUnit* board() const { return m_board ? &*m_board : nullptr; }
    const OrgUnit* issuer() const { return m_issuer ? &*m_issuer : nullptr; }
    QString issuerName() const;
    QString periodText() const; // "2025-01-01 – 2025-12-31"

    // Units by id (live ones), for grouping rows by department or administration.
    const OrgUnit* unit(qint64 id) const;
    // The nearest unit of one of kinds at or above id, or nullptr.
    const OrgUnit* ancestorOfKind(qint64 id, std::initializer_list<UnitKind> kinds) const;
    // Where a row of unit id belongs in a list for this scope: its department (or administration
    // for a wider scope), written so that the reader knows where it is.
    QString groupName(qint64 id) const;

    // Title block, date and classification filled in; documentType and title in the language.
    ReportDocument start(const QString& documentType, const QString& defaultTitle) const;
    // The people who sign: from the request, else the issuer's director and its coordinator.
    std::vector<Signature> signatories() const;

private:
    QHash<qint64, OrgUnit> m_units;
    qint64 m_rootId = 0;
    std::optional<OrgUnit> m_board;
    std::optional<OrgUnit> m_issuer;
};

} // namespace sakra::report
