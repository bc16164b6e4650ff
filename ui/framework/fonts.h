#pragma once
// Fonts relative to the application font. The presentation view sets the
// application font from the screen (MainWindow), so a page that sizes its
// texts with setRelativeFont() grows with the projector instead of carrying
// fixed point sizes; call it again from setPresentation().

#include <QApplication>
#include <QWidget>

inline void setRelativeFont(QWidget *widget, qreal factor, bool bold = false)
{
    QFont f = widget->font();
    f.setPointSizeF(QApplication::font().pointSizeF() * factor);
    f.setBold(bold);
    widget->setFont(f);
}
