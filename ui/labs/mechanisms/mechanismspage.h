#pragma once
// The "Noise and the definition" page. Leads with the attacker's odds (the
// ceiling e^ε × prior odds in words and an icon array of 100 replays), then
// the two output distributions overlaid (exact densities and histograms of
// the simulated releases), the privacy-loss curve with the ±ε band and the
// shaded escape region, the empirical check beside the claimed ε, the
// floating-point leak, and local against global error on log–log axes with
// a picture of who sees the raw data. Draws a dp::MechanismsResult; every
// number comes from the core.

#include "framework/typedlabpage.h"
#include "labs/mechanisms/mechanisms.h"

class ChartPanel;
class IconArray;
class QLabel;
class RawDataPicture;

class MechanismsPage : public TypedLabPage<dp::MechanismsLab>
{
    Q_OBJECT
public:
    explicit MechanismsPage(QWidget *parent = nullptr);
    static const LabTexts &words();
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString summary() const override;
    QString headlineText() const;
    QString checkText() const;
    QString leakText() const;

protected:
    void showResult(const dp::MechanismsResult &r, const RunRequest &request) override;

private:
    QString headline(const dp::MechanismsResult &r) const;
    QString mechanismName(dp::MechanismKind k) const;
    void drawOdds(const dp::MechanismsResult &r);
    void drawDistributions(const dp::MechanismsResult &r);
    void drawLoss(const dp::MechanismsResult &r);
    void drawChecks(const dp::MechanismsResult &r);
    void drawLocalGlobal(const dp::MechanismsResult &r);

    QLabel *m_headline = nullptr;
    IconArray *m_icons = nullptr;
    QLabel *m_iconCaption = nullptr;
    ChartPanel *m_posterior = nullptr;
    ChartPanel *m_distributions = nullptr;
    ChartPanel *m_loss = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_leak = nullptr;
    ChartPanel *m_localGlobal = nullptr;
    RawDataPicture *m_rawData = nullptr;
};
