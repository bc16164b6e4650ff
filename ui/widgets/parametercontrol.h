#pragma once
// One control for every numeric lab parameter: a slider and a spin box kept in
// step, linear or logarithmic (ε, population sizes), with the unit shown and
// an accessible name and description that carry the current value.
//
// Shares ("%" unit, values in [0, 1]) are shown in percent; the value
// reported by value() and valueChanged() is always in the model's unit.

#include "framework/lab.h"
#include "framework/labtexts.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

class ParameterControl : public QWidget
{
    Q_OBJECT
public:
    // `texts` (the lab's words) must outlive the control; they are static tables.
    ParameterControl(const dp::ParamSpec &spec, const LabTexts &texts, QWidget *parent = nullptr);

    double value() const { return m_value; }
    // Sets the value without emitting valueChanged (the model pushed it back).
    void setValue(double value);
    // Narrows the upper end of the range (e.g. a row number below the number
    // of rows); the slider then spans [min, maximum]. Clamped to the spec's
    // own maximum. The value shown is clamped too, without a signal: the
    // page decides what the model does with an out-of-range value.
    void setMaximum(double maximum);
    double maximum() const { return m_spec.max; }
    QString labelText() const;

    static constexpr int kSliderSteps = 1000;

signals:
    void valueChanged(double value);

private:
    int sliderPosition(double value) const;
    double valueAtSlider(int position) const;
    double toDisplay(double value) const;
    double fromDisplay(double shown) const;
    void commit(double value);
    void updateAccessibility();
    bool isShare() const;

    dp::ParamSpec m_spec;
    const LabTexts &m_texts;
    double m_specMax = 0.0;
    double m_value = 0.0;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
};
