#pragma once
// Shared steps of the lab-page tests: open a lab in a fresh window and wait
// until a result is on screen with every chart drawn.

#include "framework/labpage.h"
#include "framework/mainwindow.h"

#include <QCoreApplication>

namespace pagetest {

inline bool settle(LabPage *page)
{
    page->waitUntilDrawn();
    QCoreApplication::processEvents();
    return page->lastResult() != nullptr;
}

// A 1440×900 window that ignores stored settings, showing `lab` with its
// first result drawn; the caller owns the window.
template <typename Page> Page *openLab(MainWindow *&window, const QString &lab)
{
    window = new MainWindow(false);
    window->resize(1440, 900);
    window->show();
    if (!window->showLab(lab))
        return nullptr;
    auto *page = qobject_cast<Page *>(window->currentPage());
    if (page)
        settle(page);
    return page;
}

} // namespace pagetest
