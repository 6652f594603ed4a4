#pragma once

#include <QWidget>

namespace sakra::gui {

class HeatMapModel;

// The risk matrix drawn as a grid: likelihood up the side (highest at the top), consequence along
// the bottom, each cell in its level's colour with the number of risks in it. A cell can be
// chosen with the mouse or with the arrow keys and Enter, to filter a list by it; choosing it
// again, or Escape, lets go. The chosen cell keeps a thick frame and the others fade, so the
// choice shows without relying on colour.
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    void setModel(HeatMapModel* model);
    HeatMapModel* model() const { return m_model; }

    // Risks counted in the cell (1-based likelihood and consequence); 0 outside the matrix.
    int count(int likelihood, int consequence) const;

    // The chosen cell; 0 and 0 when none is.
    int selectedLikelihood() const { return m_selectedLikelihood; }
    int selectedConsequence() const { return m_selectedConsequence; }
    bool hasSelection() const { return m_selectedLikelihood > 0; }
    // Chooses a cell (0, 0: none) and says so through selectionChanged.
    void selectCell(int likelihood, int consequence);
    void clearSelection() { selectCell(0, 0); }

    // The cell the keyboard is on.
    int currentLikelihood() const { return m_currentLikelihood; }
    int currentConsequence() const { return m_currentConsequence; }
    void setCurrentCell(int likelihood, int consequence);
    // Where the cell is drawn, in widget coordinates (empty outside the matrix).
    QRect cellGeometry(int likelihood, int consequence) const;

    // A preview (in the matrix editor) shows but does not take choices or focus.
    void setInteractive(bool interactive);
    // What each cell says: the number of risks in it, or its score (likelihood × consequence),
    // which is what a preview of a matrix without risks can usefully show.
    enum class CellText
    {
        Count,
        Score
    };
    void setCellText(CellText text);
    void setAxisTitles(const QString& likelihood, const QString& consequence);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(int likelihood, int consequence);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Geometry
    {
        QRect grid;
        int labelLeft = 0;
        int labelWidth = 0;
        int axisWidth = 0;
        int bottomLabels = 0;
        double cellWidth = 0;
        double cellHeight = 0;
    };

    Geometry geometry() const;
    QRect cellRect(const Geometry& g, int likelihood, int consequence) const;
    // 0, 0 outside the grid.
    QPoint cellAt(const QPoint& position) const;
    bool hasCells() const;
    void onModelReset();
    void updateAccessibleText();

    HeatMapModel* m_model = nullptr;
    QString m_likelihoodTitle;
    QString m_consequenceTitle;
    bool m_interactive = true;
    CellText m_cellText = CellText::Count;
    int m_selectedLikelihood = 0;
    int m_selectedConsequence = 0;
    int m_currentLikelihood = 0;
    int m_currentConsequence = 0;
};

} // namespace sakra::gui
