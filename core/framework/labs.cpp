// The registry of labs, in course order. A new lab adds its include and one
// line to the list (see framework/typedlab.h, "How to add a lab").
#include "framework/typedlab.h"
#include "labs/budget/budget.h"
#include "labs/differencing/differencing.h"
#include "labs/dpsgd/dpsgd_lab.h"
#include "labs/income/income.h"
#include "labs/linkage/linkage.h"
#include "labs/mechanisms/mechanisms.h"
#include "labs/survey/survey.h"

namespace dp {

const std::vector<const LabModel *> &allLabs()
{
    static const std::vector<const LabModel *> labs{
        lab<LinkageLab>(),    lab<DifferencingLab>(), lab<SurveyLab>(), lab<IncomeLab>(),
        lab<MechanismsLab>(), lab<BudgetLab>(),       lab<DpsgdLab>(),
    };
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
