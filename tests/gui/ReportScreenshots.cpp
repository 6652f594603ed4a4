// Renders the report area (drafts, editor, print preview) to PNG files for a person to look at,
// and says how long making a document took and how long the window was held up meanwhile. Usage:
//   sakra-report-screenshots OUTDIR [REGISTER [KIND]]
// Without a register the demo municipality is used, with two drafts added. With a register (a
// copy: it is migrated on open and a draft is added) a draft of KIND (measures by default) for
// the whole municipality is made, previewed and exported. Run under Xvfb (xvfb-run -a).
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ScreenshotSupport.h"
#include "report/ReportArea.h"
#include "report/ReportDraftEditor.h"
#include "report/ReportDraftRepository.h"
#include "report/ReportKind.h"
#include "report/ReportPreviewDialog.h"
#include "report/ReportTask.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace sakra;
using namespace sakra::gui;
using namespace sakra::test::shots;

namespace {
qint64 addDraft(Register& reg, report::ReportKind kind, const QString& name, bool withTexts)
{
    ReportDraft d;
    d.kind = kind;
    d.name = name;
    const int year = QDate::currentDate().year();
    d.periodFrom = QDate(year, 1, 1);
    d.periodTo = QDate(year, 12, 31);
    d.classification = ReportDraftEditor::classificationSuggestions().constFirst();
    if (withTexts) {
        d.registrationNumber = QStringLiteral("KS %1/118").arg(year);
        d.proposedDecision =
            QStringLiteral("Kommunstyrelsen lägger informationen om säkerhetsåtgärderna till handlingarna.");
        d.matter =
            QStringLiteral("Kommunens revisorer rekommenderade i sin granskning av det systematiska "
                           "säkerhetsarbetet en årlig redovisning av planerade och genomförda åtgärder per "
                           "förvaltning. Denna skrivelse redovisar läget för årets åtgärder.");
        d.preparation =
            QStringLiteral("Ärendet har beretts av kommunledningsförvaltningens säkerhetsenhet i samråd "
                           "med förvaltningarnas säkerhetssamordnare.");
        d.presentation = QStringLiteral("Säkerhetschefen föredrar ärendet.");
    }
    return reg.reportDrafts().create(d);
}

struct Waited
{
    qint64 longestStallMs = 0;
    int pages = 0;
    qint64 buildMs = 0;
};

// Waits for the task while a timer that should fire every 10 ms measures how long the GUI thread
// was held up at most. The area lets go of the task once finished, so its figures are read here.
Waited waitResponsive(ReportTask* task)
{
    Waited result;
    QObject::connect(task, &ReportTask::finished, task, [&result, task] {
        result.pages = task->pages();
        result.buildMs = task->buildMilliseconds();
    });
    QEventLoop wait;
    QObject::connect(task, &ReportTask::finished, &wait, &QEventLoop::quit);
    StallMeter stalls;
    stalls.start();
    if (task->status() == ReportTask::Status::Running)
        wait.exec();
    result.longestStallMs = stalls.longestMs();
    return result;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const auto arguments =
        setUpTool(app, QStringLiteral("SakraScreenshots"), QStringLiteral("sakra-report-screenshots"),
                  QStringLiteral("OUTDIR [REGISTER [KIND]]"));
    if (!arguments)
        return 2;
    const QStringList& args = *arguments;
    const QString folder = args.at(1);
    QDir().mkpath(folder);
    QTemporaryDir temp;
    QString path = args.value(2);
    const bool demo = path.isEmpty();
    const QString prefix = demo ? QStringLiteral("report-") : QStringLiteral("report-large-");
    const auto kind = report::kReportKinds.fromCode(args.value(3, QStringLiteral("measures")));
    if (!kind) {
        QTextStream(stderr) << "unknown kind; one of " << report::reportKindCodes().join(QLatin1Char(' '))
                            << Qt::endl;
        return 2;
    }
    qint64 shownDraft = 0;
    {
        if (demo) {
            path = temp.filePath(QStringLiteral("demo.sakra"));
            auto reg = Register::create(path);
            test::SampleMunicipality::populateDemo(*reg);
            addDraft(*reg, report::ReportKind::Situation, QStringLiteral("Lägesbild första halvåret"), false);
            shownDraft = addDraft(*reg, report::ReportKind::Measures,
                                  QStringLiteral("Redovisning av säkerhetsåtgärder"), true);
        } else {
            auto reg = Register::open(path);
            shownDraft =
                addDraft(*reg, *kind, report::kReportKinds.label(*kind) + QStringLiteral(" (mätning)"), true);
        }
    }

    QTextStream out(stdout);
    MainWindow window;
    showWindow(window);
    if (!window.openFile(path))
        return 1;
    window.showArea(QStringLiteral("report"));
    settle();
    auto* area = window.findChild<ReportArea*>(QStringLiteral("reportArea"));
    if (!area)
        return 1;
    area->showDraft(shownDraft);
    int failures = 0;
    failures += !save(window, folder, prefix + QStringLiteral("01-utkast"));
    failures += !save(*area->editor(), folder, prefix + QStringLiteral("02-redigering"));

    QElapsedTimer clock;
    clock.start();
    ReportTask* task = area->preview();
    if (!task)
        return 1;
    const Waited preview = waitResponsive(task);
    const qint64 ready = clock.elapsed();
    settle();
    ReportPreviewDialog* dialog = area->previewDialog();
    if (!dialog) {
        out << "no preview: " << area->statusLabel()->text() << Qt::endl;
        return 1;
    }
    // The area opens the preview, which paints its pages, as soon as the worker is done.
    const qint64 buildMs = ready - dialog->paintMilliseconds();
    out << "preview on screen after " << ready << " ms, " << dialog->pageCount() << " pages: " << buildMs
        << " ms reading the register and laying out in the worker (of that " << preview.buildMs
        << " ms reading), " << dialog->paintMilliseconds()
        << " ms painting the pages on the GUI thread with a progress dialog (longest the window was held up: "
        << preview.longestStallMs << " ms)" << Qt::endl;
    dialog->resize(1000, 1100);
    failures += !save(*dialog, folder, prefix + QStringLiteral("03-forhandsgranskning"));
    // Through the page box, as a person leafs.
    auto* pageBox = dialog->findChild<QSpinBox*>(QStringLiteral("reportPreviewPage"));
    if (!pageBox)
        return 1;
    pageBox->setValue(2);
    failures += !save(*dialog, folder, prefix + QStringLiteral("04-sida-2"));
    pageBox->setValue(pageBox->maximum());
    failures += !save(*dialog, folder, prefix + QStringLiteral("05-sista-sidan"));
    dialog->close();
    settle();

    QTemporaryDir exportDir;
    clock.restart();
    task = area->exportPdf(exportDir.filePath(QStringLiteral("rapport.pdf")));
    if (!task)
        return 1;
    const Waited exported = waitResponsive(task);
    out << "export built and written off the GUI thread: " << clock.elapsed() << " ms, " << exported.pages
        << " pages (of that " << exported.buildMs
        << " ms reading the register; longest the window was held up meanwhile: " << exported.longestStallMs
        << " ms)" << Qt::endl;
    settle();
    failures += !save(window, folder, prefix + QStringLiteral("06-exporterad"));
    return failures == 0 ? 0 : 1;
}
