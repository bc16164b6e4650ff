#pragma once
// The registry of lab pages (labfactory.cpp, one line per lab: page<MyPage>()).
// A lab without a page of its own gets a plain page listing its figures, so
// every lab in the core can be run from the window.

#include "framework/lab.h"
#include "framework/labtexts.h"

#include <string>
#include <vector>

class LabPage;
class QWidget;

struct PageEntry
{
    std::string labId;
    const LabTexts &(*texts)();
    LabPage *(*create)(QWidget *parent);
};

// For the registry line: the page class P (a TypedLabPage with a static words()).
template <typename P> PageEntry page()
{
    return {P::Lab::instance().id(), &P::words,
            [](QWidget *parent) -> LabPage * { return new P(parent); }};
}

const std::vector<PageEntry> &labPages();
LabPage *createLabPage(const dp::LabModel &lab, QWidget *parent = nullptr);
// The words of a lab (an empty table for a lab without a page).
const LabTexts &labTexts(const std::string &labId);
