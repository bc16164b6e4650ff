// The registry of labs, in course order. A new lab adds one line here.
#include "framework/lab.h"
#include "labs/linkage/linkage.h"
#include "labs/differencing/differencing.h"
#include "labs/survey/survey.h"
#include "labs/income/income.h"
#include "labs/budget/budget.h"
#include "labs/mechanisms/mechanisms.h"
#include "labs/dpsgd/dpsgd_lab.h"

namespace dp {

const std::vector<const LabModel *> &allLabs()
{
    static const LinkageLab linkage;
    static const DifferencingLab differencing;
    static const SurveyLab survey;
    static const IncomeLab income;
    static const MechanismsLab mechanisms;
    static const BudgetLab budget;
    static const DpsgdLab dpsgd;
    static const std::vector<const LabModel *> labs{&linkage, &differencing, &survey, &income, &mechanisms, &budget, &dpsgd};
    return labs;
}

const LabModel *findLab(const std::string &id)
{
    for (const LabModel *lab : allLabs())
        if (lab->id() == id)
            return lab;
    return nullptr;
}

} // namespace dp
