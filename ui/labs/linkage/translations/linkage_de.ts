<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>LinkagePage</name>
    <message>
        <source>Who is unique and who is re-identified, in words</source>
        <translation>Wer eindeutig ist und wer re-identifiziert wird, in Worten</translation>
    </message>
    <message>
        <source>The join for the chosen voter, in words</source>
        <translation>Die Verknüpfung für die gewählte Person, in Worten</translation>
    </message>
    <message>
        <source>k-anonymity: what it costs and why it still fails</source>
        <translation>k-Anonymität: was sie kostet und warum sie trotzdem scheitert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hospital table&lt;/b&gt; (names removed, released to researchers)</source>
        <translation>&lt;b&gt;Krankenhaustabelle&lt;/b&gt; (ohne Namen, an die Forschung weitergegeben)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voter list&lt;/b&gt; (public; choose a person to join)</source>
        <translation>&lt;b&gt;Wählerverzeichnis&lt;/b&gt; (öffentlich; wähle eine Person zum Verknüpfen)</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>First rows of the hospital table</source>
        <translation>Erste Zeilen der Krankenhaustabelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First rows of the voter list</source>
        <translation>Erste Zeilen des Wählerverzeichnisses</translation>
    </message>
    <message>
        <source>Singled out, for each choice of detail</source>
        <translation>Eindeutig, für jede Wahl der Angaben</translation>
    </message>
    <message>
        <source>Possible combinations (log scale)</source>
        <translation>Mögliche Kombinationen (logarithmisch)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>The price of k-anonymity</source>
        <translation>Der Preis der k-Anonymität</translation>
    </message>
    <message>
        <source>Rows removed (%)</source>
        <translation>Entfernte Zeilen (%)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (removed: group of %n)</source>
        <translation>
            <numerusform>%1 (entfernt: Gruppe aus %n Zeile)</numerusform>
            <numerusform>%1 (entfernt: Gruppe aus %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Hospital table&lt;/b&gt;: %1 rows, names removed, %2 published. First rows:</source>
        <translation>&lt;b&gt;Krankenhaustabelle&lt;/b&gt;: %1 Zeilen, ohne Namen, veröffentlicht mit %2. Erste Zeilen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voter list&lt;/b&gt;: %1 names, public. Choose a person to join:</source>
        <translation>&lt;b&gt;Wählerverzeichnis&lt;/b&gt;: %1 Namen, öffentlich. Wählen Sie eine Person zum Verknüpfen:</translation>
    </message>
    <message>
        <source>Unique in town</source>
        <translation>Eindeutig in der Stadt</translation>
    </message>
    <message>
        <source>Re-identified patients</source>
        <translation>Re-identifizierte Patienten</translation>
    </message>
    <message>
        <source>Today&apos;s table</source>
        <translation>Heutige Tabelle</translation>
    </message>
    <message>
        <source>Each dot is one choice of published detail (24 in all). With %1, %2 of the town is unique (blue) and %3 of the patients are re-identified (red, dashed); today&apos;s table (%4, black) singles out %5.</source>
        <translation>Jeder Punkt ist eine Wahl der veröffentlichten Angaben (24 insgesamt). Mit %1 sind %2 der Stadt eindeutig (blau) und %3 der Patientinnen und Patienten re-identifiziert (rot, gestrichelt); die heutige Tabelle (%4, schwarz) macht %5 eindeutig.</translation>
    </message>
    <message>
        <source>Rows removed (k = %1)</source>
        <translation>Entfernte Zeilen (k = %1)</translation>
    </message>
    <message>
        <source>With k = 1 no row is removed. Raise k: the more detail is published, the more rows must go.</source>
        <translation>Mit k = 1 wird keine Zeile entfernt. Erhöhen Sie k: Je mehr Angaben veröffentlicht werden, desto mehr Zeilen müssen weg.</translation>
    </message>
    <message>
        <source>With k = %1, publishing %2 costs %3 of the rows; publishing %4 costs %5.</source>
        <translation>Mit k = %1 kostet die Veröffentlichung von %2 %3 der Zeilen, die von %4 %5.</translation>
    </message>
</context>
<context>
    <name>LinkageText</name>
    <message>
        <source>nothing at all</source>
        <translation>gar nichts</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (ZIP %2, born %3)</source>
        <translation>%1 (PLZ %2, geboren %3)</translation>
    </message>
    <message>
        <source>childbirth</source>
        <translation>Geburt</translation>
    </message>
    <message>
        <source>broken bone</source>
        <translation>Knochenbruch</translation>
    </message>
    <message>
        <source>influenza</source>
        <translation>Grippe</translation>
    </message>
    <message>
        <source>heart disease</source>
        <translation>Herzkrankheit</translation>
    </message>
    <message>
        <source>cancer</source>
        <translation>Krebs</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>HIV</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade, e.g. 1950s</comment>
        <translation>%1er</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>first 3 ZIP digits</source>
        <translation>PLZ-Präfix (3 Ziffern)</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>birth decade</source>
        <translation>Geburtsjahrzehnt</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>The hospital table publishes nothing that tells people apart: nobody is singled out.</source>
        <translation>Die Krankenhaustabelle veröffentlicht nichts, was Menschen unterscheidet: Niemand ist eindeutig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 people (%3)&lt;/b&gt; are the only person in town with their %4.</source>
        <translation>&lt;b&gt;%1 von %2 Menschen (%3)&lt;/b&gt; sind die einzige Person in der Stadt mit ihrer Kombination aus %4.</translation>
    </message>
    <message>
        <source>With k = %1 no published row is alone in its group, so the join names nobody directly.</source>
        <translation>Mit k = %1 steht keine veröffentlichte Zeile allein in ihrer Gruppe, also benennt die Verknüpfung niemanden direkt.</translation>
    </message>
    <message>
        <source>Joining the %1 names on the voter list with the %2 rows of the hospital table names &lt;b&gt;%3 patients (%4 of the table)&lt;/b&gt;, diagnosis and all.</source>
        <translation>Die Verknüpfung der %1 Namen im Wählerverzeichnis mit den %2 Zeilen der Krankenhaustabelle benennt &lt;b&gt;%3 Patientinnen und Patienten (%4 der Tabelle)&lt;/b&gt; – samt Diagnose.</translation>
    </message>
    <message>
        <source>The voter list is empty: with no names there is nothing to join.</source>
        <translation>Das Wählerverzeichnis ist leer: Ohne Namen gibt es nichts zu verknüpfen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The join for %1&lt;/b&gt; (voter list: ZIP %2, born %3, %4). The hospital table shows only %5: ZIP %6, born %7, sex %8.</source>
        <translation>&lt;b&gt;Die Verknüpfung für %1&lt;/b&gt; (Wählerverzeichnis: PLZ %2, geboren %3, %4). Die Krankenhaustabelle zeigt nur %5: PLZ %6, geboren %7, Geschlecht %8.</translation>
    </message>
    <message>
        <source>No hospital row matches: %1 was not in hospital, and nobody who looks the same was.</source>
        <translation>Keine Krankenhauszeile passt: %1 war nicht im Krankenhaus, und niemand mit denselben Angaben auch nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One row matches, and %1 is the only voter who fits it: re-identified.&lt;/b&gt; The attacker now knows that %1 was treated for &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Genau eine Zeile passt, und %1 ist die einzige Person im Verzeichnis, auf die sie passt: re-identifiziert.&lt;/b&gt; Die Angreiferin weiß jetzt, dass %1 wegen &lt;b&gt;%2&lt;/b&gt; behandelt wurde.</translation>
    </message>
    <message>
        <source>One row matches and %1 is the only voter who fits it, but the row belongs to someone who is not on the voter list: the attacker would wrongly conclude that %1 had %2.</source>
        <translation>Genau eine Zeile passt, und %1 ist die einzige Person im Verzeichnis, auf die sie passt – aber die Zeile gehört jemandem, der nicht im Wählerverzeichnis steht: Die Angreiferin würde fälschlich schließen, dass %1 wegen %2 im Krankenhaus war.</translation>
    </message>
    <message numerus="yes">
        <source>One row matches, but %n voters fit it: the attacker cannot tell whose row it is.</source>
        <translation>
            <numerusform>Eine Zeile passt, aber auf sie passt %n Person im Verzeichnis: Die Angreiferin kann nicht sagen, wessen Zeile es ist.</numerusform>
            <numerusform>Eine Zeile passt, aber auf sie passen %n Personen im Verzeichnis: Die Angreiferin kann nicht sagen, wessen Zeile es ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows match: %1.</source>
        <translation>
            <numerusform>%n Zeile passt: %1.</numerusform>
            <numerusform>%n Zeilen passen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They all say the same: whoever knows that %1 was in hospital learns the diagnosis anyway.</source>
        <translation>Alle sagen dasselbe: Wer weiß, dass %1 im Krankenhaus war, erfährt die Diagnose trotzdem.</translation>
    </message>
    <message>
        <source>(Truth: %1 was in hospital with %2.)</source>
        <translation>(Wahrheit: %1 war wegen %2 im Krankenhaus.)</translation>
    </message>
    <message>
        <source>(Truth: %1 was not in hospital.)</source>
        <translation>(Wahrheit: %1 war nicht im Krankenhaus.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;k-anonymity is off (k = 1):&lt;/b&gt; every row is published. Raise k to remove the rows of every group with fewer than k rows.</source>
        <translation>&lt;b&gt;k-Anonymität ist aus (k = 1):&lt;/b&gt; Jede Zeile wird veröffentlicht. Erhöhen Sie k, um die Zeilen jeder Gruppe mit weniger als k Zeilen zu entfernen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;k = %1:&lt;/b&gt; %2 of %3 hospital rows (%4) were removed because fewer than %1 rows looked the same. Every published group now has at least %1 rows.</source>
        <translation>&lt;b&gt;k = %1:&lt;/b&gt; %2 von %3 Krankenhauszeilen (%4) wurden entfernt, weil weniger als %1 Zeilen gleich aussahen. Jede veröffentlichte Gruppe hat jetzt mindestens %1 Zeilen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it still fails.&lt;/b&gt; %1 of %2 published groups (%3 patients) share a single diagnosis: whoever knows that a neighbour was in hospital, and her published details, learns it (the homogeneity attack).</source>
        <translation>&lt;b&gt;Warum es trotzdem scheitert.&lt;/b&gt; %1 von %2 veröffentlichten Gruppen (%3 Patientinnen und Patienten) haben eine einzige Diagnose: Wer weiß, dass eine Nachbarin im Krankenhaus war, und ihre veröffentlichten Angaben kennt, erfährt sie (der Homogenitätsangriff).</translation>
    </message>
    <message>
        <source>Example: %1 is in a group of %2 rows that all say %3.</source>
        <translation>Beispiel: %1 ist in einer Gruppe aus %2 Zeilen, die alle %3 lauten.</translation>
    </message>
    <message>
        <source>Every defence here depends on what the attacker already knows. Differential privacy adds noise instead, with a promise that holds whatever the attacker knows: &lt;a href=&quot;lab:differencing&quot;&gt;next, the differencing attack&lt;/a&gt;.</source>
        <translation>Jede Abwehr hier hängt davon ab, was die Angreiferin schon weiß. Differential Privacy fügt stattdessen Rauschen hinzu, mit einem Versprechen, das gilt, egal was die Angreiferin weiß: &lt;a href=&quot;lab:differencing&quot;&gt;weiter zum Differenzangriff&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Background knowledge: %1 groups hold just two diagnoses. %2 is in one with %3; an attacker who knows that %4 was not there for %5 learns: %6.</source>
        <translation>Hintergrundwissen: %1 Gruppen enthalten nur zwei Diagnosen. %2 ist in einer mit %3; wer weiß, dass %4 nicht wegen %5 dort war, erfährt: %6.</translation>
    </message>
    <message>
        <source>It also pins one row on the wrong voter: someone not on the list had those details.</source>
        <translation>Außerdem ordnet der Abgleich eine Zeile fälschlich einer Person auf der Wählerliste zu: Sie gehört jemandem, der nicht auf der Liste steht und dieselben Angaben hat.</translation>
    </message>
    <message>
        <source>It also pins %1 rows on the wrong voter: someone not on the list had those details.</source>
        <translation>Außerdem ordnet der Abgleich %1 Zeilen fälschlich Personen auf der Wählerliste zu: Sie gehören Menschen, die nicht auf der Liste stehen und dieselben Angaben haben.</translation>
    </message>
    <message>
        <source>The matching row was removed before release (groups smaller than k = %1 are suppressed).</source>
        <translation>Die passende Zeile wurde vor der Veröffentlichung entfernt (Gruppen mit weniger als k = %1 Zeilen werden unterdrückt).</translation>
    </message>
    <message>
        <source>The %1 matching rows were removed before release (groups smaller than k = %2 are suppressed).</source>
        <translation>Die %1 passenden Zeilen wurden vor der Veröffentlichung entfernt (Gruppen mit weniger als k = %2 Zeilen werden unterdrückt).</translation>
    </message>
    <message>
        <source>Publishing less detail (coarser ZIP or birth) keeps more rows but tells researchers less: the chart “The price of k-anonymity” shows what each choice costs.</source>
        <translation>Weniger Angaben (gröbere PLZ oder Geburt) erhalten mehr Zeilen, sagen der Forschung aber weniger: Das Diagramm „Der Preis der k-Anonymität“ zeigt, was jede Wahl kostet.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>Jahrzehnt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <source>Why anonymization fails</source>
        <translation>Warum Anonymisierung scheitert</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>People in the town</source>
        <translation>Menschen in der Stadt</translation>
    </message>
    <message>
        <source>How many people live in the synthetic town.</source>
        <translation>Wie viele Menschen in der synthetischen Stadt leben.</translation>
    </message>
    <message>
        <source>ZIP code published</source>
        <translation>Veröffentlichte Postleitzahl</translation>
    </message>
    <message>
        <source>How many digits of the ZIP code the hospital table keeps.</source>
        <translation>Wie viele Ziffern der Postleitzahl die Krankenhaustabelle behält.</translation>
    </message>
    <message>
        <source>Birth date published</source>
        <translation>Veröffentlichtes Geburtsdatum</translation>
    </message>
    <message>
        <source>Full birth date, only the year, only the decade, or nothing.</source>
        <translation>Volles Geburtsdatum, nur das Jahr, nur das Jahrzehnt oder nichts.</translation>
    </message>
    <message>
        <source>Sex published</source>
        <translation>Geschlecht veröffentlicht</translation>
    </message>
    <message>
        <source>Whether the hospital table keeps each patient&apos;s sex.</source>
        <translation>Ob die Krankenhaustabelle das Geschlecht jeder Patientin und jedes Patienten behält.</translation>
    </message>
    <message>
        <source>Adults on the voter list</source>
        <translation>Erwachsene im Wählerverzeichnis</translation>
    </message>
    <message>
        <source>The share of adults whose name, ZIP code, birth date and sex are on the public voter list.</source>
        <translation>Der Anteil der Erwachsenen, deren Name, Postleitzahl, Geburtsdatum und Geschlecht im öffentlichen Wählerverzeichnis stehen.</translation>
    </message>
    <message>
        <source>k-anonymity: k</source>
        <translation>k-Anonymität: k</translation>
    </message>
    <message>
        <source>Rows in groups smaller than k are removed before release (1 = none).</source>
        <translation>Zeilen in Gruppen mit weniger als k Zeilen werden vor der Veröffentlichung entfernt (1 = keine).</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>These parameters do not describe a town (%1).</source>
        <translation>Diese Parameter beschreiben keine Stadt (%1).</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
</TS>
