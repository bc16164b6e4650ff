// The registry of labs, in course order. A new lab adds one line here.
#include "lab.h"
#include "survey.h"

namespace dp {

const std::vector<const LabModel *> &allLabs()
{
    static const SurveyLab survey;
    static const std::vector<const LabModel *> labs{&survey};
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
