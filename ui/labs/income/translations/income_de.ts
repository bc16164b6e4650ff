<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>IncomePage</name>
    <message>
        <source>%1 (thousand €)</source>
        <translation>%1 (Tausend €)</translation>
    </message>
    <message>
        <source>%1 (€)</source>
        <translation>%1 (€)</translation>
    </message>
    <message>
        <source>Income estimate, one friend and privacy in words</source>
        <translation>Einkommensschätzung, ein Freund und Privatsphäre in Worten</translation>
    </message>
    <message>
        <source>Differential privacy, clipping and local against central, in words</source>
        <translation>Differential Privacy, Begrenzung und lokal gegen zentral, in Worten</translation>
    </message>
    <message>
        <source>Incomes and reports (round 1)</source>
        <translation>Einkommen und Meldungen (Runde 1)</translation>
    </message>
    <message>
        <source>Income (€)</source>
        <translation>Einkommen (€)</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>What one report reveals</source>
        <translation>Was eine Meldung verrät</translation>
    </message>
    <message>
        <source>Error over repeated rounds</source>
        <translation>Fehler über wiederholte Runden</translation>
    </message>
    <message>
        <source>Error (€)</source>
        <translation>Fehler (€)</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Typical error against N</source>
        <translation>Typischer Fehler gegen N</translation>
    </message>
    <message>
        <source>Friends N (log scale)</source>
        <translation>Freunde N (log. Skala)</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einkommen</translation>
    </message>
    <message>
        <source>Incomes</source>
        <translation>Einkommen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Wahrheit</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>The bars show the first %1 of the %2 friends; the averages use all of them. </source>
        <translation>Die Balken zeigen die ersten %1 der %2 Freunde; die Mittelwerte verwenden alle. </translation>
    </message>
    <message>
        <source>One friend: the income (green) and the report (orange). The estimate (blue line) is the report minus μ_o, give or take %1 (95 %).</source>
        <translation>Ein Freund: das Einkommen (grün) und die Meldung (orange). Die Schätzung (blaue Linie) ist die Meldung minus μ_o, plus oder minus %1 (95 %).</translation>
    </message>
    <message>
        <source>Reports (orange) spread far wider than incomes (green), yet their average minus μ_o (blue line, 95 % interval ± %1) lands %2 %3 the true average (green line).</source>
        <translation>Die Meldungen (orange) streuen viel breiter als die Einkommen (grün), doch ihr Mittelwert minus μ_o (blaue Linie, 95-%-Intervall ± %1) landet %2 %3 dem wahren Mittelwert (grüne Linie).</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 (clipped to %2)</source>
        <translation>%1 (begrenzt auf %2)</translation>
    </message>
    <message>
        <source>Friend #%1: income %2, report %3. The observer&apos;s 95 % range (blue) covers %4 of all friends&apos; incomes (grey)</source>
        <translation>Freund Nr. %1: Einkommen %2, Meldung %3. Der 95-%-Bereich des Beobachters (blau) umfasst %4 der Einkommen aller Freunde (grau)</translation>
    </message>
    <message>
        <source>Friend #%1: income %2, report %3. The observer&apos;s 95 % range (blue) is report − μ_o ± %4, whoever the friend is.</source>
        <translation>Freund Nr. %1: Einkommen %2, Meldung %3. Der 95-%-Bereich des Beobachters (blau) ist Meldung − μ_o ± %4, wer auch immer der Freund ist.</translation>
    </message>
    <message>
        <source>: the report fits almost anyone.</source>
        <translation>: Die Meldung passt zu fast jedem.</translation>
    </message>
    <message>
        <source>: the report fits many of them.</source>
        <translation>: Die Meldung passt zu vielen von ihnen.</translation>
    </message>
    <message>
        <source>: with this little noise the report narrows the income down.</source>
        <translation>: Bei so wenig Rauschen grenzt die Meldung das Einkommen ein.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Theorie</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Only one round: its error was %1. Raise “Repeated rounds” to see the spread.</source>
        <translation>Nur eine Runde: Ihr Fehler betrug %1. Erhöhen Sie „Wiederholte Runden“, um die Streuung zu sehen.</translation>
    </message>
    <message>
        <source>Over %1 rounds, each with new friends: error %2 ± %3 (mean ± standard deviation); theory (dashed) %4 ± %5.</source>
        <translation>Über %1 Runden, jede mit neuen Freunden: Fehler %2 ± %3 (Mittelwert ± Standardabweichung); Theorie (gestrichelt) %4 ± %5.</translation>
    </message>
    <message>
        <source>Every error is exactly zero (no noise, no bias), so there is nothing to draw on a logarithmic scale.</source>
        <translation>Jeder Fehler ist genau null (kein Rauschen, keine Verzerrung), also gibt es auf einer logarithmischen Skala nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>σ_o/√N</source>
        <translation>σ_o/√N</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Your N</source>
        <translation>Ihr N</translation>
    </message>
    <message>
        <source>The typical error shrinks like σ_o/√N, 10 times for 100 times more friends; at your N = %1 (red) it is %2.</source>
        <translation>Der typische Fehler schrumpft wie σ_o/√N, auf ein Zehntel bei hundertmal mehr Freunden; bei Ihrem N = %1 (rot) beträgt er %2.</translation>
    </message>
    <message>
        <source> A bias of %1 does not shrink: the theory curve flattens there.</source>
        <translation> Eine Verzerrung von %1 schrumpft nicht: Dort flacht die Theoriekurve ab.</translation>
    </message>
    <message>
        <source>a very strong promise</source>
        <translation>ein sehr starkes Versprechen</translation>
    </message>
    <message>
        <source>a strong promise</source>
        <translation>ein starkes Versprechen</translation>
    </message>
    <message>
        <source>a moderate promise</source>
        <translation>ein mäßiges Versprechen</translation>
    </message>
    <message>
        <source>a weak promise</source>
        <translation>ein schwaches Versprechen</translation>
    </message>
    <message>
        <source>a very weak promise that protects almost nothing</source>
        <translation>ein sehr schwaches Versprechen, das fast nichts schützt</translation>
    </message>
    <message>
        <source>spot on</source>
        <translation>genau richtig</translation>
    </message>
    <message>
        <source>%1 too high</source>
        <translation>%1 zu hoch</translation>
    </message>
    <message>
        <source>%1 too low</source>
        <translation>%1 zu niedrig</translation>
    </message>
    <message>
        <source>Estimated average income: &lt;b&gt;%1&lt;/b&gt; (95 % interval %2 to %3). True average of %4: &lt;b&gt;%5&lt;/b&gt;, so the estimate is %6.</source>
        <translation>Geschätztes Durchschnittseinkommen: &lt;b&gt;%1&lt;/b&gt; (95-%-Intervall %2 bis %3). Wahrer Durchschnitt %4: &lt;b&gt;%5&lt;/b&gt;, die Schätzung liegt also %6.</translation>
    </message>
    <message>
        <source>this one friend</source>
        <translation>dieses einen Freundes</translation>
    </message>
    <message>
        <source>these %1 friends</source>
        <translation>dieser %1 Freunde</translation>
    </message>
    <message>
        <source>The interval covers the noise only, not the %1 bias from %2.</source>
        <translation>Das Intervall deckt nur das Rauschen ab, nicht die Verzerrung von %1 durch %2.</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>die Begrenzung</translation>
    </message>
    <message>
        <source>clipping and the wrong μ_o</source>
        <translation>die Begrenzung und das falsche μ_o</translation>
    </message>
    <message>
        <source>the wrong μ_o</source>
        <translation>das falsche μ_o</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong μ_o:&lt;/b&gt; the analyst subtracts %1 although the friends&apos; noise has mean %2, so every estimate is off by %3, with any number of friends.</source>
        <translation>&lt;b&gt;Falsches μ_o:&lt;/b&gt; Die Analystin zieht %1 ab, obwohl das Rauschen der Freunde den Mittelwert %2 hat; so liegt jede Schätzung um %3 daneben, bei jeder Zahl von Freunden.</translation>
    </message>
    <message>
        <source>One friend (#%1) earns &lt;b&gt;%2&lt;/b&gt; and reported &lt;b&gt;%3&lt;/b&gt;. From the report alone an observer can only say “between %4 and %5” (95 %): &lt;i&gt;plausible deniability&lt;/i&gt;.</source>
        <translation>Ein Freund (Nr. %1) verdient &lt;b&gt;%2&lt;/b&gt; und meldete &lt;b&gt;%3&lt;/b&gt;. Aus der Meldung allein kann ein Beobachter nur sagen „zwischen %4 und %5“ (95 %): &lt;i&gt;glaubhafte Abstreitbarkeit&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>%1&lt;/b&gt; (counted as %2 after clipping)&lt;b&gt;</source>
        <translation>%1&lt;/b&gt; (nach der Begrenzung als %2 gezählt)&lt;b&gt;</translation>
    </message>
    <message>
        <source>Privacy of one report: &lt;b&gt;ε is infinite&lt;/b&gt;. Without clipping, no amount of noise hides a very large income: noise alone is not differential privacy.</source>
        <translation>Privatsphäre einer Meldung: &lt;b&gt;ε ist unendlich&lt;/b&gt;. Ohne Begrenzung verbirgt kein noch so großes Rauschen ein sehr hohes Einkommen: Rauschen allein ist keine Differential Privacy.</translation>
    </message>
    <message>
        <source>Privacy of one report: &lt;b&gt;ε is infinite&lt;/b&gt;. With no noise every report is the clipped income itself.</source>
        <translation>Privatsphäre einer Meldung: &lt;b&gt;ε ist unendlich&lt;/b&gt;. Ohne Rauschen ist jede Meldung das begrenzte Einkommen selbst.</translation>
    </message>
    <message>
        <source>Privacy of one report: &lt;b&gt;ε = %1&lt;/b&gt; at δ = %2 (C = %3): %4.</source>
        <translation>Privatsphäre einer Meldung: &lt;b&gt;ε = %1&lt;/b&gt; bei δ = %2 (C = %3): %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why ε is infinite:&lt;/b&gt; incomes have no upper limit, so one friend can move a report without bound and no amount of noise covers that. Noise alone is not differential privacy; clipping to [0, C] and then adding noise is (and the classic bound does not apply without it).</source>
        <translation>&lt;b&gt;Warum ε unendlich ist:&lt;/b&gt; Einkommen haben keine Obergrenze, also kann ein Freund eine Meldung unbegrenzt verschieben, und kein noch so großes Rauschen deckt das ab. Rauschen allein ist keine Differential Privacy; Begrenzen auf [0, C] und dann Rauschen hinzufügen schon (und ohne Begrenzung gilt auch die klassische Schranke nicht).</translation>
    </message>
    <message>
        <source>&lt;b&gt;ε = %1&lt;/b&gt; (exact, Balle &amp; Wang 2018): clipping to [0, %2] limits what one friend can change (the sensitivity C), so each report is the Gaussian mechanism.</source>
        <translation>&lt;b&gt;ε = %1&lt;/b&gt; (exakt, Balle &amp; Wang 2018): Die Begrenzung auf [0, %2] beschränkt, was ein Freund ändern kann (die Sensitivität C), also ist jede Meldung der Gauß-Mechanismus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classic bound&lt;/b&gt; √(2 ln(1.25/δ))·C/σ_o: ε = %1. It applies (below 1) and is looser than the exact ε.</source>
        <translation>&lt;b&gt;Klassische Schranke&lt;/b&gt; √(2 ln(1,25/δ))·C/σ_o: ε = %1. Sie gilt (unter 1) und ist gröber als das exakte ε.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classic bound&lt;/b&gt; √(2 ln(1.25/δ))·C/σ_o would give ε = %1, but &lt;b&gt;it does not apply here&lt;/b&gt;: it is only proved for ε below 1 (Dwork &amp; Roth, Thm 3.22).</source>
        <translation>&lt;b&gt;Klassische Schranke&lt;/b&gt; √(2 ln(1,25/δ))·C/σ_o ergäbe ε = %1, aber &lt;b&gt;sie gilt hier nicht&lt;/b&gt;: Sie ist nur für ε unter 1 bewiesen (Dwork &amp; Roth, Satz 3.22).</translation>
    </message>
    <message>
        <source>&lt;b&gt;ε is infinite:&lt;/b&gt; with no noise every report is the clipped income itself. The classic bound does not apply either.</source>
        <translation>&lt;b&gt;ε ist unendlich:&lt;/b&gt; Ohne Rauschen ist jede Meldung das begrenzte Einkommen selbst. Auch die klassische Schranke gilt nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For ε = 1&lt;/b&gt; each friend must add σ_o = &lt;b&gt;%1&lt;/b&gt; (the classic formula would say %2, but its theorem covers only ε below 1); you use %3.</source>
        <translation>&lt;b&gt;Für ε = 1&lt;/b&gt; muss jeder Freund σ_o = &lt;b&gt;%1&lt;/b&gt; hinzufügen (die klassische Formel ergäbe %2, aber ihr Satz deckt nur ε unter 1 ab); Sie verwenden %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clipping&lt;/b&gt; is off: no clipping bias, but no privacy guarantee.</source>
        <translation>&lt;b&gt;Begrenzung&lt;/b&gt; ist aus: keine Verzerrung durch Begrenzung, aber auch keine Garantie für Privatsphäre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clipping bias:&lt;/b&gt; under 1 €, because C is far above almost every income.</source>
        <translation>&lt;b&gt;Verzerrung durch Begrenzung:&lt;/b&gt; unter 1 €, weil C weit über fast jedem Einkommen liegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local vs central&lt;/b&gt; %1: every friend adding noise gives an error of ± %2 (σ_o/√N); a trusted curator adding one such noise to the sum, ± %3 (σ_o/N): √N = %4 times less.</source>
        <translation>&lt;b&gt;Lokal gegen zentral&lt;/b&gt; %1: Wenn jeder Freund Rauschen hinzufügt, ist der Fehler ± %2 (σ_o/√N); eine vertrauenswürdige Kuratorin, die ein solches Rauschen zur Summe addiert, erreicht ± %3 (σ_o/N): √N = %4-mal weniger.</translation>
    </message>
    <message>
        <source>at the same ε</source>
        <translation>beim selben ε</translation>
    </message>
    <message>
        <source>with the same noise</source>
        <translation>mit demselben Rauschen</translation>
    </message>
    <message>
        <source> At ε = 1: ± %1 against ± %2.</source>
        <translation> Bei ε = 1: ± %1 gegen ± %2.</translation>
    </message>
    <message>
        <source>Simulated %1 rounds, %2.</source>
        <translation>%1 Runden simuliert, %2.</translation>
    </message>
    <message>
        <source>With one friend the “average” is that friend&apos;s own report: it hides their income only as well as the noise does, ±1.96 σ_o.</source>
        <translation>Mit einem Freund ist der „Durchschnitt“ dessen eigene Meldung: Sie verbirgt sein Einkommen nur so gut wie das Rauschen, ±1,96 σ_o.</translation>
    </message>
    <message>
        <source>No noise: every report is the (clipped) income itself.</source>
        <translation>Kein Rauschen: Jede Meldung ist das (begrenzte) Einkommen selbst.</translation>
    </message>
    <message>
        <source>The histograms show the first %1 of %2 friends (round 1).</source>
        <translation>Die Histogramme zeigen die ersten %1 von %2 Freunden (Runde 1).</translation>
    </message>
    <message>
        <source>per person: every income and every noise is drawn</source>
        <translation>pro Person: Jedes Einkommen und jedes Rauschen wird gezogen</translation>
    </message>
    <message>
        <source>aggregate: the mean noise and the mean income are drawn exactly</source>
        <translation>im Aggregat: Mittelwert des Rauschens und des Einkommens werden exakt gezogen</translation>
    </message>
    <message>
        <source>aggregate: the mean noise is exact; the means of the true and clipped incomes use the central-limit (normal) approximation</source>
        <translation>im Aggregat: Das mittlere Rauschen ist exakt; die Mittelwerte der wahren und der begrenzten Einkommen nutzen die Näherung des zentralen Grenzwertsatzes (Normalverteilung)</translation>
    </message>
    <message>
        <source>the %1 of incomes above C lower it by %2</source>
        <translation>die %1 der Einkommen über C senken ihn um %2</translation>
    </message>
    <message>
        <source>; the %1 below 0, raised to 0, add %2</source>
        <translation>; die %1 unter 0, auf 0 angehoben, fügen %2 hinzu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clipping bias: %1.&lt;/b&gt; Net of two sides: %2. More friends do not remove this bias.</source>
        <translation>&lt;b&gt;Verzerrung durch Begrenzung: %1.&lt;/b&gt; Saldo zweier Seiten: %2. Mehr Freunde beseitigen diese Verzerrung nicht.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>log-normal</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <source>Income obscuring</source>
        <translation>Einkommen verschleiern</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>How many friends report their obscured income.</source>
        <translation>Wie viele Freunde ihr verschleiertes Einkommen melden.</translation>
    </message>
    <message>
        <source>Income distribution</source>
        <translation>Einkommensverteilung</translation>
    </message>
    <message>
        <source>Normal, or log-normal (skewed like real incomes) with the same mean and spread.</source>
        <translation>Normal oder log-normal (schief wie echte Einkommen) mit gleichem Mittelwert und gleicher Streuung.</translation>
    </message>
    <message>
        <source>Average income</source>
        <translation>Durchschnittseinkommen</translation>
    </message>
    <message>
        <source>The mean income of the friends&apos; population.</source>
        <translation>Das mittlere Einkommen der Bevölkerung, aus der die Freunde stammen.</translation>
    </message>
    <message>
        <source>Income spread (SD)</source>
        <translation>Einkommensstreuung (SD)</translation>
    </message>
    <message>
        <source>The standard deviation of incomes.</source>
        <translation>Die Standardabweichung der Einkommen.</translation>
    </message>
    <message>
        <source>Noise mean μ_o</source>
        <translation>Rauschmittel μ_o</translation>
    </message>
    <message>
        <source>The mean of the agreed obscuring distribution.</source>
        <translation>Der Mittelwert der vereinbarten Verschleierungsverteilung.</translation>
    </message>
    <message>
        <source>Noise spread σ_o</source>
        <translation>Rauschstreuung σ_o</translation>
    </message>
    <message>
        <source>The standard deviation of the obscuring noise each friend adds.</source>
        <translation>Die Standardabweichung des Rauschens, das jeder Freund hinzufügt.</translation>
    </message>
    <message>
        <source>Clip incomes to [0, C]</source>
        <translation>Einkommen auf [0, C] begrenzen</translation>
    </message>
    <message>
        <source>Clip each income to [0, C] before adding noise; needed for a finite ε.</source>
        <translation>Jedes Einkommen vor dem Rauschen auf [0, C] begrenzen; nötig für ein endliches ε.</translation>
    </message>
    <message>
        <source>Upper bound C</source>
        <translation>Obergrenze C</translation>
    </message>
    <message>
        <source>Incomes above C count as C (with clipping on).</source>
        <translation>Einkommen über C zählen als C (bei eingeschalteter Begrenzung).</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <source>The small probability that the ε guarantee may fail.</source>
        <translation>Die kleine Wahrscheinlichkeit, dass die ε-Garantie versagen darf.</translation>
    </message>
    <message>
        <source>Repeated rounds</source>
        <translation>Wiederholte Runden</translation>
    </message>
    <message>
        <source>How many times the whole round is repeated to show the spread of the error.</source>
        <translation>Wie oft die ganze Runde wiederholt wird, um die Streuung des Fehlers zu zeigen.</translation>
    </message>
    <message>
        <source>Analyst assumes a wrong μ_o</source>
        <translation>Analyst nimmt ein falsches μ_o an</translation>
    </message>
    <message>
        <source>Let the analyst subtract a different noise mean than the one friends used.</source>
        <translation>Der Analyst zieht ein anderes Rauschmittel ab als das, das die Freunde benutzt haben.</translation>
    </message>
    <message>
        <source>Assumed μ_o</source>
        <translation>Angenommenes μ_o</translation>
    </message>
    <message>
        <source>The noise mean the analyst subtracts when the wrong-μ_o switch is on.</source>
        <translation>Das Rauschmittel, das der Analyst abzieht, wenn der Schalter „falsches μ_o“ an ist.</translation>
    </message>
    <message>
        <source>Friend shown</source>
        <translation>Gezeigter Freund</translation>
    </message>
    <message>
        <source>Which friend the one-friend view shows (counting from 0).</source>
        <translation>Welchen Freund die Einzelansicht zeigt (ab 0 gezählt).</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Draw every friend, or the exact/approximate means directly; auto picks.</source>
        <translation>Jeden Freund einzeln ziehen oder die exakten/genäherten Mittelwerte direkt; „automatisch“ wählt selbst.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>a log-normal income needs an average income above 0, not %1</source>
        <translation>ein log-normales Einkommen braucht ein Durchschnittseinkommen über 0, nicht %1</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
</context>
</TS>
