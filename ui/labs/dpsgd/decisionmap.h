#pragma once
// One model's decision regions over the plane, drawn from numbers only: the
// core's grid of P(class 1) as a two-colour wash (Okabe–Ito blue for class 1,
// orange for class 0, paler where the model is unsure), the boundary
// P = ½ as a black line, the training points (class 0 circles, class 1
// squares) and Alice's record as a large ringed star with her name. Title,
// axis titles and a one-sentence summary like every chart.

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;

class DecisionMap : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionMap(const QString &title, QWidget *parent = nullptr);

    struct Data
    {
        int grid = 0;                   // grid × grid cells, row 0 at yMin
        std::vector<float> probability; // P(class 1) per cell
        double xMin = -3, xMax = 3, yMin = -3, yMax = 3;
        std::vector<double> x, y; // training points (at most a few thousand drawn)
        std::vector<unsigned char> label;
        bool canary = false;
        double canaryX = 0, canaryY = 0;
        int canaryLabel = 0;
    };
    void setData(Data data);
    void setSummary(const QString &sentence);
    QString summary() const;
    QString title() const { return m_title; }
    void setPresentation(bool on);

    const Data &data() const { return m_data; }
    bool presentation() const { return m_presentation; }

private:
    QString m_title;
    Data m_data;
    QWidget *m_canvas = nullptr;
    QLabel *m_summary = nullptr;
    bool m_presentation = false;
};
