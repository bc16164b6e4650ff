<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ClassRoundDialog</name>
    <message>
        <source>Have you ever cheated in an exam?</source>
        <translation>Hast du schon einmal in einer Prüfung geschummelt?</translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <source>Input problem</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simuliere …</translation>
    </message>
    <message>
        <source>Experiment settings</source>
        <translation>Einstellungen des Experiments</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Not run: %1. The charts still show the last valid setting.</source>
        <translation>Nicht gerechnet: %1. Die Diagramme zeigen weiter die letzte gültige Einstellung.</translation>
    </message>
    <message>
        <source>the simulation was cancelled</source>
        <translation>die Simulation wurde abgebrochen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Figures of this experiment</source>
        <translation>Kennzahlen dieses Experiments</translation>
    </message>
    <message>
        <source>Lab and slide</source>
        <translation>Labor und Folie</translation>
    </message>
    <message>
        <source> · slide %1 of %2 (Page Down: next, Page Up: back, 1–%2: jump; Esc: leave)</source>
        <translation> · Folie %1 von %2 (Bild ab: weiter, Bild auf: zurück, 1–%2: springen; Esc: beenden)</translation>
    </message>
    <message>
        <source> · Esc: leave the presentation</source>
        <translation> · Esc: Präsentation beenden</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The lesson for this lab has not been written yet.</source>
        <translation>Die Lektion zu diesem Labor ist noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>← Previous lab: [%1](lab:%2)</source>
        <translation>← Voriges Labor: [%1](lab:%2)</translation>
    </message>
    <message>
        <source>Next lab: [%1](lab:%2) →</source>
        <translation>Nächstes Labor: [%1](lab:%2) →</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Epsilon Lab — learn differential privacy by playing with it</source>
        <translation>Epsilon Lab – Differential Privacy spielend lernen</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · seed %2</source>
        <translation>%1 · Startwert %2</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source> &amp;Seed: </source>
        <translation> &amp;Startwert: </translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers on every computer, so a class can follow the instructor.</source>
        <translation>Derselbe Startwert ergibt auf jedem Rechner dieselben Zahlen, so kann eine Klasse der Lehrkraft folgen.</translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation>&amp;Neuer Startwert</translation>
    </message>
    <message>
        <source>Pick a random seed (Ctrl+N)</source>
        <translation>Einen zufälligen Startwert wählen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Noch ein&amp;mal</translation>
    </message>
    <message>
        <source>Run the experiment again with the next seed (Space)</source>
        <translation>Das Experiment mit dem nächsten Startwert wiederholen (Leertaste)</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to this lab&apos;s starting values (Ctrl+R)</source>
        <translation>Zurück zu den Anfangswerten dieses Labors (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>Show or hide the lesson beside the experiment (F1)</source>
        <translation>Die Lektion neben dem Experiment zeigen oder verbergen (F1)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Full screen with big fonts and thick lines for a projector (F11)</source>
        <translation>Vollbild mit großer Schrift und dicken Linien für den Beamer (F11)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Lab as &amp;PNG image…</source>
        <translation>Labor als &amp;PNG-Bild …</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG drawing…</source>
        <translation>Diagramme als &amp;SVG-Zeichnung …</translation>
    </message>
    <message>
        <source>Data as &amp;CSV table…</source>
        <translation>Daten als &amp;CSV-Tabelle …</translation>
    </message>
    <message>
        <source>Figures as &amp;JSON…</source>
        <translation>Kennzahlen als &amp;JSON …</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Language of the labs and lessons; your settings stay as they are</source>
        <translation>Sprache der Labore und Lektionen; Ihre Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The lesson links to a lab called “%1” that does not exist.</source>
        <translation>Die Lektion verweist auf ein Labor „%1“, das es nicht gibt.</translation>
    </message>
    <message>
        <source>That lesson link could not be applied: %1</source>
        <translation>Dieser Verweis der Lektion ließ sich nicht anwenden: %1</translation>
    </message>
    <message>
        <source>there is no result to export yet</source>
        <translation>es gibt noch kein Ergebnis zum Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Nichts wurde gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>ParamError</name>
    <message>
        <source>expected key=value, got &apos;%1&apos;</source>
        <translation>erwartet wurde Schlüssel=Wert, nicht „%1“</translation>
    </message>
    <message>
        <source>there is no setting called %1</source>
        <translation>es gibt keine Einstellung namens %1</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 must be a number, not &apos;%2&apos;</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 muss mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss eines davon sein: %2</translation>
    </message>
    <message>
        <source>%1 must be on or off</source>
        <translation>%1 muss an oder aus sein</translation>
    </message>
    <message>
        <source>%3 must be greater than 0, not %1</source>
        <translation>%3 muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>%3 is a probability: it must lie strictly between 0 and 1, not %1</source>
        <translation>%3 ist eine Wahrscheinlichkeit: sie muss echt zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
    <message>
        <source>drawing every person would take %1 draws, more than the %2 the per-person mode allows; choose the aggregate mode</source>
        <translation>jede Person einzeln zu ziehen bräuchte %1 Ziehungen, mehr als die %2, die der Modus „Person“ erlaubt; wähle den Modus „Gesamt“</translation>
    </message>
    <message>
        <source>%3 = %1 does not fit the other settings</source>
        <translation>%3 = %1 passt nicht zu den anderen Einstellungen</translation>
    </message>
    <message>
        <source>%3 does not fit the other settings</source>
        <translation>%3 passt nicht zu den anderen Einstellungen</translation>
    </message>
</context>
<context>
    <name>ParameterControl</name>
    <message>
        <source>%1: %2 %3. %4</source>
        <translation>%1: %2 %3. %4</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>„%1“ ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist</source>
        <translation>den Ordner „%1“ gibt es nicht</translation>
    </message>
    <message>
        <source>cannot write to &apos;%1&apos;: permission denied</source>
        <translation>„%1“ kann nicht geschrieben werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation>Schreiben von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exported from Epsilon Lab</source>
        <translation>Exportiert aus Epsilon Lab</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 PP</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>0 €</source>
        <translation>0 €</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
</context>
</TS>
