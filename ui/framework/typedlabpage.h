#pragma once
// The base of every lab page: a LabPage that knows its lab's types.
//
//   class CoinPage : public TypedLabPage<dp::CoinLab>
//   {
//       Q_OBJECT
//   public:
//       explicit CoinPage(QWidget *parent = nullptr) : TypedLabPage(words(), parent) { … build
//       charts … } static const LabTexts &words();        // the lab's words (labtexts.h)
//       QList<ChartPanel *> charts() const override;
//   protected:
//       void showResult(const dp::CoinResult &r, const RunRequest &request) override;
//   };
//
// and one line in ui/framework/labfactory.cpp: page<CoinPage>(). showResult
// gets the typed result, alive until the next showResult: steps given to
// drawInSteps may capture it by reference. params() is the current setting
// as the lab's Params struct (display-only members included).

#include "framework/labpage.h"
#include "framework/typedlab.h"

template <typename Def> class TypedLabPage : public LabPage
{
public:
    using Lab = dp::TypedLab<Def>;
    using Params = typename Def::Params;
    using Result = typename Def::Result;

    explicit TypedLabPage(const LabTexts &texts, QWidget *parent = nullptr)
        : LabPage(Lab::instance(), texts, parent)
    {
    }

    Params params() const { return Lab::toParams(values()); }
    // The result on screen (nullptr before the first).
    std::shared_ptr<const Result> result() const
    {
        return std::static_pointer_cast<const Result>(lastResult());
    }

protected:
    virtual void showResult(const Result &result, const RunRequest &request) = 0;

private:
    void drawResult(const dp::LabResult &result, const RunRequest &request) final
    {
        showResult(static_cast<const Result &>(result), request);
    }
};
