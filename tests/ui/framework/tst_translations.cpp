// Every translation is complete: for each .ts that ui/CMakeLists.txt expects
// (one per lab and language, plus the shared one), lupdate is run over the
// same sources into a temporary copy, exactly as `<unit>_lupdate` would, and
// the copy must have no unfinished (new or untranslated), empty or vanished
// (stale) message. The fix the failure names: build `<unit>_lupdate`, then
// translate what it marks unfinished (Qt Linguist or by hand).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
QJsonObject manifest()
{
    QFile f(QStringLiteral(EPSILON_TRANSLATIONS_MANIFEST));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct Problems
{
    QStringList unfinished, stale;
};

Problems inspect(const QString &tsPath)
{
    Problems p;
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return p;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("source"))
            source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString where = context + QStringLiteral(": ") + source;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || (type.isEmpty() && text.trimmed().isEmpty()))
                p.unfinished << where;
            else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                p.stale << where;
        }
    }
    return p;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QStringList>("sources");
        const QJsonObject m = manifest();
        QVERIFY2(!m.isEmpty(), EPSILON_TRANSLATIONS_MANIFEST);
        for (const auto &u : m.value(QLatin1String("units")).toArray()) {
            const QJsonObject unit = u.toObject();
            QStringList sources;
            for (const auto &s : unit.value(QLatin1String("sources")).toArray())
                sources << s.toString();
            for (const auto &t : unit.value(QLatin1String("ts")).toArray()) {
                const QString ts = t.toString();
                QTest::newRow(qPrintable(ts.section(QLatin1Char('/'), -1)))
                    << unit.value(QLatin1String("name")).toString() << ts << sources;
            }
        }
    }

    void complete()
    {
        QFETCH(QString, unit);
        QFETCH(QString, ts);
        QFETCH(QStringList, sources);
        QVERIFY2(
            QFile::exists(ts),
            qPrintable(QStringLiteral("%1 is missing: build the target %2_lupdate and translate it")
                           .arg(ts, unit)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(ts.section(QLatin1Char('/'), -1));
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        const QJsonObject m = manifest();
        QJsonObject project;
        project.insert(QStringLiteral("projectFile"), ts);
        project.insert(QStringLiteral("includePaths"), m.value(QLatin1String("includes")));
        project.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
        project.insert(QStringLiteral("translations"), QJsonArray{copy});
        QFile projectFile(dir.filePath(QStringLiteral("project.json")));
        QVERIFY(projectFile.open(QIODevice::WriteOnly));
        projectFile.write(QJsonDocument(project).toJson());
        projectFile.close();

        QStringList args{QStringLiteral("-project"), projectFile.fileName()};
        for (const auto &o : m.value(QLatin1String("options")).toArray())
            args << o.toString();
        QProcess lupdate;
        lupdate.start(QStringLiteral(EPSILON_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const Problems p = inspect(copy);
        const auto show = [](const QStringList &l) {
            return QStringList(l.mid(0, 12)).join(QStringLiteral("\n    ")) +
                   (l.size() > 12 ? QStringLiteral("\n    … and %1 more").arg(l.size() - 12)
                                  : QString());
        };
        QVERIFY2(p.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings in %2 are not translated (build %3_lupdate, "
                                           "then translate):\n    %4")
                                .arg(p.unfinished.size())
                                .arg(ts, unit, show(p.unfinished))));
        QVERIFY2(
            p.stale.isEmpty(),
            qPrintable(
                QStringLiteral(
                    "%1 strings in %2 no longer exist in the sources (build %3_lupdate):\n    %4")
                    .arg(p.stale.size())
                    .arg(ts, unit, show(p.stale))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
