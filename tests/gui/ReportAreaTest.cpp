#include "report/ReportArea.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "report/ReportDraftEditor.h"
#include "report/ReportDraftRepository.h"
#include "report/ReportDraftTableModel.h"
#include "report/ReportPreviewDialog.h"
#include "report/ReportTask.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PersonPicker.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The demo register in the main window, on the report area.
struct ReportWindow : test::DemoList<ReportDraftTableModel, ReportArea>
{
    ReportDraftEditor* editor = nullptr;

    ReportWindow() : DemoList("report", "reportDraftTable")
    {
        editor = find<ReportDraftEditor>(window, "reportDraftEditor");
    }

    void apply() { QTest::mouseClick(find<QPushButton>(window, "reportDraftApplyButton"), Qt::LeftButton); }

    // A new draft made through the form: the defaults with this name.
    qint64 createDraft(const QString& name)
    {
        QTest::mouseClick(find<QPushButton>(window, "addReportDraftButton"), Qt::LeftButton);
        REQUIRE(editor->isCreating());
        auto* nameEdit = find<QLineEdit>(window, "reportNameEdit");
        nameEdit->selectAll();
        QTest::keyClick(nameEdit, Qt::Key_Backspace);
        test::typeText(nameEdit, name);
        apply();
        REQUIRE_FALSE(editor->isCreating());
        REQUIRE(editor->recordId() != 0);
        return editor->recordId();
    }
};

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Lines broken by the layout are joined, so phrases are found whole.
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' ')).simplified();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}
} // namespace

TEST_CASE("A draft made in the editor, with its proposed decision edited, undone and redone, exports to PDF",
          "[gui][report]")
{
    ReportWindow w;
    CHECK(w.table->model()->rowCount() == 0);
    CHECK_FALSE(find<QPushButton>(w.window, "reportExportButton")->isEnabled());

    // A new draft starts with the measures report of this year and the secrecy line offered.
    QTest::mouseClick(find<QPushButton>(w.window, "addReportDraftButton"), Qt::LeftButton);
    CHECK(find<QLineEdit>(w.window, "reportClassificationEdit")->text() ==
          ReportDraftEditor::classificationSuggestions().constFirst());
    CHECK(find<OptionalDateEdit>(w.window, "reportPeriodFrom")->date() ==
          QDate(QDate::currentDate().year(), 1, 1));
    auto* nameEdit = find<QLineEdit>(w.window, "reportNameEdit");
    nameEdit->selectAll();
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    test::typeText(nameEdit, QStringLiteral("Åtgärdsredovisning till kommunstyrelsen"));
    auto* registration = find<QLineEdit>(w.window, "reportRegistrationNumberEdit");
    test::typeText(registration, QStringLiteral("KS 2024/77"));
    w.apply();
    REQUIRE(w.editor->recordId() != 0);
    const qint64 id = w.editor->recordId();
    CHECK(w.undoStack()->count() == 1);
    ReportDraft saved = w.reg().reportDrafts().get(id);
    CHECK(saved.name == QStringLiteral("Åtgärdsredovisning till kommunstyrelsen"));
    CHECK(saved.registrationNumber == QStringLiteral("KS 2024/77"));
    CHECK(saved.kind == report::ReportKind::Measures);
    CHECK(saved.proposedDecision.isEmpty());
    REQUIRE(w.table->model()->rowCount() == 1);
    CHECK(w.table->currentIndex().row() == 0);
    CHECK(w.table->model()->index(0, ReportDraftTableModel::NameColumn).data().toString() == saved.name);
    CHECK(find<QPushButton>(w.window, "reportExportButton")->isEnabled());

    // The proposed decision, typed and applied: one more undo step.
    const QString decision =
        QStringLiteral("Nämnden lägger informationen om säkerhetsåtgärderna till handlingarna.");
    auto* decisionEdit = find<QPlainTextEdit>(w.window, "reportProposedDecisionEdit");
    decisionEdit->setFocus();
    test::typeText(decisionEdit, decision);
    w.apply();
    CHECK(w.reg().reportDrafts().get(id).proposedDecision == decision);
    CHECK(w.undoStack()->count() == 2);

    // Undo takes the text away in the register and on the form; redo brings it back.
    w.window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    CHECK(w.reg().reportDrafts().get(id).proposedDecision.isEmpty());
    CHECK(decisionEdit->toPlainText().isEmpty());
    CHECK(w.reg().reportDrafts().get(id).registrationNumber == QStringLiteral("KS 2024/77"));
    w.window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    CHECK(w.reg().reportDrafts().get(id).proposedDecision == decision);
    CHECK(decisionEdit->toPlainText() == decision);

    // Export through what the button does once the file is chosen.
    QTemporaryDir dir;
    const QString path = dir.filePath(ReportArea::defaultFileName(w.editor->draftName()));
    CHECK(QFileInfo(path).fileName() == QStringLiteral("Åtgärdsredovisning till kommunstyrelsen.pdf"));
    QPointer<ReportTask> task = w.area->exportPdf(path);
    REQUIRE(task);
    CHECK_FALSE(find<QPushButton>(w.window, "reportExportButton")->isEnabled());
    task->waitForFinished();
    INFO(task->errorMessage().toStdString());
    REQUIRE(task->status() == ReportTask::Status::Done);
    CHECK(task->pages() >= 1);
    REQUIRE(QFile::exists(path));
    CHECK(readAll(path).startsWith("%PDF"));
    // Readable by the owner only, like the register.
    const QFile::Permissions permissions = QFile::permissions(path);
    CHECK(permissions.testFlag(QFile::ReadOwner));
    CHECK_FALSE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    const QString text = pdfText(path);
    CHECK(text.contains(decision));
    CHECK(text.contains(QStringLiteral("KS 2024/77")));
    CHECK(text.contains(ReportDraftEditor::classificationSuggestions().constFirst()));
    CHECK(text.contains(QStringLiteral("Sida 1 av")));
    CHECK(find<QLabel>(w.window, "reportStatusLabel")->text().contains(QDir::toNativeSeparators(path)));
    CHECK(find<QPushButton>(w.window, "reportExportButton")->isEnabled());
    // Exporting changes nothing in the register.
    CHECK(w.undoStack()->count() == 2);
}

TEST_CASE("Refused draft input is explained under the field and nothing is written", "[gui][report]")
{
    ReportWindow w;
    QTest::mouseClick(find<QPushButton>(w.window, "addReportDraftButton"), Qt::LeftButton);

    // No name.
    auto* nameEdit = find<QLineEdit>(w.window, "reportNameEdit");
    nameEdit->clear();
    w.apply();
    CHECK(w.editor->isCreating());
    CHECK(w.reg().reportDrafts().all().empty());
    CHECK(w.undoStack()->count() == 0);
    auto* nameMessage = find<MessageLabel>(w.window, "reportDraftFieldMessage_name");
    CHECK(nameMessage->isVisible());
    CHECK_FALSE(nameMessage->text().isEmpty());

    // A period that ends before it starts.
    test::typeText(nameEdit, QStringLiteral("Lägesbild"));
    find<OptionalDateEdit>(w.window, "reportPeriodFrom")->setDate(QDate(2024, 6, 1));
    find<OptionalDateEdit>(w.window, "reportPeriodTo")->setDate(QDate(2024, 5, 1));
    w.apply();
    CHECK(w.reg().reportDrafts().all().empty());
    CHECK_FALSE(nameMessage->isVisible());
    const bool periodMessage =
        find<MessageLabel>(w.window, "reportDraftFieldMessage_period_to")->isVisible() ||
        find<MessageLabel>(w.window, "reportDraftFieldMessage_period_from")->isVisible();
    CHECK(periodMessage);

    // A signatory typed but not chosen names nobody: refused before core is asked.
    find<OptionalDateEdit>(w.window, "reportPeriodTo")->setDate(QDate(2024, 12, 31));
    auto* signatory = find<PersonPicker>(w.window, "reportSignatoryPicker");
    test::typeText(signatory, QStringLiteral("Ingen Sådan Person"));
    w.apply();
    CHECK(w.reg().reportDrafts().all().empty());
    CHECK(find<MessageLabel>(w.window, "reportDraftFieldMessage_signatory_id")->isVisible());
    // Neither preview nor export starts from a form that cannot be read.
    CHECK(w.area->exportPdf(QDir::temp().filePath(QStringLiteral("never.pdf"))) == nullptr);
    CHECK_FALSE(QFile::exists(QDir::temp().filePath(QStringLiteral("never.pdf"))));

    signatory->clear();
    w.apply();
    CHECK(w.reg().reportDrafts().all().size() == 1);
    CHECK(w.undoStack()->count() == 1);
}

TEST_CASE("A cancelled export leaves no file and an earlier file at the path as it was", "[gui][report]")
{
    ReportWindow w;
    w.createDraft(QStringLiteral("Åtgärder i år"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));

    SECTION("Cancel in the progress dialog before any page")
    {
        QPointer<ReportTask> task = w.area->exportPdf(path);
        REQUIRE(task);
        REQUIRE(task->progressDialog());
        // The dialog's own Cancel button, as a person clicks it.
        auto* cancel = task->progressDialog()->findChild<QPushButton*>();
        REQUIRE(cancel);
        CHECK(cancel->text() == QStringLiteral("Avbryt"));
        cancel->click();
        task->waitForFinished();
        CHECK(task->status() == ReportTask::Status::Cancelled);
        CHECK_FALSE(QFile::exists(path));
        CHECK(find<QLabel>(w.window, "reportStatusLabel")->text().contains(QStringLiteral("avbröts")));
    }

    SECTION("Stopped after the first page of several")
    {
        writeFile(path, "an earlier export");
        QPointer<ReportTask> task = w.area->exportPdf(path);
        REQUIRE(task);
        int lastDone = 0;
        int total = 0;
        // Runs in the worker, right after the page: the stop is seen before the next one.
        QObject::connect(
            task, &ReportTask::progressed, task,
            [&lastDone, &total, t = task.data()](int done, int of) {
                lastDone = done;
                total = of;
                if (done == 1)
                    t->requestStop();
            },
            Qt::DirectConnection);
        task->waitForFinished();
        REQUIRE(total >= 2);
        CHECK(lastDone == 1);
        CHECK(task->status() == ReportTask::Status::Cancelled);
        CHECK(readAll(path) == "an earlier export");
        // No temporary file left behind either.
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("rapport.pdf")});
    }
}

TEST_CASE("The preview shows the document's pages and leafs through them", "[gui][report]")
{
    ReportWindow w;
    w.createDraft(QStringLiteral("Förhandsgranskning"));
    QPointer<ReportTask> task = w.area->preview();
    REQUIRE(task);
    task->waitForFinished();
    INFO(task->errorMessage().toStdString());
    REQUIRE(task->status() == ReportTask::Status::Done);
    const int pages = task->pages();
    REQUIRE(pages >= 2);
    ReportPreviewDialog* dialog = w.area->previewDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* preview = find<QPrintPreviewWidget>(*dialog, "reportPreview");
    CHECK(preview->pageCount() == pages);
    CHECK(dialog->pagesShown() == pages);
    CHECK_FALSE(find<QLabel>(*dialog, "reportPreviewNote")->isVisible());
    CHECK(find<QLabel>(*dialog, "reportPreviewPageTotal")->text().contains(QString::number(pages)));
    CHECK(preview->currentPage() == 1);
    CHECK_FALSE(find<QToolButton>(*dialog, "reportPreviewPrevious")->isEnabled());
    QTest::mouseClick(find<QToolButton>(*dialog, "reportPreviewNext"), Qt::LeftButton);
    CHECK(preview->currentPage() == 2);
    CHECK(find<QToolButton>(*dialog, "reportPreviewPrevious")->isEnabled());
    const qreal zoom = preview->zoomFactor();
    QTest::mouseClick(find<QToolButton>(*dialog, "reportPreviewZoomIn"), Qt::LeftButton);
    CHECK(preview->zoomFactor() > zoom);
    dialog->close();
}

TEST_CASE("File names offered for drafts are safe and end in .pdf", "[gui][report]")
{
    CHECK(ReportArea::defaultFileName(QStringLiteral("Lägesbild 2024")) ==
          QStringLiteral("Lägesbild 2024.pdf"));
    CHECK(ReportArea::defaultFileName(QStringLiteral("KS 2024/77: åtgärder?")) ==
          QStringLiteral("KS 2024-77- åtgärder-.pdf"));
    CHECK(ReportArea::defaultFileName(QStringLiteral("../../etc/passwd")) ==
          QStringLiteral("etc-passwd.pdf"));
    CHECK(ReportArea::defaultFileName(QStringLiteral("  ")) == QStringLiteral("Rapport.pdf"));
}
