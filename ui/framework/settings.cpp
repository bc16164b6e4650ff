#include "framework/settings.h"

#include <QSettings>

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    const QString lab = s.value(QStringLiteral("window/lastLab"), a.lastLab).toString();
    if (!lab.isEmpty() && lab.size() < 64)
        a.lastLab = lab;
    a.presentation = s.value(QStringLiteral("window/presentation"), false).toBool();
    a.lessonVisible = s.value(QStringLiteral("window/lessonVisible"), true).toBool();
    bool ok = false;
    const quint64 seed = s.value(QStringLiteral("run/seed"), a.seed).toULongLong(&ok);
    if (ok && seed <= kMaxSeed)
        a.seed = seed;
    const QString language = s.value(QStringLiteral("window/language")).toString();
    if (language.size() <= 8)
        a.language = language;
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/lastLab"), lastLab);
    s.setValue(QStringLiteral("window/presentation"), presentation);
    s.setValue(QStringLiteral("window/lessonVisible"), lessonVisible);
    s.setValue(QStringLiteral("run/seed"), seed);
    if (!language.isEmpty())
        s.setValue(QStringLiteral("window/language"), language);
}
