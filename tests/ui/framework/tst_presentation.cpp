// The projector view from the keyboard, as an instructor drives it: F11
// enters (lab list and lesson step aside, the controls move to the strip),
// Page Down / Page Up step through the slides, 1–9 jump (also while a slider
// in the strip has the focus), and Esc or F11 leave and give back the window
// exactly as it was: geometry, lab list, lesson, controls beside the charts.
#include "framework/labpage.h"
#include "framework/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QSlider>
#include <QSplitter>
#include <QTest>

class TestPresentation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysStepAndLeave_data();
    void keysStepAndLeave();

private:
    struct Look
    {
        QRect geometry;
        bool listVisible;
        QRect listGeometry;
        bool lessonVisible;
        QList<int> pageSplitter;
        bool presentation;
        bool operator==(const Look &) const = default;
    };
    Look look() const;
    LabPage *m_page = nullptr;
    MainWindow *m_window = nullptr;
};

TestPresentation::Look TestPresentation::look() const
{
    auto *list = m_window->findChild<QListWidget *>();
    auto *splitter = m_page->findChild<QSplitter *>();
    return {m_window->geometry(),    list->isVisible(), list->geometry(),
            m_page->lessonVisible(), splitter->sizes(), m_window->presentation()};
}

void TestPresentation::initTestCase()
{
    m_window = new MainWindow(false);
    // Away from the screen's corner, where restoring a geometry moves a
    // window down to keep its title bar on screen.
    m_window->setGeometry(120, 90, 1280, 720);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // The lab with the most slides on a 1280×720 projector.
    int most = 0;
    for (LabPage *p : m_window->pages()) {
        m_window->showLab(p->objectName());
        m_window->setPresentation(true, false);
        if (p->slideCount() > most) {
            most = p->slideCount();
            m_page = p;
        }
        m_window->setPresentation(false, false);
    }
    QVERIFY2(most >= 3, "no lab has three slides to step through");
    m_window->showLab(m_page->objectName());
    m_page->waitUntilDrawn();
    QCoreApplication::processEvents();
}

void TestPresentation::keysStepAndLeave_data()
{
    QTest::addColumn<int>("leaveKey");
    QTest::newRow("Esc") << static_cast<int>(Qt::Key_Escape);
    QTest::newRow("F11") << static_cast<int>(Qt::Key_F11);
}

void TestPresentation::keysStepAndLeave()
{
    QFETCH(int, leaveKey);
    const Look before = look();
    QVERIFY(before.listVisible);
    QVERIFY(!before.presentation);

    QTest::keyClick(m_window, Qt::Key_F11);
    QTRY_VERIFY(m_window->presentation());
    QVERIFY(!m_window->findChild<QListWidget *>()->isVisible());
    QVERIFY(!m_page->lessonVisible());
    const int count = m_page->slideCount();
    QVERIFY2(count >= 3, qPrintable(QString::number(count)));
    QCOMPARE(m_page->currentSlide(), 0);

    QWidget *target = m_window;
    QTest::keyClick(target, Qt::Key_PageDown);
    QCOMPARE(m_page->currentSlide(), 1);
    QTest::keyClick(target, Qt::Key_PageDown);
    QCOMPARE(m_page->currentSlide(), 2);
    QTest::keyClick(target, Qt::Key_PageUp);
    QCOMPARE(m_page->currentSlide(), 1);
    QTest::keyClick(target, Qt::Key_1);
    QCOMPARE(m_page->currentSlide(), 0);
    QTest::keyClick(target, Qt::Key_PageUp); // stays on the first
    QCOMPARE(m_page->currentSlide(), 0);
    QTest::keyClick(target, Qt::Key_3);
    QCOMPARE(m_page->currentSlide(), 2);
    QTest::keyClick(target, Qt::Key_9); // past the last: the last
    QCOMPARE(m_page->currentSlide(), count - 1);
    QTest::keyClick(target, Qt::Key_PageDown); // stays on the last
    QCOMPARE(m_page->currentSlide(), count - 1);
    QTest::keyClick(target, Qt::Key_2, Qt::KeypadModifier); // the number pad too
    QCOMPARE(m_page->currentSlide(), 1);

    // A slider in the strip has the focus: Page Down still turns the slide
    // (and does not move the slider).
    auto *slider = m_page->findChild<QSlider *>();
    QVERIFY(slider && slider->isVisible());
    slider->setFocus();
    const int position = slider->value();
    QTest::keyClick(slider, Qt::Key_PageDown);
    QCOMPARE(m_page->currentSlide(), 2);
    QCOMPARE(slider->value(), position);
    QTest::keyClick(slider, Qt::Key_1);
    QCOMPARE(m_page->currentSlide(), 0);

    QTest::keyClick(m_window->focusWidget() ? m_window->focusWidget() : m_window,
                    static_cast<Qt::Key>(leaveKey));
    QTRY_VERIFY(!m_window->presentation());
    QCoreApplication::processEvents();
    const Look after = look();
    QCOMPARE(after.geometry, before.geometry);
    QCOMPARE(after.listVisible, before.listVisible);
    QCOMPARE(after.listGeometry, before.listGeometry);
    QCOMPARE(after.lessonVisible, before.lessonVisible);
    QCOMPARE(after.pageSplitter, before.pageSplitter);
    QCOMPARE(m_page->currentSlide(), 0);
    // Out of presentation the keys are the widgets' own again.
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QVERIFY(!m_window->presentation());
    QCOMPARE(m_page->currentSlide(), 0);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
