#pragma once
// Helpers shared by the tests that walk allLabs() (tst_lab_contract in
// tests/core, tst_cli in tests/ui): a lab by id, std::string to QString, and
// a list comparison that names what differs.

#include "framework/lab.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <string>

namespace labtest {

inline const dp::LabModel *labNamed(const QString &id)
{
    const dp::LabModel *lab = dp::findLab(id.toStdString());
    if (!lab)
        qFatal("no lab '%s'", qPrintable(id));
    return lab;
}

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// QCOMPARE on lists of different lengths names only the lengths: say which
// entries are missing, which are extra, or where the order differs.
inline QString listDiff(const QStringList &got, const QStringList &expected)
{
    QStringList missing, extra;
    for (const QString &s : expected)
        if (!got.contains(s))
            missing << s;
    for (const QString &s : got)
        if (!expected.contains(s))
            extra << s;
    if (missing.isEmpty() && extra.isEmpty())
        return QStringLiteral("same entries in another order: got [%1], expected [%2]")
            .arg(got.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
    return QStringLiteral("missing [%1], not declared [%2]")
        .arg(missing.join(QStringLiteral(", ")), extra.join(QStringLiteral(", ")));
}

} // namespace labtest

#define COMPARE_LISTS(got, expected)                                                               \
    QVERIFY2((got) == (expected), qPrintable(labtest::listDiff((got), (expected))))
