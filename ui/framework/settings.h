#pragma once
// Every persisted setting declared once, typed and bounded. Read at start-up,
// written when the window closes; an invalid stored value falls back to its
// default instead of reaching the UI.

#include <QByteArray>
#include <QString>

struct AppSettings
{
    QByteArray geometry;
    QString lastLab = QStringLiteral("survey");
    bool presentation = false;
    bool lessonVisible = true;
    quint64 seed = 42;
    QString language; // "en", "de"; empty: follow the system

    static constexpr quint64 kMaxSeed = 2147483647; // fits the seed spin box

    static AppSettings load();
    void save() const;
};
