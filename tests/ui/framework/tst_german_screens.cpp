// Every lab of allLabs() in German shows no English-only sentence. Each lab
// is opened twice with the same seed and settings, in English and in German;
// every visible text a person reads (labels, buttons, check boxes, group
// boxes, combo boxes, table cells and headers, chart titles, axis titles and
// legend entries) is collected, numbers are blanked, and a German text that
// is also on the English screen word for word fails the test, unless all its
// words are the same in both languages (kSameInBoth: "Global", "Median", …).
#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"
#include "pagetest.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>

#include <algorithm>

namespace {
// Words that are spelled the same in English and German (or are names,
// symbols and units): a text made only of these is not "English-only".
const QSet<QString> kSameInBoth{
    QStringLiteral("global"),  QStringLiteral("median"),     QStringLiteral("epsilon"),
    QStringLiteral("lab"),     QStringLiteral("laplace"),    QStringLiteral("normal"),
    QStringLiteral("auto"),    QStringLiteral("max"),        QStringLiteral("min"),
    QStringLiteral("ε"),       QStringLiteral("δ"),          QStringLiteral("σ"),
    QStringLiteral("μ"),       QStringLiteral("n"),          QStringLiteral("c"),
    QStringLiteral("t"),       QStringLiteral("sf"),         QStringLiteral("se"),
    QStringLiteral("dp"),      QStringLiteral("csv"),        QStringLiteral("json"),
    QStringLiteral("png"),     QStringLiteral("svg"),        QStringLiteral("balle"),
    QStringLiteral("wang"),    QStringLiteral("dwork"),      QStringLiteral("roth"),
    QStringLiteral("o"),       QStringLiteral("experiment"), QStringLiteral("simulation"),
    QStringLiteral("theorie"), QStringLiteral("budget"),     QStringLiteral("gauss"),
    QStringLiteral("zcdp"),    QStringLiteral("rdp"),        QStringLiteral("e"),
    QStringLiteral("b"),       QStringLiteral("x"),          QStringLiteral("y"),
    QStringLiteral("k"),       QStringLiteral("q"),          QStringLiteral("sim"),
    QStringLiteral("log"),     QStringLiteral("ln"),         QStringLiteral("pp"),
    QStringLiteral("name"),    QStringLiteral("hiv"),
};

QString plain(const QString &text)
{
    QString t =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.remove(QLatin1Char('&')); // mnemonics
    // Numbers in either locale ("1,234.5", "1.234,5", "10⁻⁵", "12 %") become "#".
    static const QRegularExpression number(
        QStringLiteral("[−+-]?[0-9][0-9.,  ]*[0-9⁰¹²³⁴⁵⁶⁷⁸⁹⁻]*|[0-9]"));
    t.replace(number, QStringLiteral("#"));
    return t.simplified();
}

// Words of a text that are not the same in both languages.
QStringList telltaleWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        // Symbols ("εN", "σ_o"), one- and two-letter abbreviations say nothing about the language.
        const bool symbol = w.size() < 3 || std::any_of(w.begin(), w.end(), [](QChar c) {
                                return c.unicode() >= 0x0370 && c.unicode() <= 0x03FF;
                            });
        if (!symbol && !kSameInBoth.contains(w))
            out << w;
    }
    return out;
}

void add(QSet<QString> &texts, const QString &raw)
{
    const QString t = plain(raw);
    if (!t.isEmpty())
        texts.insert(t);
}

// What a person reads on the page (visible widgets only).
QSet<QString> screenTexts(QWidget *root)
{
    QSet<QString> texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            add(texts, l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(texts, b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(texts, g->title());
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(texts, c->itemText(i));
        } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            // A cell of two capitalised words is a person's name (the linkage
            // town's voters): data, the same in every language.
            static const QRegularExpression personName(
                QStringLiteral("^\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$"));
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    if (auto *item = t->item(r, c);
                        item && !personName.match(item->text()).hasMatch())
                        add(texts, item->text());
            for (int c = 0; c < t->columnCount(); ++c)
                if (auto *h = t->horizontalHeaderItem(c))
                    add(texts, h->text());
        } else if (auto *v = qobject_cast<QChartView *>(w)) {
            QChart *chart = v->chart();
            add(texts, chart->title());
            for (QAbstractAxis *a : chart->axes())
                if (a->isVisible() && a->isTitleVisible())
                    add(texts, a->titleText());
            for (QLegendMarker *m : chart->legend()->markers())
                if (m->isVisible())
                    add(texts, m->label());
        }
    }
    return texts;
}

QSet<QString> openIn(const QString &lang, const QString &lab)
{
    language::install(lang);
    MainWindow *window = nullptr;
    LabPage *page = pagetest::openLab<LabPage>(window, lab);
    QSet<QString> texts;
    if (page) {
        window->setSeed(42);
        pagetest::settle(page);
        texts = screenTexts(window);
    }
    delete window;
    return texts;
}
} // namespace

class TestGermanScreens : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { language::install(QStringLiteral("en")); }

    void noEnglishOnScreen_data()
    {
        QTest::addColumn<QString>("lab");
        for (const dp::LabModel *lab : dp::allLabs())
            QTest::newRow(lab->id().c_str()) << QString::fromStdString(lab->id());
    }

    void noEnglishOnScreen()
    {
        QFETCH(QString, lab);
        QVERIFY(language::available().contains(QStringLiteral("de")));
        const QSet<QString> english = openIn(QStringLiteral("en"), lab);
        const QSet<QString> german = openIn(QStringLiteral("de"), lab);
        QVERIFY2(english.size() > 10,
                 qPrintable(QStringLiteral("only %1 texts found").arg(english.size())));
        QStringList untranslated;
        static const QRegularExpression id(
            QStringLiteral("^[a-z0-9]+(_[a-z0-9]+)+$")); // a stable export id
        for (const QString &t : german)
            if (english.contains(t) && !telltaleWords(t).isEmpty() && !id.match(t).hasMatch())
                untranslated << t;
        untranslated.sort();
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 English-only texts on the German %2 screen:\n    %3")
                                .arg(untranslated.size())
                                .arg(lab, untranslated.join(QStringLiteral("\n    ")))));
    }
};

QTEST_MAIN(TestGermanScreens)
#include "tst_german_screens.moc"
