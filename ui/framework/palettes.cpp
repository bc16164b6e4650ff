#include "framework/palettes.h"

#include <QApplication>
#include <QStyleFactory>

bool namedPalette(const QString &name, QPalette *p)
{
    const auto set = [p](QColor window, QColor text, QColor base, QColor alternate, QColor button,
                         QColor highlight, QColor highlightedText, QColor mid, QColor link) {
        *p = QPalette(window);
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            p->setColor(group, QPalette::Window, window);
            p->setColor(group, QPalette::WindowText, text);
            p->setColor(group, QPalette::Base, base);
            p->setColor(group, QPalette::AlternateBase, alternate);
            p->setColor(group, QPalette::Text, text);
            p->setColor(group, QPalette::Button, button);
            p->setColor(group, QPalette::ButtonText, text);
            p->setColor(group, QPalette::ToolTipBase, base);
            p->setColor(group, QPalette::ToolTipText, text);
            p->setColor(group, QPalette::Highlight, highlight);
            p->setColor(group, QPalette::HighlightedText, highlightedText);
            p->setColor(group, QPalette::Mid, mid);
            p->setColor(group, QPalette::Link, link);
            p->setColor(group, QPalette::PlaceholderText, mid.lighter(140));
        }
        p->setColor(QPalette::Disabled, QPalette::WindowText, mid);
        p->setColor(QPalette::Disabled, QPalette::Text, mid);
        p->setColor(QPalette::Disabled, QPalette::ButtonText, mid);
    };
    if (name == QLatin1String("dark")) {
        set(QColor(0x2B, 0x2B, 0x2E), QColor(0xEE, 0xEE, 0xEE), QColor(0x1E, 0x1E, 0x20),
            QColor(0x33, 0x3A, 0x44), QColor(0x3A, 0x3A, 0x3E), QColor(0x56, 0xB4, 0xE9), Qt::black,
            QColor(0x80, 0x80, 0x80), QColor(0x56, 0xB4, 0xE9));
        return true;
    }
    if (name == QLatin1String("contrast")) {
        set(Qt::black, Qt::white, Qt::black, QColor(0x20, 0x20, 0x00), Qt::black,
            QColor(0xFF, 0xFF, 0x00), Qt::black, QColor(0xC0, 0xC0, 0xC0),
            QColor(0xFF, 0xFF, 0x00));
        return true;
    }
    return false;
}

bool applyNamedPalette(const QString &name)
{
    QPalette p;
    if (!namedPalette(name, &p))
        return false;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(p);
    return true;
}
