#pragma once

#include "ReportDocument.h"
#include "ReportKind.h"

#include <QDate>
#include <QString>

namespace sakra::report {

// What to write: the kind, for which part of the organisation and period, in which language, and
// the texts the coordinator writes (from a report draft). The figures always come from the
// register as it is when the document is built.
struct ReportRequest
{
    ReportKind kind = ReportKind::Measures;
    qint64 scopeUnitId = 0; // 0: the whole municipality
    QDate from;             // invalid: from the beginning
    QDate to;               // invalid: up to the document date
    Language language = Language::Swedish;
    QDate documentDate;     // invalid: today
    QString classification; // one line on every page when set
    QString registrationNumber;
    QString title; // empty: the kind's own title for the scope
    QString proposedDecision;
    QString matter;
    QString preparation;
    QString presentation;
    qint64 signatoryId = 0;       // 0: the head of the issuing administration, when known
    qint64 secondSignatoryId = 0; // 0: its security coordinator, when known
};

} // namespace sakra::report
