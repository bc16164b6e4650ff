<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AnswerGrid</name>
    <message>
        <source>Reported answers</source>
        <translation>Gemeldete Antworten</translation>
    </message>
    <message>
        <source>Answers: %1, of them “yes”: %2. One square each, filled for “yes”.</source>
        <translation>Antworten: %1, davon „Ja“: %2. Ein Quadrat pro Antwort, gefüllt für „Ja“.</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>Warte auf die erste Antwort …</translation>
    </message>
</context>
<context>
    <name>ClassRoundDialog</name>
    <message>
        <source>Class survey</source>
        <translation>Klassenumfrage</translation>
    </message>
    <message>
        <source>Students answer from their phones. Each phone flips both coins itself and sends only the reported answer; the projector shows the class estimate as answers arrive.</source>
        <translation>Die Studierenden antworten mit dem Handy. Jedes Handy wirft beide Münzen selbst und sendet nur die gemeldete Antwort; der Projektor zeigt die Schätzung für die Klasse, während die Antworten eintreffen.</translation>
    </message>
    <message>
        <source>Have you ever cheated in an exam?</source>
        <translation>Hast du schon einmal in einer Prüfung geschummelt?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>First coin: chance to answer truthfully</source>
        <translation>Erste Münze: Wahrscheinlichkeit, wahr zu antworten</translation>
    </message>
    <message>
        <source>Second coin: chance of “yes”</source>
        <translation>Zweite Münze: Wahrscheinlichkeit für „Ja“</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Hide the estimate until I reveal it</source>
        <translation>Schätzung verbergen, bis ich sie aufdecke</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;First coin, truthful:</source>
        <translation>&amp;Erste Münze, wahr:</translation>
    </message>
    <message>
        <source>&amp;Second coin, “yes”:</source>
        <translation>&amp;Zweite Münze, „Ja“:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>Runde &amp;starten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Type the question the class will answer.</source>
        <translation>Geben Sie die Frage ein, die die Klasse beantworten soll.</translation>
    </message>
    <message>
        <source>Could not open the round on %1, port %2: %3. Try another port or “any free port”.</source>
        <translation>Die Runde konnte auf %1, Port %2 nicht geöffnet werden: %3. Versuchen Sie einen anderen Port oder „beliebiger freier Port“.</translation>
    </message>
</context>
<context>
    <name>ClassRoundView</name>
    <message>
        <source>Class survey</source>
        <translation>Klassenumfrage</translation>
    </message>
    <message>
        <source>Join with your phone</source>
        <translation>Mit dem Handy teilnehmen</translation>
    </message>
    <message>
        <source>QR code of the student address</source>
        <translation>QR-Code der Adresse für Studierende</translation>
    </message>
    <message>
        <source>Student address</source>
        <translation>Adresse für Studierende</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Sitzungscode</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this computer. Only the reported answer travels; the true answer and the coins stay on the phone.</source>
        <translation>Die Handys müssen im selben Netz wie dieser Computer sein. Nur die gemeldete Antwort wird übertragen; die wahre Antwort und die Münzen bleiben auf dem Handy.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Bisherige Antworten</translation>
    </message>
    <message>
        <source>Observed share of “yes”</source>
        <translation>Beobachteter Anteil „Ja“</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Privacy of each answer</source>
        <translation>Privatsphäre jeder Antwort</translation>
    </message>
    <message>
        <source>&amp;Hide the estimate</source>
        <translation>Schätzung &amp;verbergen</translation>
    </message>
    <message>
        <source>Let the class guess first, then untick to reveal</source>
        <translation>Erst die Klasse raten lassen, dann Haken entfernen, um aufzudecken</translation>
    </message>
    <message>
        <source>Number of simulated students</source>
        <translation>Anzahl simulierter Studierender</translation>
    </message>
    <message>
        <source>True share of “yes” among simulated students</source>
        <translation>Wahrer Anteil „Ja“ unter den simulierten Studierenden</translation>
    </message>
    <message>
        <source>&amp;Add simulated students</source>
        <translation>Simulierte Studierende &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Fill in a class for a demo without phones: each simulated student has a true answer and flips the same two coins</source>
        <translation>Füllt eine Klasse für eine Vorführung ohne Handys: Jede simulierte Person hat eine wahre Antwort und wirft dieselben zwei Münzen</translation>
    </message>
    <message>
        <source>&amp;End round</source>
        <translation>Runde &amp;beenden</translation>
    </message>
    <message>
        <source>Stop accepting answers; the server stops</source>
        <translation>Keine Antworten mehr annehmen; der Server wird beendet</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the reported answers (CSV) and a summary (JSON)</source>
        <translation>Gemeldete Antworten (CSV) und eine Zusammenfassung (JSON) speichern</translation>
    </message>
    <message>
        <source>Simulated students:</source>
        <translation>Simulierte Studierende:</translation>
    </message>
    <message>
        <source>truly “yes”:</source>
        <translation>wahr „Ja“:</translation>
    </message>
    <message>
        <source>Session code: %1</source>
        <translation>Sitzungscode: %1</translation>
    </message>
    <message>
        <source>The round has ended.</source>
        <translation>Die Runde ist beendet.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Answers so far: %1</source>
        <translation>Bisherige Antworten: %1</translation>
    </message>
    <message>
        <source> (round ended)</source>
        <translation> (Runde beendet)</translation>
    </message>
    <message>
        <source>Observed share of “yes”: no answers yet.</source>
        <translation>Beobachteter Anteil „Ja“: noch keine Antworten.</translation>
    </message>
    <message>
        <source>Estimate: waiting for answers.</source>
        <translation>Schätzung: warte auf Antworten.</translation>
    </message>
    <message>
        <source>%1 of %2 reported “yes” (%3). Some of them were told to by the second coin.</source>
        <translation>%1 von %2 meldeten „Ja“ (%3). Einigen davon hat es die zweite Münze vorgegeben.</translation>
    </message>
    <message>
        <source>Estimated share who truly answer “yes”: &lt;b&gt;hidden&lt;/b&gt;. Guess, then reveal.</source>
        <translation>Geschätzter Anteil, der wirklich „Ja“ antwortet: &lt;b&gt;verborgen&lt;/b&gt;. Erst raten, dann aufdecken.</translation>
    </message>
    <message>
        <source>No estimate: the first coin never says “answer truthfully”.</source>
        <translation>Keine Schätzung: Die erste Münze sagt nie „antworte wahr“.</translation>
    </message>
    <message>
        <source>Estimated share who truly answer “yes”: &lt;b&gt;%1&lt;/b&gt; (95 % interval %2 to %3).</source>
        <translation>Geschätzter Anteil, der wirklich „Ja“ antwortet: &lt;b&gt;%1&lt;/b&gt; (95-%-Intervall %2 bis %3).</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = ∞&lt;/b&gt;. With these coins one answer can only come from the truth: this design does not protect anyone.</source>
        <translation>Privatsphäre: &lt;b&gt;ε = ∞&lt;/b&gt;. Mit diesen Münzen kann eine der Antworten nur von der Wahrheit kommen: Dieses Verfahren schützt niemanden.</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = 0&lt;/b&gt;. Answers do not depend on the truth at all, so they tell nothing about anyone (and nothing about the class).</source>
        <translation>Privatsphäre: &lt;b&gt;ε = 0&lt;/b&gt;. Die Antworten hängen gar nicht von der Wahrheit ab; sie verraten nichts über eine Person (und nichts über die Klasse).</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = %1&lt;/b&gt; for every student. A “yes” is at most %2 as likely from someone whose true answer is yes as from someone whose true answer is no; a “no” at most %3 as likely the other way round.</source>
        <translation>Privatsphäre: &lt;b&gt;ε = %1&lt;/b&gt; für alle. Ein „Ja“ ist von jemandem mit wahrer Antwort Ja höchstens %2 so wahrscheinlich wie von jemandem mit wahrer Antwort Nein; ein „Nein“ umgekehrt höchstens %3.</translation>
    </message>
    <message>
        <source>Export the class round</source>
        <translation>Klassenrunde exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write the files: %1</source>
        <translation>Die Dateien konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
</context>
<context>
    <name>RespondentGrid</name>
    <message>
        <source>Respondents of the first survey</source>
        <translation>Befragte der ersten Umfrage</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Person %1. Said: %2.</source>
        <translation>Person %1. Sagte: %2.</translation>
    </message>
    <message>
        <source>first coin: heads, so they answered truthfully</source>
        <translation>erste Münze: Kopf, also wahrheitsgemäß geantwortet</translation>
    </message>
    <message>
        <source>first coin: tails, so the second coin decided: %1</source>
        <translation>erste Münze: Zahl, also entschied die zweite Münze: %1</translation>
    </message>
    <message>
        <source>heads (say yes)</source>
        <translation>Kopf („ja“ sagen)</translation>
    </message>
    <message>
        <source>tails (say no)</source>
        <translation>Zahl („nein“ sagen)</translation>
    </message>
    <message>
        <source>Person %1. Really did it: %2. %3. Said: %4.</source>
        <translation>Person %1. Hat es wirklich getan: %2. %3. Sagte: %4.</translation>
    </message>
    <message>
        <source>%1 respondents: %2 answered truthfully because of the first coin, %3 let the second coin answer; %4 said yes.</source>
        <translation>%1 Befragte: %2 antworteten wegen der ersten Münze wahrheitsgemäß, %3 ließen die zweite Münze antworten; %4 sagten ja.</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Survey result in words</source>
        <translation>Umfrageergebnis in Worten</translation>
    </message>
    <message>
        <source>&amp;Flip one by one</source>
        <translation>&amp;Einzeln aufdecken</translation>
    </message>
    <message>
        <source>Reveal the respondents one at a time</source>
        <translation>Die Befragten einzeln aufdecken</translation>
    </message>
    <message>
        <source>No respondents to show.</source>
        <translation>Keine Befragten zum Anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Next person</source>
        <translation>&amp;Nächste Person</translation>
    </message>
    <message>
        <source>Reveal one more respondent; hover it to read what its coins did</source>
        <translation>Eine weitere befragte Person aufdecken; mit der Maus darüber sehen Sie, was ihre Münzen taten</translation>
    </message>
    <message>
        <source>Estimates over repeated surveys</source>
        <translation>Schätzungen über wiederholte Umfragen</translation>
    </message>
    <message>
        <source>Estimated share (%)</source>
        <translation>Geschätzter Anteil (%)</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Privacy against accuracy</source>
        <translation>Privatsphäre gegen Genauigkeit</translation>
    </message>
    <message>
        <source>ε (smaller = more private)</source>
        <translation>ε (kleiner = privater)</translation>
    </message>
    <message>
        <source>SE (pp)</source>
        <translation>SF (PP)</translation>
    </message>
    <message>
        <source>Survey 1 vs. an ordinary survey</source>
        <translation>Umfrage 1 gegen eine gewöhnliche Umfrage</translation>
    </message>
    <message>
        <source>Share of jaywalkers (%)</source>
        <translation>Anteil der Rotgänger (%)</translation>
    </message>
    <message>
        <source>Orange square: said “yes”. While the true share is hidden, so are the truth and the coins.</source>
        <translation>Oranges Quadrat: sagte „ja“. Solange der wahre Anteil verborgen ist, sind es auch die Wahrheit und die Münzen.</translation>
    </message>
    <message>
        <source>Orange square: said “yes”. Green dot: really did it. Thick blue frame: the first coin said “answer truthfully”; thin grey frame: the second coin answered. Hover a square for its story.</source>
        <translation>Oranges Quadrat: sagte „ja“. Grüner Punkt: hat es wirklich getan. Dicker blauer Rahmen: die erste Münze sagte „antworte wahrheitsgemäß“; dünner grauer Rahmen: die zweite Münze antwortete. Mit der Maus über einem Quadrat lesen Sie seine Geschichte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No estimate possible.&lt;/b&gt; The first coin never says “answer truthfully”, so every answer is pure coin noise: perfect privacy (ε = 0) and zero information about the true share.</source>
        <translation>&lt;b&gt;Keine Schätzung möglich.&lt;/b&gt; Die erste Münze sagt nie „antworte wahrheitsgemäß“, also ist jede Antwort reines Münzrauschen: vollkommene Privatsphäre (ε = 0) und keinerlei Information über den wahren Anteil.</translation>
    </message>
    <message>
        <source>Estimated share of jaywalkers: &lt;b&gt;%1&lt;/b&gt; (95 % interval %2 to %3), from %4 of %5 people answering “yes” (%6).</source>
        <translation>Geschätzter Anteil der Rotgänger: &lt;b&gt;%1&lt;/b&gt; (95-%-Intervall %2 bis %3), aus %4 von %5 Personen, die „ja“ antworteten (%6).</translation>
    </message>
    <message>
        <source>True share: &lt;b&gt;hidden&lt;/b&gt;. Make your guess, then untick “Hide the true share”.</source>
        <translation>Wahrer Anteil: &lt;b&gt;verborgen&lt;/b&gt;. Geben Sie Ihren Tipp ab, dann entfernen Sie das Häkchen bei „Wahren Anteil verbergen“.</translation>
    </message>
    <message>
        <source>True share: &lt;b&gt;%1&lt;/b&gt; (%2 people really did it).</source>
        <translation>Wahrer Anteil: &lt;b&gt;%1&lt;/b&gt; (%2 Personen haben es wirklich getan).</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = ∞&lt;/b&gt;. Everyone answers truthfully, so every answer reveals the truth: no privacy at all.</source>
        <translation>Privatsphäre: &lt;b&gt;ε = ∞&lt;/b&gt;. Alle antworten wahrheitsgemäß, also verrät jede Antwort die Wahrheit: überhaupt keine Privatsphäre.</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = ∞&lt;/b&gt;. The second coin always says “%1”, so a “%2” can only come from the truth: a forced-answer design is not differentially private.</source>
        <translation>Privatsphäre: &lt;b&gt;ε = ∞&lt;/b&gt;. Die zweite Münze sagt immer „%1“, also kann ein „%2“ nur von der Wahrheit kommen: ein Verfahren mit erzwungener Antwort ist nicht differentiell privat.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = 0&lt;/b&gt;. Answers do not depend on the truth at all.</source>
        <translation>Privatsphäre: &lt;b&gt;ε = 0&lt;/b&gt;. Die Antworten hängen überhaupt nicht von der Wahrheit ab.</translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = %1&lt;/b&gt;. A “yes” is at most %2 as likely from someone who did it as from someone who did not; a “no” at most %3 as likely from someone who did not.</source>
        <translation>Privatsphäre: &lt;b&gt;ε = %1&lt;/b&gt;. Ein „ja“ ist von jemandem, der es getan hat, höchstens %2 so wahrscheinlich wie von jemandem, der es nicht getan hat; ein „nein“ von jemandem, der es nicht getan hat, höchstens %3 so wahrscheinlich.</translation>
    </message>
    <message>
        <source>Cost of privacy: standard error &lt;b&gt;± %1&lt;/b&gt;.</source>
        <translation>Preis der Privatsphäre: Standardfehler &lt;b&gt;± %1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Cost of privacy: standard error &lt;b&gt;± %1&lt;/b&gt;; an ordinary survey of %2 randomly chosen people: ± %3.</source>
        <translation>Preis der Privatsphäre: Standardfehler &lt;b&gt;± %1&lt;/b&gt;; eine gewöhnliche Umfrage unter %2 zufällig gewählten Personen: ± %3.</translation>
    </message>
    <message>
        <source>%1 of %2 estimates fell below 0 % or above 100 %: that is noise, not a mistake. The estimator is unbiased because it is allowed to overshoot.</source>
        <translation>%1 von %2 Schätzungen lagen unter 0 % oder über 100 %: Das ist Rauschen, kein Fehler. Der Schätzer ist erwartungstreu, gerade weil er über das Ziel hinausschießen darf.</translation>
    </message>
    <message>
        <source>Simulated %1 surveys person by person (every respondent&apos;s answer drawn from their coins).</source>
        <translation>%1 Umfragen Person für Person simuliert (jede Antwort aus den Münzen der jeweiligen Person gezogen).</translation>
    </message>
    <message>
        <source>Simulated %1 surveys exactly in aggregate: the number of “yes” answers is drawn as two binomials (same distribution as flipping every coin, far faster).</source>
        <translation>%1 Umfragen exakt im Aggregat simuliert: Die Zahl der „ja“-Antworten wird als zwei Binomialzahlen gezogen (dieselbe Verteilung wie beim Werfen jeder Münze, nur viel schneller).</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Theorie</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Wahrheit</translation>
    </message>
    <message>
        <source>No estimates: with the first coin never honest the answers carry no information.</source>
        <translation>Keine Schätzungen: Wenn die erste Münze nie Ehrlichkeit verlangt, tragen die Antworten keine Information.</translation>
    </message>
    <message>
        <source>Over %1 repeated surveys the estimates average %2 and spread by ± %3 (one standard deviation)%4.</source>
        <translation>Über %1 wiederholte Umfragen liegen die Schätzungen im Mittel bei %2 und streuen um ± %3 (eine Standardabweichung)%4.</translation>
    </message>
    <message>
        <source> around the true %1</source>
        <translation> um den wahren Wert %1</translation>
    </message>
    <message>
        <source>With the second coin forced to one answer every coin bias gives ε = ∞: there is no trade-off to draw, only no privacy.</source>
        <translation>Wenn die zweite Münze auf eine Antwort festgelegt ist, ergibt jede Münzwahrscheinlichkeit ε = ∞: Es gibt keinen Zielkonflikt zu zeichnen, nur keine Privatsphäre.</translation>
    </message>
    <message>
        <source>Other coins</source>
        <translation>Andere Münzen</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Gewöhnlich</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>More privacy (smaller ε) costs accuracy: at your setting ε = %1 the standard error is ± %2 for %3 people; the curve shows every other coin bias.</source>
        <translation>Mehr Privatsphäre (kleineres ε) kostet Genauigkeit: Bei Ihrer Einstellung ε = %1 beträgt der Standardfehler ± %2 für %3 Personen; die Kurve zeigt alle anderen Münzwahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>Your setting is off the curve (ε = %1); the curve shows the other coin biases.</source>
        <translation>Ihre Einstellung liegt nicht auf der Kurve (ε = %1); die Kurve zeigt die anderen Münzwahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>Coin survey</source>
        <translation>Münzumfrage</translation>
    </message>
    <message>
        <source>No interval: the coin survey carries no information at this setting.</source>
        <translation>Kein Intervall: Die Münzumfrage trägt bei dieser Einstellung keine Information.</translation>
    </message>
    <message>
        <source>The coin survey&apos;s 95 % interval is %1 wide. Guess where the real share lies, then reveal it.</source>
        <translation>Das 95-%-Intervall der Münzumfrage ist %1 breit. Raten Sie, wo der wahre Anteil liegt, dann decken Sie ihn auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 example respondents&lt;/b&gt; (this run counted answers in aggregate)</source>
        <translation>&lt;b&gt;%1 Beispiel-Befragte&lt;/b&gt; (dieser Lauf zählte die Antworten im Aggregat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of the %2 respondents of survey 1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 der %2 Befragten von Umfrage 1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The %1 respondents of survey 1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die %1 Befragten von Umfrage 1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The interval&apos;s formula reaches from %1 to %2; no share lies outside 0 % to 100 %, so it is cut there.</source>
        <translation>Die Formel des Intervalls reicht von %1 bis %2; kein Anteil liegt außerhalb von 0 % bis 100 %, darum wird es dort abgeschnitten.</translation>
    </message>
    <message>
        <source>The interval&apos;s formula reaches down to %1; no share is below 0 %, so it is cut there.</source>
        <translation>Die Formel des Intervalls reicht hinab bis %1; kein Anteil liegt unter 0 %, darum wird es dort abgeschnitten.</translation>
    </message>
    <message>
        <source>The interval&apos;s formula reaches up to %1; no share is above 100 %, so it is cut there.</source>
        <translation>Die Formel des Intervalls reicht hinauf bis %1; kein Anteil liegt über 100 %, darum wird es dort abgeschnitten.</translation>
    </message>
    <message>
        <source> It held the truth in %1 of %2 repeats, over 95 %: the same people answer each time (see the lesson).</source>
        <translation> Es enthielt den wahren Wert in %1 von %2 Wiederholungen, mehr als 95 %: Es antworten jedes Mal dieselben Leute (siehe Lektion).</translation>
    </message>
    <message>
        <source> It held the truth in %1 of %2 repeats.</source>
        <translation> Es enthielt den wahren Wert in %1 von %2 Wiederholungen.</translation>
    </message>
    <message>
        <source>95 % interval (Wilson): %1 wide; ordinary survey: %2.</source>
        <translation>95-%-Intervall (Wilson): %1 breit; gewöhnliche Umfrage: %2.</translation>
    </message>
    <message>
        <source>&amp;Class survey…</source>
        <translation>&amp;Klassenumfrage …</translation>
    </message>
    <message>
        <source>Run this survey live: students answer from their phones, the projector shows the estimate as answers arrive</source>
        <translation>Diese Umfrage live durchführen: Die Studierenden antworten mit dem Handy, der Projektor zeigt die Schätzung, während die Antworten eintreffen</translation>
    </message>
</context>
<context>
    <name>choices</name>
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
        <source>Coin-flip survey</source>
        <translation>Münzwurf-Umfrage</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>Population</source>
        <translation>Bevölkerung</translation>
    </message>
    <message>
        <source>How many people answer the survey.</source>
        <translation>Wie viele Personen an der Umfrage teilnehmen.</translation>
    </message>
    <message>
        <source>True share of jaywalkers</source>
        <translation>Wahrer Anteil der Rotgänger</translation>
    </message>
    <message>
        <source>The share of people who really did it: the number the survey tries to find.</source>
        <translation>Der Anteil der Personen, die es wirklich getan haben: die Zahl, die die Umfrage finden will.</translation>
    </message>
    <message>
        <source>Hide the true share</source>
        <translation>Wahren Anteil verbergen</translation>
    </message>
    <message>
        <source>Hide the true share so the class can guess it from the survey first.</source>
        <translation>Den wahren Anteil verbergen, damit die Klasse ihn zuerst aus der Umfrage schätzen kann.</translation>
    </message>
    <message>
        <source>First coin: heads (answer truthfully)</source>
        <translation>Erste Münze: Kopf (wahrheitsgemäß antworten)</translation>
    </message>
    <message>
        <source>Chance that the first coin says: answer truthfully.</source>
        <translation>Wahrscheinlichkeit, dass die erste Münze sagt: wahrheitsgemäß antworten.</translation>
    </message>
    <message>
        <source>Second coin: &quot;yes&quot;</source>
        <translation>Zweite Münze: „Ja“</translation>
    </message>
    <message>
        <source>When the first coin says not to, chance that the second coin says: answer yes.</source>
        <translation>Wenn die erste Münze es nicht verlangt: Wahrscheinlichkeit, dass die zweite Münze sagt: mit Ja antworten.</translation>
    </message>
    <message>
        <source>Repeated surveys</source>
        <translation>Wiederholte Umfragen</translation>
    </message>
    <message>
        <source>How many times the whole survey is repeated to show its spread.</source>
        <translation>Wie oft die ganze Umfrage wiederholt wird, um ihre Streuung zu zeigen.</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Per-person coin flips, or the exact count of yes answers; auto picks.</source>
        <translation>Münzwürfe für jede Person oder die exakte Zahl der Ja-Antworten; „automatisch“ wählt selbst.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>Umfragen</translation>
    </message>
</context>
</TS>
