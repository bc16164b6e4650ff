#include "widgets/parametercontrol.h"

#include "framework/format.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace {
// Very small values (δ = 10⁻⁵) read better as "1e-05" than as 0.000010000000.
class NumberSpinBox : public QDoubleSpinBox
{
public:
    explicit NumberSpinBox(bool scientific, QWidget *parent)
        : QDoubleSpinBox(parent), m_scientific(scientific)
    {
    }

protected:
    QString textFromValue(double value) const override
    {
        if (!m_scientific)
            return QDoubleSpinBox::textFromValue(value);
        return locale().toString(value, 'g', 3);
    }
    double valueFromText(const QString &text) const override
    {
        if (!m_scientific)
            return QDoubleSpinBox::valueFromText(text);
        return locale().toDouble(text.trimmed());
    }
    QValidator::State validate(QString &text, int &pos) const override
    {
        if (!m_scientific)
            return QDoubleSpinBox::validate(text, pos);
        bool ok = false;
        const double v = locale().toDouble(text.trimmed(), &ok);
        if (ok && v >= minimum() && v <= maximum())
            return QValidator::Acceptable;
        return QValidator::Intermediate;
    }

private:
    bool m_scientific;
};
} // namespace

ParameterControl::ParameterControl(const dp::ParamSpec &spec, const LabTexts &texts,
                                   QWidget *parent)
    : QWidget(parent), m_spec(spec), m_texts(texts), m_specMax(spec.max), m_value(spec.defaultValue)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(labelText(), this);
    m_label->setWordWrap(true);
    m_label->setToolTip(m_texts.help(spec.id));

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setSingleStep(kSliderSteps / 100);
    m_slider->setPageStep(kSliderSteps / 10);
    m_slider->setToolTip(m_label->toolTip());

    const bool scientific =
        spec.kind == dp::ParamKind::Real && spec.log && spec.min > 0.0 && spec.min < 1e-3;
    m_spin = new NumberSpinBox(scientific, this);
    m_spin->setKeyboardTracking(false);
    const bool integer = spec.kind == dp::ParamKind::Integer;
    m_spin->setDecimals(integer      ? 0
                        : scientific ? 300
                                     : (isShare() ? std::max(0, spec.decimals) : spec.decimals));
    m_spin->setRange(toDisplay(spec.min), toDisplay(spec.max));
    m_spin->setGroupSeparatorShown(true);
    if (isShare())
        m_spin->setSuffix(QStringLiteral(" %"));
    m_spin->setSingleStep(integer ? 1.0 : (isShare() ? 1.0 : std::pow(10.0, -spec.decimals)));
    if (spec.log)
        m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_spin->setToolTip(m_label->toolTip());
    m_spin->setMinimumWidth(110);

    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_slider, 1, 0);
    layout->addWidget(m_spin, 1, 1);
    layout->setColumnStretch(0, 1);
    m_label->setBuddy(m_spin);

    setValue(spec.defaultValue);

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { commit(valueAtSlider(position)); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this,
            [this](double shown) { commit(fromDisplay(shown)); });
}

QString ParameterControl::labelText() const
{
    return m_texts.label(m_spec.id);
}

bool ParameterControl::isShare() const
{
    return m_spec.unit == "%" && m_spec.min >= 0.0 && m_spec.max <= 1.0;
}

double ParameterControl::toDisplay(double value) const
{
    return isShare() ? 100.0 * value : value;
}
double ParameterControl::fromDisplay(double shown) const
{
    return isShare() ? shown / 100.0 : shown;
}

int ParameterControl::sliderPosition(double value) const
{
    double t;
    if (m_spec.log && m_spec.min > 0.0)
        t = std::log(value / m_spec.min) / std::log(m_spec.max / m_spec.min);
    else
        t = (value - m_spec.min) / (m_spec.max - m_spec.min);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

double ParameterControl::valueAtSlider(int position) const
{
    const double t = static_cast<double>(position) / kSliderSteps;
    double v;
    if (m_spec.log && m_spec.min > 0.0) {
        v = m_spec.min * std::pow(m_spec.max / m_spec.min, t);
        // Round to 2 significant digits so log sliders land on readable values.
        const double mag = std::pow(10.0, std::floor(std::log10(v)) - 1.0);
        v = std::round(v / mag) * mag;
    } else {
        v = m_spec.min + t * (m_spec.max - m_spec.min);
    }
    if (m_spec.kind == dp::ParamKind::Integer)
        v = std::round(v);
    return std::clamp(v, m_spec.min, m_spec.max);
}

void ParameterControl::setValue(double value)
{
    m_value = std::clamp(value, m_spec.min, m_spec.max);
    {
        const QSignalBlocker blockSlider(m_slider);
        const QSignalBlocker blockSpin(m_spin);
        m_slider->setValue(sliderPosition(m_value));
        m_spin->setValue(toDisplay(m_value));
    }
    updateAccessibility();
}

void ParameterControl::setMaximum(double maximum)
{
    m_spec.max = std::clamp(maximum, m_spec.min, m_specMax);
    {
        const QSignalBlocker blockSpin(m_spin);
        m_spin->setMaximum(toDisplay(m_spec.max));
    }
    setValue(m_value);
}

void ParameterControl::commit(double value)
{
    if (value == m_value)
        return;
    setValue(value);
    emit valueChanged(m_value);
}

void ParameterControl::updateAccessibility()
{
    const QString name = labelText();
    const QString shown =
        isShare() ? fmt::percent(m_value, std::max(0, m_spec.decimals - 2)) : fmt::compact(m_value);
    const QString unit = isShare()                            ? QString()
                         : !m_texts.unit(m_spec.id).isEmpty() ? m_texts.unit(m_spec.id)
                                                              : QString::fromStdString(m_spec.unit);
    const QString description =
        tr("%1: %2 %3. %4").arg(name, shown, unit, m_texts.help(m_spec.id)).simplified();
    m_slider->setAccessibleName(name);
    m_slider->setAccessibleDescription(description);
    m_spin->setAccessibleName(name);
    m_spin->setAccessibleDescription(description);
    setAccessibleName(name);
    setAccessibleDescription(description);
}
