#pragma once

#include "ReportDocument.h"
#include "ReportKind.h"
#include "ReportRequest.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A board document the coordinator is preparing: the kind, scope and period, and the texts they
// write. Saved in the register so they can come back to it; the figures are read anew each time
// the document is built (toRequest()).
struct ReportDraft : StoredEntity<ReportDraft>
{
    report::ReportKind kind = report::ReportKind::Measures;
    QString name;
    qint64 scopeUnitId = 0; // 0: the whole municipality
    QDate periodFrom;       // invalid: open
    QDate periodTo;         // invalid: open
    report::Language language = report::Language::Swedish;
    QDate documentDate; // invalid: the day the document is written
    QString registrationNumber;
    QString classification;
    QString proposedDecision;
    QString matter;
    QString preparation;
    QString presentation;
    qint64 signatoryId = 0;
    qint64 secondSignatoryId = 0;
    QString updatedAt; // read only, filled by ReportDraftRepository::all(): when last written (UTC, ISO 8601)

    report::ReportRequest toRequest() const;

    static QString languageCode(report::Language language);
    static const TableSpec& spec() { return Tables::reportDraft(); }
    static const Fields<ReportDraft>& fields();
};

} // namespace sakra
