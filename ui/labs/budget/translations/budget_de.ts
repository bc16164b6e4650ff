<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BudgetConsole</name>
    <message>
        <source>Query console: ask for noisy counts</source>
        <translation>Abfragekonsole: verrauschte Zählungen abfragen</translation>
    </message>
    <message>
        <source>ε = </source>
        <translation>ε = </translation>
    </message>
    <message>
        <source>ε this answer spends</source>
        <translation>ε, das diese Antwort verbraucht</translation>
    </message>
    <message>
        <source>How much of the budget the next answer spends: more ε, less noise.</source>
        <translation>Wie viel vom Budget die nächste Antwort verbraucht: mehr ε, weniger Rauschen.</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Who the count is about</source>
        <translation>Wen die Zählung betrifft</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Ask the count now (Ctrl+Return)</source>
        <translation>Die Zählung jetzt abfragen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ask every &amp;group</source>
        <translation>Jede &amp;Gruppe fragen</translation>
    </message>
    <message>
        <source>One count per age group: disjoint groups cost the maximum, not the sum</source>
        <translation>Eine Zählung je Altersgruppe: disjunkte Gruppen kosten das Maximum, nicht die Summe</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>A fresh budget and an empty list</source>
        <translation>Ein frisches Budget und eine leere Liste</translation>
    </message>
    <message>
        <source>Budget meter</source>
        <translation>Budgetanzeige</translation>
    </message>
    <message>
        <source>Last answer or refusal</source>
        <translation>Letzte Antwort oder Ablehnung</translation>
    </message>
    <message>
        <source>Answers so far, with cost and 95 % error bar</source>
        <translation>Bisherige Antworten mit Kosten und 95-%-Fehlerbalken</translation>
    </message>
    <message>
        <source>Age group under 20</source>
        <translation>Altersgruppe unter 20</translation>
    </message>
    <message>
        <source>Age group 20–39</source>
        <translation>Altersgruppe 20–39</translation>
    </message>
    <message>
        <source>Age group 40–59</source>
        <translation>Altersgruppe 40–59</translation>
    </message>
    <message>
        <source>Age group 60–79</source>
        <translation>Altersgruppe 60–79</translation>
    </message>
    <message>
        <source>Age group 80 and over</source>
        <translation>Altersgruppe ab 80</translation>
    </message>
    <message>
        <source>A fresh budget of ε = %1. Ask a count.</source>
        <translation>Ein frisches Budget von ε = %1. Fragen Sie eine Zählung ab.</translation>
    </message>
    <message>
        <source>advanced composition</source>
        <translation>erweiterter Komposition</translation>
    </message>
    <message>
        <source>zCDP</source>
        <translation>zCDP</translation>
    </message>
    <message>
        <source>basic composition, tighter than advanced here</source>
        <translation>einfacher Komposition, die hier enger ist als die erweiterte</translation>
    </message>
    <message>
        <source>basic composition, tighter than zCDP here</source>
        <translation>einfacher Komposition, die hier enger ist als zCDP</translation>
    </message>
    <message>
        <source>basic composition</source>
        <translation>einfacher Komposition</translation>
    </message>
    <message>
        <source>nothing spent yet</source>
        <translation>noch nichts verbraucht</translation>
    </message>
    <message>
        <source>Refused: ε must be a number greater than 0. Nothing was released.</source>
        <translation>Abgelehnt: ε muss eine Zahl größer als 0 sein. Nichts wurde herausgegeben.</translation>
    </message>
    <message>
        <source>Refused: there is no such group. Nothing was released.</source>
        <translation>Abgelehnt: Diese Gruppe gibt es nicht. Nichts wurde herausgegeben.</translation>
    </message>
    <message>
        <source>#%1 %2: %3 ± %4 (95 %), cost ε = %5</source>
        <translation>Nr. %1 %2: %3 ± %4 (95 %), Kosten ε = %5</translation>
    </message>
    <message>
        <source>Answer: %1 ± %2 (95 %). Total spent ε = %3 of %4, counted with %5.</source>
        <translation>Antwort: %1 ± %2 (95 %). Insgesamt verbraucht: ε = %3 von %4, berechnet mit %5.</translation>
    </message>
    <message>
        <source>%1 answers, one per age group, at ε = %2 each. Each person is in one group, so together they cost ε = %2, not %3. Total spent ε = %4 of %5.</source>
        <translation>%1 Antworten, eine je Altersgruppe, zu je ε = %2. Jede Person gehört zu genau einer Gruppe, also kosten sie zusammen ε = %2, nicht %3. Insgesamt verbraucht: ε = %4 von %5.</translation>
    </message>
    <message>
        <source>Spent ε = %1 of %2 (%3 left)</source>
        <translation>Verbraucht: ε = %1 von %2 (%3 übrig)</translation>
    </message>
    <message>
        <source>Refused: this answer costs ε = %1, but the total would reach %2, more than the budget of %3 (%4 left). Nothing was released and nothing was recorded.</source>
        <translation>Abgelehnt: Diese Antwort kostet ε = %1, aber die Summe würde %2 erreichen, mehr als das Budget von %3 (%4 übrig). Nichts wurde herausgegeben und nichts verbucht.</translation>
    </message>
    <message>
        <source>Refused: this answer costs ε = %1, but the total for %5 would reach %2, more than the budget of %3 (%4 left). Nothing was released and nothing was recorded.</source>
        <translation>Abgelehnt: Diese Antwort kostet ε = %1, aber die Summe für %5 würde %2 erreichen, mehr als das Budget von %3 (%4 übrig). Nichts wurde herausgegeben und nichts verbucht.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>What the budget does, in words</source>
        <translation>Was das Budget bewirkt, in Worten</translation>
    </message>
    <message>
        <source>Averaging attack</source>
        <translation>Mittelungsangriff</translation>
    </message>
    <message>
        <source>Answers averaged k</source>
        <translation>Gemittelte Antworten k</translation>
    </message>
    <message>
        <source>Error (people)</source>
        <translation>Fehler (Personen)</translation>
    </message>
    <message>
        <source>Reconstruction attack</source>
        <translation>Rekonstruktionsangriff</translation>
    </message>
    <message>
        <source>Subset-sum queries</source>
        <translation>Teilsummen-Abfragen</translation>
    </message>
    <message>
        <source>Recovered (%)</source>
        <translation>Aufgedeckt (%)</translation>
    </message>
    <message>
        <source>Composition: total ε</source>
        <translation>Komposition: ε insgesamt</translation>
    </message>
    <message>
        <source>Answers k</source>
        <translation>Antworten k</translation>
    </message>
    <message>
        <source>Total ε</source>
        <translation>ε insgesamt</translation>
    </message>
    <message>
        <source>Every answer costs: %1 answers at ε = %2 each add up to ε = %3 (basic), %4 (advanced) or %5 (zCDP). Averaging them, the attacker is off by %6 people; with %7 answers they would know the secret count exactly.</source>
        <translation>Jede Antwort kostet: %1 Antworten zu je ε = %2 summieren sich zu ε = %3 (einfach), %4 (erweitert) oder %5 (zCDP). Mittelt der Angreifer sie, liegt er um %6 Personen daneben; mit %7 Antworten würde er die geheime Anzahl genau kennen.</translation>
    </message>
    <message>
        <source>more than a billion</source>
        <translation>mehr als einer Milliarde</translation>
    </message>
    <message>
        <source>σ/√k</source>
        <translation>σ/√k</translation>
    </message>
    <message>
        <source>½ person</source>
        <translation>½ Person</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Exact (95 %)</source>
        <translation>Genau (95 %)</translation>
    </message>
    <message>
        <source>The average of %1 answers misses the secret by %2 people (σ/√k = %3; %4 trials, %5 of them exact).</source>
        <translation>Der Mittelwert aus %1 Antworten verfehlt das Geheimnis um %2 Personen (σ/√k = %3; %4 Durchläufe, davon %5 genau).</translation>
    </message>
    <message>
        <source> After %1 answers the attacker rounds to the exact secret with 95 % confidence.</source>
        <translation> Nach %1 Antworten rundet der Angreifer mit 95 % Sicherheit auf das genaue Geheimnis.</translation>
    </message>
    <message>
        <source> A budget of ε = %1 stops them after %2 answers, still off by about %3.</source>
        <translation> Ein Budget von ε = %1 stoppt ihn nach %2 Antworten, dann liegt er noch um etwa %3 daneben.</translation>
    </message>
    <message>
        <source> A budget of ε = %1 does not allow even one answer at this ε.</source>
        <translation> Ein Budget von ε = %1 erlaubt bei diesem ε nicht einmal eine Antwort.</translation>
    </message>
    <message>
        <source>Your noise</source>
        <translation>Ihr Rauschen</translation>
    </message>
    <message>
        <source>Noise √rows</source>
        <translation>Rauschen √Zeilen</translation>
    </message>
    <message>
        <source>DP noise</source>
        <translation>DP-Rauschen</translation>
    </message>
    <message>
        <source>Coin flip</source>
        <translation>Münzwurf</translation>
    </message>
    <message>
        <source>Your k</source>
        <translation>Ihr k</translation>
    </message>
    <message>
        <source>%1 subset sums with noise %2: least squares recovers %3 of %4 rows. With the noise a total ε = %5 needs (%6 per answer): %7. A coin flip gets 50 %.</source>
        <translation>%1 Teilsummen mit Rauschen %2: Die Methode der kleinsten Quadrate deckt %3 von %4 Zeilen auf. Mit dem Rauschen, das ein Gesamt-ε = %5 verlangt (%6 je Antwort): %7. Ein Münzwurf schafft 50 %.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>zCDP</source>
        <translation>zCDP</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Schnittpunkt</translation>
    </message>
    <message>
        <source>Within a total of ε = %1 at ε = %2 per answer: basic composition allows %3 answers, advanced %4, zCDP %5.</source>
        <translation>Bei insgesamt ε = %1 und ε = %2 je Antwort erlaubt die einfache Komposition %3 Antworten, die erweiterte %4, zCDP %5.</translation>
    </message>
    <message>
        <source> Advanced beats basic only from %1 answers on.</source>
        <translation> Die erweiterte schlägt die einfache erst ab %1 Antworten.</translation>
    </message>
    <message>
        <source> At this ε advanced composition never beats basic.</source>
        <translation> Bei diesem ε schlägt die erweiterte Komposition die einfache nie.</translation>
    </message>
    <message>
        <source> The chosen rule allows fewer answers than basic composition, so the accountant counts with basic and allows %1.</source>
        <translation> Die gewählte Regel erlaubt weniger Antworten als die einfache Komposition, darum rechnet der Buchhalter einfach und erlaubt %1.</translation>
    </message>
    <message>
        <source> The accountant uses the chosen rule and allows %1.</source>
        <translation> Der Buchhalter rechnet mit der gewählten Regel und erlaubt %1.</translation>
    </message>
    <message>
        <source> zCDP shown with the conversion of Canonne, Kamath and Steinke (Bun and Steinke&apos;s: ε = %1).</source>
        <translation> zCDP mit der Umrechnung von Canonne, Kamath und Steinke (die von Bun und Steinke ergibt ε = %1).</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>basic</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>zcdp</source>
        <translation>zCDP</translation>
    </message>
    <message>
        <source>laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>zCDP</source>
        <translation>zCDP</translation>
    </message>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <source>Privacy budget</source>
        <translation>Privatsphäre-Budget</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>Total budget ε</source>
        <translation>Gesamtbudget ε</translation>
    </message>
    <message>
        <source>The total ε the data curator allows for all answers together.</source>
        <translation>Das gesamte ε, das die Datenverwaltung für alle Antworten zusammen erlaubt.</translation>
    </message>
    <message>
        <source>ε per query</source>
        <translation>ε je Abfrage</translation>
    </message>
    <message>
        <source>How much ε one noisy count spends.</source>
        <translation>Wie viel ε eine verrauschte Zählung verbraucht.</translation>
    </message>
    <message>
        <source>The δ of advanced composition, of the zCDP conversion and of each Gaussian answer.</source>
        <translation>Das δ der erweiterten Komposition, der zCDP-Umrechnung und jeder Gauß-Antwort.</translation>
    </message>
    <message>
        <source>Queries k</source>
        <translation>Abfragen k</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>How many noisy answers the attacker gets.</source>
        <translation>Wie viele verrauschte Antworten der Angreifer bekommt.</translation>
    </message>
    <message>
        <source>Composition rule</source>
        <translation>Kompositionsregel</translation>
    </message>
    <message>
        <source>How the accountant adds up the cost of many answers.</source>
        <translation>Wie der Buchhalter die Kosten vieler Antworten zusammenzählt.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Laplace or Gaussian noise on each answer.</source>
        <translation>Laplace- oder Gauß-Rauschen auf jeder Antwort.</translation>
    </message>
    <message>
        <source>Secret count</source>
        <translation>Geheime Anzahl</translation>
    </message>
    <message>
        <source>The true count the attacker wants to learn.</source>
        <translation>Die wahre Anzahl, die der Angreifer herausfinden will.</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>How often the averaging attack is repeated.</source>
        <translation>Wie oft der Mittelungsangriff wiederholt wird.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>How many secret bits the reconstruction attack tries to recover.</source>
        <translation>Wie viele geheime Bits der Rekonstruktionsangriff aufzudecken versucht.</translation>
    </message>
    <message>
        <source>Noise on each subset sum</source>
        <translation>Rauschen je Teilsumme</translation>
    </message>
    <message>
        <source>The standard deviation of the noise on each answer of the reconstruction attack.</source>
        <translation>Die Standardabweichung des Rauschens auf jeder Antwort des Rekonstruktionsangriffs.</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
</TS>
