<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DifferencingPage</name>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>The attack in words</source>
        <translation>Der Angriff in Worten</translation>
    </message>
    <message>
        <source>Repeated attacks in words</source>
        <translation>Wiederholte Angriffe in Worten</translation>
    </message>
    <message>
        <source>Special cases</source>
        <translation>Sonderfälle</translation>
    </message>
    <message>
        <source>People shown</source>
        <translation>Gezeigte Personen</translation>
    </message>
    <message>
        <source>How to read the people</source>
        <translation>So lesen Sie die Personen</translation>
    </message>
    <message>
        <source>Parallel databases</source>
        <translation>Parallele Datenbanken</translation>
    </message>
    <message>
        <source>Row of the person removed</source>
        <translation>Zeile der entfernten Person</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Attacker&apos;s success against ε</source>
        <translation>Erfolg der Angreiferin gegen ε</translation>
    </message>
    <message>
        <source>ε per query (log scale)</source>
        <translation>ε pro Abfrage (log. Skala)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Noise and privacy budget in words</source>
        <translation>Rauschen und Privatsphäre-Budget in Worten</translation>
    </message>
    <message>
        <source>Sensitivity table title</source>
        <translation>Titel der Sensitivitätstabelle</translation>
    </message>
    <message>
        <source>Sensitivity of every query</source>
        <translation>Sensitivität jeder Abfrage</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>Warum sie sich unterscheiden</translation>
    </message>
    <message>
        <source>The largest change one person makes on this database</source>
        <translation>Die größte Änderung, die eine Person in dieser Datenbank bewirkt</translation>
    </message>
    <message>
        <source>The largest change one person can make on any database of N people</source>
        <translation>Die größte Änderung, die eine Person in irgendeiner Datenbank mit N Personen bewirken kann</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;One attack on row %1:&lt;/b&gt; she really %2. The attacker guesses &lt;b&gt;%3&lt;/b&gt;: &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Ein Angriff auf Zeile %1:&lt;/b&gt; Sie %2. Die Angreiferin tippt auf &lt;b&gt;%3&lt;/b&gt;: &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>has it (1)</source>
        <translation>hat es wirklich (1)</translation>
    </message>
    <message>
        <source>does not have it (0)</source>
        <translation>hat es wirklich nicht (0)</translation>
    </message>
    <message>
        <source>right.</source>
        <translation>richtig.</translation>
    </message>
    <message>
        <source>wrong.</source>
        <translation>falsch.</translation>
    </message>
    <message>
        <source>with her</source>
        <translation>mit ihr</translation>
    </message>
    <message>
        <source>without her</source>
        <translation>ohne sie</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>%1, exakt</translation>
    </message>
    <message>
        <source>Laplace noise</source>
        <translation>Laplace-Rauschen</translation>
    </message>
    <message>
        <source>The attacker sees</source>
        <translation>Die Angreiferin sieht</translation>
    </message>
    <message>
        <source>She computes %1%2 − %3%4 = &lt;b&gt;%5&lt;/b&gt;, %6 ½, so she guesses %7.</source>
        <translation>Sie rechnet %1%2 − %3%4 = &lt;b&gt;%5&lt;/b&gt;, %6 ½, also tippt sie auf %7.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>not above</source>
        <translation>nicht über</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Over %1 attacks: right %2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Bei %1 Angriffen: richtig in %2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; exact chance %3; a blind guess is right 50 % of the time.</source>
        <translation>95-%-Intervall %1 bis %2; exakte Chance %3; blindes Raten trifft in 50 % der Fälle.</translation>
    </message>
    <message>
        <source>Privacy ceiling: &lt;b&gt;none&lt;/b&gt;. Without noise differential privacy promises nothing (ε = ∞): unlimited privacy loss.</source>
        <translation>Obergrenze durch Privatsphäre: &lt;b&gt;keine&lt;/b&gt;. Ohne Rauschen verspricht Differential Privacy nichts (ε = ∞): unbegrenzter Verlust an Privatsphäre.</translation>
    </message>
    <message>
        <source>Privacy ceiling: &lt;b&gt;50 %&lt;/b&gt;. The answers do not depend on her secret, so no attack can beat a blind guess.</source>
        <translation>Obergrenze durch Privatsphäre: &lt;b&gt;50 %&lt;/b&gt;. Die Antworten hängen nicht von ihrem Geheimnis ab, also kann kein Angriff blindes Raten übertreffen.</translation>
    </message>
    <message>
        <source>Privacy ceiling: &lt;b&gt;%1&lt;/b&gt;. No attack on an ε = %2 answer can beat e^ε/(1 + e^ε).</source>
        <translation>Obergrenze durch Privatsphäre: &lt;b&gt;%1&lt;/b&gt;. Kein Angriff auf eine Antwort mit ε = %2 kann e^ε/(1 + e^ε) übertreffen.</translation>
    </message>
    <message>
        <source>Budget: no noise, so ε = ∞ for both queries together; her secret costs nothing (ε = 0), because this query ignores it.</source>
        <translation>Budget: kein Rauschen, also ε = ∞ für beide Abfragen zusammen; ihr Geheimnis kostet nichts (ε = 0), weil diese Abfrage es nicht beachtet.</translation>
    </message>
    <message>
        <source>Budget: no noise, so ε = ∞ for her secret and for both queries together.</source>
        <translation>Budget: kein Rauschen, also ε = ∞ für ihr Geheimnis und für beide Abfragen zusammen.</translation>
    </message>
    <message>
        <source>Budget: ε = %1. Δ = 0: the answer cannot depend on anyone, so no noise is needed and nothing is spent.</source>
        <translation>Budget: ε = %1. Δ = 0: Die Antwort kann von niemandem abhängen, also ist kein Rauschen nötig, und nichts wird verbraucht.</translation>
    </message>
    <message>
        <source>Noise scale b = Δ/ε = %1/%2 = %3, from the global sensitivity Δ (never the measured one: that would leak). Budget: ε = %4 spent on her secret, %5 by both queries together.</source>
        <translation>Rauschskala b = Δ/ε = %1/%2 = %3, aus der globalen Sensitivität Δ (nie aus der gemessenen: die würde selbst etwas verraten). Budget: ε = %4 für ihr Geheimnis, %5 für beide Abfragen zusammen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The %1 people in the database&lt;/b&gt; (%2 have it)</source>
        <translation>&lt;b&gt;Die %1 Personen in der Datenbank&lt;/b&gt; (%2 haben es)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows %1 to %2 of %3 people&lt;/b&gt; (%4 of all have it)</source>
        <translation>&lt;b&gt;Zeilen %1 bis %2 von %3 Personen&lt;/b&gt; (%4 von allen haben es)</translation>
    </message>
    <message>
        <source>Green 1 = has it, white 0 = does not; red ✗ = the target, left out of the second query%1. Hover for details.</source>
        <translation>Grüne 1 = hat es, weiße 0 = hat es nicht; rotes ✗ = die Zielperson, in der zweiten Abfrage weggelassen%1. Mit der Maus darüber für Einzelheiten.</translation>
    </message>
    <message>
        <source>; purple dashes = largest change</source>
        <translation>; violette Striche = größte Änderung</translation>
    </message>
    <message>
        <source> (millions)</source>
        <translation> (Millionen)</translation>
    </message>
    <message>
        <source> (thousands)</source>
        <translation> (Tausend)</translation>
    </message>
    <message>
        <source>Row flipped</source>
        <translation>Umgedrehte Zeile</translation>
    </message>
    <message>
        <source>Row removed</source>
        <translation>Entfernte Zeile</translation>
    </message>
    <message>
        <source>Any flip</source>
        <translation>Jedes Umdrehen</translation>
    </message>
    <message>
        <source>Anyone out</source>
        <translation>Irgendwer fehlt</translation>
    </message>
    <message>
        <source>1→0</source>
        <translation>1→0</translation>
    </message>
    <message>
        <source>A 1 out</source>
        <translation>Eine 1 fehlt</translation>
    </message>
    <message>
        <source>0→1</source>
        <translation>0→1</translation>
    </message>
    <message>
        <source>A 0 out</source>
        <translation>Eine 0 fehlt</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größte</translation>
    </message>
    <message>
        <source>The %1 on each of the %2 parallel databases (%3) against %4 on the full database. The largest change, %5 at row %6, is the sensitivity measured on this database; the worst case over all databases (global) is %7.</source>
        <translation>Die Abfrage „%1“ auf jeder der %2 parallelen Datenbanken (%3) gegen %4 auf der vollständigen Datenbank. Die größte Änderung, %5 in Zeile %6, ist die auf dieser Datenbank gemessene Sensitivität; der ungünstigste Fall über alle Datenbanken (global) ist %7.</translation>
    </message>
    <message>
        <source>one value flipped in each</source>
        <translation>in jeder ein Wert umgedreht</translation>
    </message>
    <message>
        <source>one person removed from each</source>
        <translation>aus jeder eine Person entfernt</translation>
    </message>
    <message>
        <source>The %1 is %2 on the full database and on every one of the %3 parallel databases: nobody changes it, so the sensitivity measured here is 0. The worst case over all databases (global) is %4.</source>
        <translation>Die Abfrage „%1“ ergibt %2 auf der vollständigen Datenbank und auf jeder der %3 parallelen Datenbanken: Niemand ändert sie, also ist die hier gemessene Sensitivität 0. Der ungünstigste Fall über alle Datenbanken (global) ist %4.</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>DP cap</source>
        <translation>DP-Grenze</translation>
    </message>
    <message>
        <source>Blind guess</source>
        <translation>Blindes Raten</translation>
    </message>
    <message>
        <source>Your ε</source>
        <translation>Ihr ε</translation>
    </message>
    <message>
        <source>With Laplace noise at your ε = %1 per query the attacker was right %2 of the time over %3 attacks; her exact chance, %4, stays at or below the differential-privacy ceiling of %5. Smaller ε pushes her towards the 50 % of a blind guess.</source>
        <translation>Mit Laplace-Rauschen bei Ihrem ε = %1 pro Abfrage lag die Angreiferin in %2 von %3 Angriffen richtig; ihre exakte Chance, %4, bleibt höchstens bei der Obergrenze der Differential Privacy von %5. Kleineres ε drückt sie in Richtung der 50 % des blinden Ratens.</translation>
    </message>
    <message>
        <source>Your answers carry no noise, so ε does not matter yet: the attacker is right %1 of the time. The curves show what Laplace noise would do, from %2 right at ε = 0.01 to %3 at ε = 10.</source>
        <translation>Ihre Antworten tragen kein Rauschen, also spielt ε noch keine Rolle: Die Angreiferin liegt in %1 der Fälle richtig. Die Kurven zeigen, was Laplace-Rauschen bewirken würde, von %2 richtig bei ε = 0,01 bis %3 bei ε = 10.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sensitivity of every query when one person&apos;s value is changed&lt;/b&gt; (N = %1, %2 have it; global = worst case over every database)</source>
        <translation>&lt;b&gt;Sensitivität jeder Abfrage, wenn der Wert einer Person geändert wird&lt;/b&gt; (N = %1, %2 haben es; global = ungünstigster Fall über alle Datenbanken)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sensitivity of every query when one person is removed&lt;/b&gt; (N = %1, %2 have it; global = worst case over every database)</source>
        <translation>&lt;b&gt;Sensitivität jeder Abfrage, wenn eine Person entfernt wird&lt;/b&gt; (N = %1, %2 haben es; global = ungünstigster Fall über alle Datenbanken)</translation>
    </message>
    <message>
        <source>Noisy count</source>
        <translation>Verrauschte Anzahl</translation>
    </message>
    <message>
        <source>Mean = sum/count</source>
        <translation>Mittelwert = Summe/Anzahl</translation>
    </message>
    <message>
        <source>Mean as noisy sum and noisy count, each ε/2 with scale %1. Budget (remove-one): ε = %2 for the query with her, %3 for both; her value: ε = %4.</source>
        <translation>Mittelwert als verrauschte Summe und verrauschte Anzahl, je ε/2 mit Skala %1. Budget (Entfernen): ε = %2 für die Abfrage mit ihr, %3 für beide; ihr Wert: ε = %4.</translation>
    </message>
    <message>
        <source>Noise scale b = Δ/ε = %1/%2 = %3, from the global sensitivity Δ (never the measured one: that would leak). Budget (remove-one): ε = %4 for the query with her, %5 for both. Counted by changing her value (replace-one): %6 and %7.</source>
        <translation>Rauschskala b = Δ/ε = %1/%2 = %3, aus der globalen Sensitivität Δ (nie aus der gemessenen: die würde selbst etwas verraten). Budget (Entfernen): ε = %4 für die Abfrage mit ihr, %5 für beide. Gezählt über das Ändern ihres Werts (Ersetzen): %6 und %7.</translation>
    </message>
</context>
<context>
    <name>DifferencingText</name>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Here (%1 of %2 have it)</source>
        <translation>Hier (%1 von %2 haben es)</translation>
    </message>
    <message>
        <source>Changing one person&apos;s value moves the sum by exactly 1, on every database.</source>
        <translation>Den Wert einer Person zu ändern, verschiebt die Summe um genau 1, auf jeder Datenbank.</translation>
    </message>
    <message>
        <source>Removing a person lowers the sum by her own value, 0 or 1, so the worst case is 1. %1 nobody has it, so no removal changes the sum: measured 0.</source>
        <translation>Eine Person zu entfernen, senkt die Summe um ihren eigenen Wert, 0 oder 1, also ist der ungünstigste Fall 1. %1 hat es niemand, also ändert kein Entfernen die Summe: gemessen 0.</translation>
    </message>
    <message>
        <source>Removing a person lowers the sum by her own value, 0 or 1, so the worst case is 1. %1 anyone who has it reaches that worst case.</source>
        <translation>Eine Person zu entfernen, senkt die Summe um ihren eigenen Wert, 0 oder 1, also ist der ungünstigste Fall 1. %1 erreicht jede Person, die es hat, diesen ungünstigsten Fall.</translation>
    </message>
    <message>
        <source>Removing anyone lowers the count by exactly 1, on every database: measured and global agree. The count says nothing about anyone&apos;s secret, though.</source>
        <translation>Jedes Entfernen senkt die Anzahl um genau 1, auf jeder Datenbank: gemessen und global stimmen überein. Über das Geheimnis einer Person sagt die Anzahl allerdings nichts.</translation>
    </message>
    <message>
        <source>Changing a value does not change how many people there are: 0 on every database.</source>
        <translation>Einen Wert zu ändern, ändert nicht, wie viele Personen es gibt: 0 auf jeder Datenbank.</translation>
    </message>
    <message>
        <source>For 0/1 data one person moves the mean by at most 1/N = %1. %2 removing someone moves it by at most %3: the full 1/N needs everyone else to hold the other value. Without bounds on the values (incomes, say) one person could move a mean by any amount: the sensitivity would be unbounded.</source>
        <translation>Bei 0/1-Daten verschiebt eine Person den Mittelwert um höchstens 1/N = %1. %2 verschiebt ihn das Entfernen einer Person um höchstens %3: Die vollen 1/N setzen voraus, dass alle anderen den anderen Wert haben. Ohne Schranken für die Werte (etwa bei Einkommen) könnte eine Person einen Mittelwert beliebig verschieben: Die Sensitivität wäre unbeschränkt.</translation>
    </message>
    <message>
        <source>For 0/1 data one person moves the mean by at most 1/N = %1. Changing one value moves it by exactly 1/N, on every database. Without bounds on the values (incomes, say) one person could move a mean by any amount: the sensitivity would be unbounded.</source>
        <translation>Bei 0/1-Daten verschiebt eine Person den Mittelwert um höchstens 1/N = %1. Einen Wert zu ändern, verschiebt ihn um genau 1/N, auf jeder Datenbank. Ohne Schranken für die Werte (etwa bei Einkommen) könnte eine Person einen Mittelwert beliebig verschieben: Die Sensitivität wäre unbeschränkt.</translation>
    </message>
    <message>
        <source>Median = average of the two middle values; for 0/1 data it is 0, ½ or 1 and it moves only when the 0s and 1s are nearly balanced.</source>
        <translation>Median = Mittel der beiden mittleren Werte; bei 0/1-Daten ist er 0, ½ oder 1 und bewegt sich nur, wenn Nullen und Einsen fast ausgeglichen sind.</translation>
    </message>
    <message>
        <source>%1 they are not, so nobody moves it: measured 0.</source>
        <translation>%1 sind sie es nicht, also bewegt ihn niemand: gemessen 0.</translation>
    </message>
    <message>
        <source>%1 they are, and one person moves it by %2.</source>
        <translation>%1 sind sie es, und eine Person bewegt ihn um %2.</translation>
    </message>
    <message>
        <source>Worst case ½: removing one person never takes it from 0 all the way to 1.</source>
        <translation>Ungünstigster Fall ½: Das Entfernen einer Person bringt ihn nie von 0 ganz bis 1.</translation>
    </message>
    <message>
        <source>Worst case 1: with N odd, flipping one value can swing it from 0 to 1.</source>
        <translation>Ungünstigster Fall 1: Bei ungeradem N kann das Umdrehen eines Werts ihn von 0 auf 1 springen lassen.</translation>
    </message>
    <message>
        <source>Worst case ½: with N even, one flip moves it only to or from ½.</source>
        <translation>Ungünstigster Fall ½: Bei geradem N bewegt ein Umdrehen ihn nur nach ½ oder von ½ weg.</translation>
    </message>
    <message>
        <source>The maximum of 0/1 data is 1 as soon as anyone has it.</source>
        <translation>Das Maximum von 0/1-Daten ist 1, sobald irgendwer es hat.</translation>
    </message>
    <message>
        <source>%1 no single person changes it: measured 0.</source>
        <translation>%1 ändert es keine einzelne Person: gemessen 0.</translation>
    </message>
    <message>
        <source>%1 one person changes it: measured 1.</source>
        <translation>%1 ändert es eine Person: gemessen 1.</translation>
    </message>
    <message>
        <source>Worst case 1: a database where exactly one person has it.</source>
        <translation>Ungünstigster Fall 1: eine Datenbank, in der genau eine Person es hat.</translation>
    </message>
    <message>
        <source>Worst case 1: a database where at most one person has it.</source>
        <translation>Ungünstigster Fall 1: eine Datenbank, in der höchstens eine Person es hat.</translation>
    </message>
    <message>
        <source>T = %1 is not below N = %2: the sum can never be above T, the answer is always “no”, and nobody can change it.</source>
        <translation>T = %1 liegt nicht unter N = %2: Die Summe kann nie über T liegen, die Antwort ist immer „nein“, und niemand kann sie ändern.</translation>
    </message>
    <message>
        <source>“Is the sum above T” changes only when one removal crosses the edge: sum = T + 1 = %1.</source>
        <translation>„Liegt die Summe über T?“ ändert sich nur, wenn ein Entfernen die Kante überschreitet: Summe = T + 1 = %1.</translation>
    </message>
    <message>
        <source>“Is the sum above T” changes only when one flip crosses the edge: sum = T = %1 or T + 1.</source>
        <translation>„Liegt die Summe über T?“ ändert sich nur, wenn ein Umdrehen die Kante überschreitet: Summe = T = %1 oder T + 1.</translation>
    </message>
    <message>
        <source>Here the sum is %1, away from the edge: nobody changes the answer (measured 0).</source>
        <translation>Hier ist die Summe %1, weit von der Kante: Niemand ändert die Antwort (gemessen 0).</translation>
    </message>
    <message>
        <source>Here the sum is %1, right at the edge: one person flips the answer (measured 1).</source>
        <translation>Hier ist die Summe %1, genau an der Kante: Eine Person kippt die Antwort (gemessen 1).</translation>
    </message>
    <message>
        <source>Worst case 1, so noise must be scaled to 1 even where the measured value is 0.</source>
        <translation>Ungünstigster Fall 1, also muss das Rauschen auf 1 skaliert werden, selbst wo der gemessene Wert 0 ist.</translation>
    </message>
    <message>
        <source>The attacker subtracts: sum with her − sum without her = her value.</source>
        <translation>Die Angreiferin subtrahiert: Summe mit ihr − Summe ohne sie = ihr Wert.</translation>
    </message>
    <message>
        <source>The attacker subtracts the two counts. The difference is 1 whatever the secret: she learns only that the target is in the database.</source>
        <translation>Die Angreiferin subtrahiert die beiden Anzahlen. Der Unterschied ist 1, wie auch immer das Geheimnis lautet: Sie erfährt nur, dass die Zielperson in der Datenbank ist.</translation>
    </message>
    <message>
        <source>The attacker turns the means back into sums: N × (mean with her) − (N − 1) × (mean without her) = her value.</source>
        <translation>Die Angreiferin macht aus den Mittelwerten wieder Summen: N × (Mittelwert mit ihr) − (N − 1) × (Mittelwert ohne sie) = ihr Wert.</translation>
    </message>
    <message>
        <source>The median goes up when a 1 joins and down when a 0 joins. The attacker computes 2 × (median with her) − (median without her): if the median did not move, this bets that she is on the side where it sits.</source>
        <translation>Der Median steigt, wenn eine 1 hinzukommt, und sinkt, wenn eine 0 hinzukommt. Die Angreiferin rechnet 2 × (Median mit ihr) − (Median ohne sie): Hat sich der Median nicht bewegt, wettet das darauf, dass sie auf der Seite liegt, auf der er sitzt.</translation>
    </message>
    <message>
        <source>The attacker subtracts: max with her − max without her. That is her value only if nobody else has it.</source>
        <translation>Die Angreiferin subtrahiert: Maximum mit ihr − Maximum ohne sie. Das ist nur dann ihr Wert, wenn niemand sonst es hat.</translation>
    </message>
    <message>
        <source>The attacker subtracts the two yes/no answers (yes = 1). They differ only when the others&apos; sum is exactly T.</source>
        <translation>Die Angreiferin subtrahiert die beiden Ja/Nein-Antworten (ja = 1). Sie unterscheiden sich nur, wenn die Summe der anderen genau T ist.</translation>
    </message>
    <message>
        <source>She guesses 1 when the result is above ½, otherwise 0.</source>
        <translation>Sie tippt auf 1, wenn das Ergebnis über ½ liegt, sonst auf 0.</translation>
    </message>
    <message>
        <source>%1 of the other %2</source>
        <translation>%1 der anderen %2</translation>
    </message>
    <message>
        <source>Without noise this attack recovers her value every time, whoever she is.</source>
        <translation>Ohne Rauschen findet dieser Angriff ihren Wert jedes Mal heraus, wer auch immer sie ist.</translation>
    </message>
    <message>
        <source>The count does not depend on the target&apos;s value, so this attack can only guess: right half the time, with or without noise.</source>
        <translation>Die Anzahl hängt nicht vom Wert der Zielperson ab, also kann dieser Angriff nur raten: in der Hälfte der Fälle richtig, mit oder ohne Rauschen.</translation>
    </message>
    <message>
        <source>Someone else already has it (%1), so the maximum is 1 with or without her: the attack learns nothing and is right half the time.</source>
        <translation>Jemand anderes hat es schon (%1), also ist das Maximum mit oder ohne sie 1: Der Angriff erfährt nichts und liegt in der Hälfte der Fälle richtig.</translation>
    </message>
    <message>
        <source>Nobody else has it, so the maximum is exactly her value: the attack works like the sum.</source>
        <translation>Niemand sonst hat es, also ist das Maximum genau ihr Wert: Der Angriff wirkt wie bei der Summe.</translation>
    </message>
    <message>
        <source>The others&apos; sum is exactly T = %1: the answer is “yes” exactly when she has it, so the attack works.</source>
        <translation>Die Summe der anderen ist genau T = %1: Die Antwort ist genau dann „ja“, wenn sie es hat, also gelingt der Angriff.</translation>
    </message>
    <message>
        <source>The others&apos; sum is %1, not T = %2: both answers agree whatever her value, so the attack learns nothing (right half the time). Set threshold = %1 to see it work.</source>
        <translation>Die Summe der anderen ist %1, nicht T = %2: Beide Antworten stimmen überein, wie auch immer ihr Wert ist, also erfährt der Angriff nichts (in der Hälfte der Fälle richtig). Setzen Sie die Schwelle auf %1, um ihn gelingen zu sehen.</translation>
    </message>
    <message>
        <source>The others are balanced (%1), so her value decides how the median moves: without noise the attack always works.</source>
        <translation>Die anderen sind ausgeglichen (%1), also entscheidet ihr Wert, wie sich der Median bewegt: Ohne Rauschen gelingt der Angriff immer.</translation>
    </message>
    <message>
        <source>The others are not balanced (%1), so the median is the same whatever her value: the attack can only guess, right half the time.</source>
        <translation>Die anderen sind nicht ausgeglichen (%1), also ist der Median derselbe, wie auch immer ihr Wert ist: Der Angriff kann nur raten, in der Hälfte der Fälle richtig.</translation>
    </message>
    <message>
        <source>No noise: both answers are exact, so the queries give no privacy guarantee (ε = ∞).</source>
        <translation>Kein Rauschen: Beide Antworten sind exakt, also geben die Abfragen keine Garantie für Privatsphäre (ε = ∞).</translation>
    </message>
    <message>
        <source>This query ignores her value, so her secret is safe anyway (ε for her secret: 0).</source>
        <translation>Diese Abfrage beachtet ihren Wert nicht, also ist ihr Geheimnis trotzdem sicher (ε für ihr Geheimnis: 0).</translation>
    </message>
    <message>
        <source>Δ = 0: the answer cannot depend on anyone, so no noise is needed.</source>
        <translation>Δ = 0: Die Antwort kann von niemandem abhängen, also ist kein Rauschen nötig.</translation>
    </message>
    <message>
        <source>The count ignores her value: it spends nothing on her secret.</source>
        <translation>Die Anzahl beachtet ihren Wert nicht: Sie verbraucht nichts für ihr Geheimnis.</translation>
    </message>
    <message>
        <source>%1 (exact %2)</source>
        <translation>%1 (exakt %2)</translation>
    </message>
    <message>
        <source>The target is row %1; her real value is %2. With her the %3 answers %4, without her %5. The attacker computes %6 and guesses %7: %8</source>
        <translation>Die Zielperson ist Zeile %1; ihr wahrer Wert ist %2. Mit ihr ergibt die Abfrage „%3“ %4, ohne sie %5. Die Angreiferin rechnet %6 aus und tippt auf %7: %8</translation>
    </message>
    <message>
        <source>right.</source>
        <translation>richtig.</translation>
    </message>
    <message>
        <source>wrong.</source>
        <translation>falsch.</translation>
    </message>
    <message>
        <source>With N = 2 the database without her holds a single person, so every “aggregate” without her is that person&apos;s own value.</source>
        <translation>Bei N = 2 enthält die Datenbank ohne sie eine einzige Person, also ist jedes „Aggregat“ ohne sie der eigene Wert dieser Person.</translation>
    </message>
    <message>
        <source>Everyone in this database has the same value (%1): some neighbours do not exist, and the measured sensitivity counts only the ones that do.</source>
        <translation>Alle in dieser Datenbank haben denselben Wert (%1): Manche Nachbarn gibt es nicht, und die gemessene Sensitivität zählt nur die, die es gibt.</translation>
    </message>
    <message>
        <source>With fewer than 100 trials the success rates are rough: see their intervals.</source>
        <translation>Mit weniger als 100 Versuchen sind die Erfolgsraten grob: Beachten Sie ihre Intervalle.</translation>
    </message>
    <message>
        <source>With remove-one neighbours the mean is released as a noisy sum and a noisy count (their ratio is the mean). The attacker subtracts the two sums: sum with her − sum without her = her value.</source>
        <translation>Mit Entfernen-Nachbarn wird der Mittelwert als verrauschte Summe und verrauschte Anzahl veröffentlicht (ihr Verhältnis ist der Mittelwert). Die Angreiferin subtrahiert die beiden Summen: Summe mit ihr − Summe ohne sie = ihr Wert.</translation>
    </message>
    <message>
        <source>Remove-one: the number of people is private, so no noise may depend on N (1/(Nε) with her, 1/((N − 1)ε) without, would give her away). The mean goes out as a noisy sum and a noisy count, ε/2 = %1 each, scale %2; the mean shown is their ratio.</source>
        <translation>Entfernen: Die Zahl der Personen ist selbst privat, also darf kein Rauschen von N abhängen (1/(Nε) mit ihr, 1/((N − 1)ε) ohne sie würde sie verraten). Der Mittelwert geht als verrauschte Summe und verrauschte Anzahl hinaus, je ε/2 = %1, Skala %2; der gezeigte Mittelwert ist ihr Verhältnis.</translation>
    </message>
    <message>
        <source>Remove-one: the number of people is private, so no noise may depend on N: b = Δ/ε = %1/%2 = %3, Δ the worst case over databases of every size (never the measured %4: it would leak).</source>
        <translation>Entfernen: Die Zahl der Personen ist selbst privat, also darf kein Rauschen von N abhängen: b = Δ/ε = %1/%2 = %3, Δ der ungünstigste Fall über Datenbanken jeder Größe (nie der gemessene Wert %4: der würde etwas verraten).</translation>
    </message>
    <message>
        <source>Replace-one: N is public, so each answer&apos;s noise fits its own size: b = Δ/ε = %1/%2 = %3 with her (never the measured %4: it would leak).</source>
        <translation>Ersetzen: N ist öffentlich, also passt das Rauschen jeder Antwort zu ihrer eigenen Größe: b = Δ/ε = %1/%2 = %3 mit ihr (nie der gemessene Wert %4: der würde etwas verraten).</translation>
    </message>
    <message>
        <source>Without her, on %1 rows: Δ = %2, scale %3.</source>
        <translation>Ohne sie, auf %1 Zeilen: Δ = %2, Skala %3.</translation>
    </message>
    <message>
        <source>N people can never be more than T here, but one more person can: Δ stays 1.</source>
        <translation>N Personen können hier nie mehr als T sein, eine Person mehr aber schon: Δ bleibt 1.</translation>
    </message>
    <message>
        <source>Budget: ε = %1 for the query with her, %2 for both.</source>
        <translation>Budget: ε = %1 für die Abfrage mit ihr, %2 für beide.</translation>
    </message>
    <message>
        <source>Changing her value (remove her, add her back) is counted with replace-one: ε = %1 for the query with her, %2 for both; the ceiling on guessing her value uses %1.</source>
        <translation>Ihren Wert zu ändern (sie entfernen, wieder hinzufügen) wird mit Ersetzen gezählt: ε = %1 für die Abfrage mit ihr, %2 für beide; die Obergrenze für das Erraten ihres Werts verwendet %1.</translation>
    </message>
    <message>
        <source>(With N odd, her leaving moves the median by ½, her value flipping by 1: 2ε, group privacy.)</source>
        <translation>(Bei ungeradem N bewegt ihr Weggang den Median um ½, das Umdrehen ihres Werts um 1: 2ε, Gruppen-Privatsphäre.)</translation>
    </message>
</context>
<context>
    <name>PeopleStrip</name>
    <message>
        <source>People in the database</source>
        <translation>Personen in der Datenbank</translation>
    </message>
    <message>
        <source>%1: %2 of them have it. The target, row %3, is framed and crossed out.</source>
        <translation>%1: %2 davon haben es. Die Zielperson, Zeile %3, ist umrahmt und durchgestrichen.</translation>
    </message>
    <message>
        <source>All %1 people</source>
        <translation>Alle %1 Personen</translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3 people</source>
        <translation>Zeilen %1 bis %2 von %3 Personen</translation>
    </message>
    <message>
        <source>Row %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>has it (1)</source>
        <translation>hat es (1)</translation>
    </message>
    <message>
        <source>does not have it (0)</source>
        <translation>hat es nicht (0)</translation>
    </message>
    <message>
        <source>This is the target.</source>
        <translation>Das ist die Zielperson.</translation>
    </message>
    <message>
        <source>With her value flipped the %1 is %2 (full database: %3).</source>
        <translation>Mit umgedrehtem Wert ergibt die Abfrage „%1“ %2 (vollständige Datenbank: %3).</translation>
    </message>
    <message>
        <source>Without her the %1 is %2 (full database: %3).</source>
        <translation>Ohne sie ergibt die Abfrage „%1“ %2 (vollständige Datenbank: %3).</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein</translation>
    </message>
    <message>
        <source>laplace</source>
        <translation>Laplace</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <source>Differencing attack</source>
        <translation>Differenzangriff</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>People in the database</source>
        <translation>Personen in der Datenbank</translation>
    </message>
    <message>
        <source>How many people the database holds.</source>
        <translation>Wie viele Personen die Datenbank enthält.</translation>
    </message>
    <message>
        <source>Share who have it</source>
        <translation>Anteil mit Merkmal</translation>
    </message>
    <message>
        <source>Chance that each person has the private attribute (the disease).</source>
        <translation>Wahrscheinlichkeit, dass eine Person das private Merkmal (die Krankheit) hat.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>The aggregate question the attacker may ask.</source>
        <translation>Die zusammenfassende Frage, die der Angreifer stellen darf.</translation>
    </message>
    <message>
        <source>Threshold T</source>
        <translation>Schwelle T</translation>
    </message>
    <message>
        <source>For the threshold query: the question is &quot;are more than T people ill?&quot;.</source>
        <translation>Für die Schwellen-Abfrage: Die Frage lautet „Sind mehr als T Personen krank?“.</translation>
    </message>
    <message>
        <source>Target row</source>
        <translation>Zielzeile</translation>
    </message>
    <message>
        <source>The row (counting from 0) of the person the attacker is after.</source>
        <translation>Die Zeile (ab 0 gezählt) der Person, auf die es der Angreifer abgesehen hat.</translation>
    </message>
    <message>
        <source>Neighbouring databases</source>
        <translation>Benachbarte Datenbanken</translation>
    </message>
    <message>
        <source>Neighbours differ by removing one person (unbounded) or by changing one person&apos;s value (bounded).</source>
        <translation>Nachbarn unterscheiden sich, indem eine Person entfernt wird (unbeschränkt) oder der Wert einer Person geändert wird (beschränkt).</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Exact answers, or answers with Laplace noise scaled to the global sensitivity.</source>
        <translation>Exakte Antworten oder Antworten mit Laplace-Rauschen, skaliert auf die globale Sensitivität.</translation>
    </message>
    <message>
        <source>ε per query</source>
        <translation>ε pro Abfrage</translation>
    </message>
    <message>
        <source>Privacy budget each query spends: smaller ε means more noise.</source>
        <translation>Privatsphäre-Budget, das jede Abfrage verbraucht: kleineres ε bedeutet mehr Rauschen.</translation>
    </message>
    <message>
        <source>Repeated attacks</source>
        <translation>Wiederholte Angriffe</translation>
    </message>
    <message>
        <source>How many times the attack is repeated to measure its success rate.</source>
        <translation>Wie oft der Angriff wiederholt wird, um seine Erfolgsquote zu messen.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>attacks</source>
        <translation>Angriffe</translation>
    </message>
</context>
</TS>
