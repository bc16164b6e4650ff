<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>IconArray</name>
    <message>
        <source>100 replays of the release: how often the best attacker guesses right</source>
        <translation>100 Wiederholungen der Veröffentlichung: wie oft die beste Angreiferin richtig rät</translation>
    </message>
    <message>
        <source>Right in %1 of %2 replays (filled), wrong in %3 (hollow crosses).</source>
        <translation>Richtig in %1 von %2 Wiederholungen (gefüllt), falsch in %3 (Kreuze).</translation>
    </message>
</context>
<context>
    <name>MechanismsPage</name>
    <message>
        <source>What ε means for the attacker, in words</source>
        <translation>Was ε für die Angreiferin bedeutet, in Worten</translation>
    </message>
    <message>
        <source>The attacker&apos;s belief after seeing the output</source>
        <translation>Die Einschätzung der Angreiferin nach der Ausgabe</translation>
    </message>
    <message>
        <source>Noisy count (output)</source>
        <translation>Verrauschte Zählung (Ausgabe)</translation>
    </message>
    <message>
        <source>Belief (%)</source>
        <translation>Einschätzung (%)</translation>
    </message>
    <message>
        <source>Outputs with and without Alice</source>
        <translation>Ausgaben mit und ohne Alice</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Privacy loss and the ±ε band</source>
        <translation>Privatsphäreverlust und das ±ε-Band</translation>
    </message>
    <message>
        <source>Privacy loss</source>
        <translation>Privatsphäreverlust</translation>
    </message>
    <message>
        <source>Empirical privacy check</source>
        <translation>Empirische Privatsphäre-Prüfung</translation>
    </message>
    <message>
        <source>Floating-point leak</source>
        <translation>Gleitkomma-Leck</translation>
    </message>
    <message>
        <source>Local against global noise</source>
        <translation>Lokales gegen globales Rauschen</translation>
    </message>
    <message>
        <source>Population N (people)</source>
        <translation>Bevölkerung N (Personen)</translation>
    </message>
    <message>
        <source>Error of share</source>
        <translation>Fehler des Anteils</translation>
    </message>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Gaussian (analytic σ)</source>
        <translation>Gauß (analytisches σ)</translation>
    </message>
    <message>
        <source>Discrete Laplace (exact)</source>
        <translation>Diskreter Laplace (exakt)</translation>
    </message>
    <message>
        <source>Discrete Gaussian (exact)</source>
        <translation>Diskreter Gauß (exakt)</translation>
    </message>
    <message>
        <source>Broken: Δ ten times too small</source>
        <translation>Kaputt: Δ zehnmal zu klein</translation>
    </message>
    <message>
        <source>Broken: bounded uniform noise</source>
        <translation>Kaputt: beschränktes gleichverteiltes Rauschen</translation>
    </message>
    <message>
        <source>Broken: noise that only adds</source>
        <translation>Kaputt: Rauschen, das nur addiert</translation>
    </message>
    <message>
        <source>%1 claims ε = %2: no output is more than e^ε = %3 times as likely with Alice as without her. An attacker who thought it %4 can at most move to %5.</source>
        <translation>%1 verspricht ε = %2: Keine Ausgabe ist mit Alice mehr als e^ε = %3-mal so wahrscheinlich wie ohne sie. Wer vorher %4 dachte, kommt höchstens auf %5.</translation>
    </message>
    <message>
        <source> Except on rare outputs: with probability %1 the loss exceeds ε, which δ = %2 pays for.</source>
        <translation> Außer bei seltenen Ausgaben: Mit Wahrscheinlichkeit %1 übersteigt der Verlust ε, dafür bezahlt δ = %2.</translation>
    </message>
    <message>
        <source> But this mechanism breaks the promise: some outputs are possible only on one side, so the true ε is infinite.</source>
        <translation> Aber dieser Mechanismus bricht das Versprechen: Manche Ausgaben sind nur auf einer Seite möglich, das wahre ε ist also unendlich.</translation>
    </message>
    <message>
        <source> But this mechanism breaks the promise: its true ε is %1.</source>
        <translation> Aber dieser Mechanismus bricht das Versprechen: Sein wahres ε ist %1.</translation>
    </message>
    <message>
        <source>In 100 replays of the release the best attacker guessed right %1 times (%2 in the long run; %3 by guessing without the release).</source>
        <translation>In 100 Wiederholungen der Veröffentlichung lag die beste Angreiferin %1-mal richtig (%2 auf lange Sicht; %3, wenn sie ohne die Veröffentlichung rät).</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Prior</source>
        <translation>Vorwissen</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Whatever the output, the attacker&apos;s belief stays at or below %1 (from a prior of %2).</source>
        <translation>Egal welche Ausgabe: Die Einschätzung der Angreiferin bleibt bei höchstens %1 (Vorwissen: %2).</translation>
    </message>
    <message>
        <source>On some outputs the belief rises above the ceiling of %1, up to %2: those are the outputs δ or a broken mechanism gives away.</source>
        <translation>Bei manchen Ausgaben steigt die Einschätzung über die Obergrenze von %1, bis auf %2: Diese Ausgaben gibt δ oder ein kaputter Mechanismus preis.</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Releases with</source>
        <translation>Veröffentlichungen mit</translation>
    </message>
    <message>
        <source>Releases without</source>
        <translation>Veröffentlichungen ohne</translation>
    </message>
    <message>
        <source>With Alice</source>
        <translation>Mit Alice</translation>
    </message>
    <message>
        <source>Without Alice</source>
        <translation>Ohne Alice</translation>
    </message>
    <message>
        <source>%1 simulated releases on each database; true counts %2 and %3. The noise has standard deviation %4</source>
        <translation>%1 simulierte Veröffentlichungen je Datenbank; wahre Zählungen %2 und %3. Das Rauschen hat die Standardabweichung %4</translation>
    </message>
    <message>
        <source> (Laplace scale b = Δ/ε = %1).</source>
        <translation> (Laplace-Skala b = Δ/ε = %1).</translation>
    </message>
    <message>
        <source> (analytic σ = %1; the classic formula would need σ = %2, %3).</source>
        <translation> (analytisches σ = %1; die klassische Formel bräuchte σ = %2, %3).</translation>
    </message>
    <message>
        <source>and its theorem applies at this ε</source>
        <translation>und ihr Satz gilt bei diesem ε</translation>
    </message>
    <message>
        <source>but its theorem only covers ε &lt; 1</source>
        <translation>aber ihr Satz gilt nur für ε &lt; 1</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Ausbruch</translation>
    </message>
    <message>
        <source>+ε</source>
        <translation>+ε</translation>
    </message>
    <message>
        <source>−ε</source>
        <translation>−ε</translation>
    </message>
    <message>
        <source>The loss stays between −ε and +ε for every output: no output is more than %1 times as likely on one side.</source>
        <translation>Der Verlust bleibt für jede Ausgabe zwischen −ε und +ε: Keine Ausgabe ist auf einer Seite mehr als %1-mal so wahrscheinlich.</translation>
    </message>
    <message>
        <source>Beyond %1 the loss leaves the band. With Alice, outputs land there with probability %2, %3 times δ; δ = %4 is the smaller, weighted excess E[(1 − e^(ε − loss))⁺].</source>
        <translation>Jenseits von %1 verlässt der Verlust das Band. Mit Alice landen Ausgaben dort mit Wahrscheinlichkeit %2, dem %3-Fachen von δ; δ = %4 ist der kleinere, gewichtete Überschuss E[(1 − e^(ε − Verlust))⁺].</translation>
    </message>
    <message>
        <source>The loss leaves the band (infinite loss is drawn at the edge) on outputs with probability %1: the claimed ε would need δ = %2.</source>
        <translation>Der Verlust verlässt das Band (unendlicher Verlust ist am Rand gezeichnet) bei Ausgaben mit Wahrscheinlichkeit %1: Das behauptete ε bräuchte δ = %2.</translation>
    </message>
    <message>
        <source>outputs of at least %1</source>
        <translation>Ausgaben von mindestens %1</translation>
    </message>
    <message>
        <source>outputs below %1</source>
        <translation>Ausgaben unter %1</translation>
    </message>
    <message>
        <source>Empirical check: no evidence yet; %1 releases are too few to bound ε. Claimed: ε = %2.</source>
        <translation>Empirische Prüfung: noch kein Befund; %1 Veröffentlichungen sind zu wenige, um ε zu beschränken. Behauptet: ε = %2.</translation>
    </message>
    <message>
        <source>Empirical check (%1 confidence): ε is at least %2; the mechanism claims ε = %3. Consistent with the claim.</source>
        <translation>Empirische Prüfung (Konfidenz %1): ε ist mindestens %2; der Mechanismus behauptet ε = %3. Das passt zur Behauptung.</translation>
    </message>
    <message>
        <source>Empirical check (%1 confidence): ε is at least %2, but the mechanism claims ε = %3. The claim is false.</source>
        <translation>Empirische Prüfung (Konfidenz %1): ε ist mindestens %2, doch der Mechanismus behauptet ε = %3. Die Behauptung ist falsch.</translation>
    </message>
    <message>
        <source> Region: %1, chosen on the first half of the releases and counted on the other %2: %3 on one side, %4 on the other.</source>
        <translation> Bereich: %1, gewählt auf der ersten Hälfte der Veröffentlichungen und gezählt auf den übrigen %2: %3 auf der einen Seite, %4 auf der anderen.</translation>
    </message>
    <message>
        <source>Floating-point leak (textbook Laplace in doubles, Mironov 2012): %1 of %2 outputs can come from only one of the two databases, so for them ε = ∞.</source>
        <translation>Gleitkomma-Leck (Lehrbuch-Laplace in Gleitkommazahlen, Mironov 2012): %1 von %2 Ausgaben können nur aus einer der beiden Datenbanken stammen, für sie ist also ε = ∞.</translation>
    </message>
    <message>
        <source> For example %1.</source>
        <translation> Zum Beispiel %1.</translation>
    </message>
    <message>
        <source> Safe: the exact discrete Laplace and discrete Gaussian samplers.</source>
        <translation> Sicher sind die exakten Sampler für den diskreten Laplace und den diskreten Gauß.</translation>
    </message>
    <message>
        <source>Floating-point leak: %1 of %2 outputs; the exact integer sampler (Canonne, Kamath &amp; Steinke 2020) can produce every output from both databases.</source>
        <translation>Gleitkomma-Leck: %1 von %2 Ausgaben; der exakte Ganzzahl-Sampler (Canonne, Kamath &amp; Steinke 2020) kann jede Ausgabe aus beiden Datenbanken erzeugen.</translation>
    </message>
    <message>
        <source>Local ~1/(ε√N)</source>
        <translation>Lokal ~1/(ε√N)</translation>
    </message>
    <message>
        <source>Global ~1/(εN)</source>
        <translation>Global ~1/(εN)</translation>
    </message>
    <message>
        <source>Local sim.</source>
        <translation>Lokal sim.</translation>
    </message>
    <message>
        <source>Global sim.</source>
        <translation>Global sim.</translation>
    </message>
    <message>
        <source>Your N</source>
        <translation>Ihr N</translation>
    </message>
    <message>
        <source>With N = %1 people at ε = %2: randomized response by each person misses the share of 1s by %3, one Laplace noise on the count by a trusted curator by %4, %5 less.</source>
        <translation>Bei N = %1 Personen und ε = %2: Randomized Response durch jede Person verfehlt den Anteil der Einsen um %3, ein einziges Laplace-Rauschen einer vertrauenswürdigen Stelle auf der Zählung um %4, %5 weniger.</translation>
    </message>
    <message>
        <source> A check can only refute a claim: with %1 releases per side it cannot show ε above %2.</source>
        <translation> Eine Prüfung kann eine Behauptung nur widerlegen: Mit %1 Veröffentlichungen je Seite kann sie kein ε über %2 zeigen.</translation>
    </message>
</context>
<context>
    <name>RawDataPicture</name>
    <message>
        <source>Who sees the raw data: locally nobody, globally the trusted curator</source>
        <translation>Wer sieht die Rohdaten: lokal niemand, global die vertrauenswürdige Stelle</translation>
    </message>
    <message>
        <source>Local: each person adds noise, nobody sees raw answers</source>
        <translation>Lokal: Jede Person verrauscht selbst, niemand sieht Rohantworten</translation>
    </message>
    <message>
        <source>Global: a trusted curator sees raw data, adds one noise</source>
        <translation>Global: Eine vertrauenswürdige Stelle sieht die Rohdaten und verrauscht einmal</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>discrete Laplace</source>
        <translation>diskreter Laplace</translation>
    </message>
    <message>
        <source>discrete Gaussian</source>
        <translation>diskreter Gauß</translation>
    </message>
    <message>
        <source>wrong sensitivity (broken)</source>
        <translation>falsche Sensitivität (kaputt)</translation>
    </message>
    <message>
        <source>uniform noise (broken)</source>
        <translation>gleichverteiltes Rauschen (kaputt)</translation>
    </message>
    <message>
        <source>forced yes (broken)</source>
        <translation>erzwungenes Ja (kaputt)</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <source>Noise and the definition</source>
        <translation>Rauschen und die Definition</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>Which noise is added to the count (the last three are broken on purpose).</source>
        <translation>Welches Rauschen auf die Zählung kommt (die letzten drei sind absichtlich kaputt).</translation>
    </message>
    <message>
        <source>The privacy loss the mechanism promises.</source>
        <translation>Der Privatsphäreverlust, den der Mechanismus verspricht.</translation>
    </message>
    <message>
        <source>The slack of the Gaussian mechanisms.</source>
        <translation>Der Spielraum der Gauß-Mechanismen.</translation>
    </message>
    <message>
        <source>Sensitivity Δ</source>
        <translation>Sensitivität Δ</translation>
    </message>
    <message>
        <source>How much one person can change the count.</source>
        <translation>Wie stark eine Person die Zählung ändern kann.</translation>
    </message>
    <message>
        <source>True count</source>
        <translation>Wahre Zählung</translation>
    </message>
    <message>
        <source>The count with Alice in the data; without her it is Δ less.</source>
        <translation>Die Zählung mit Alice in den Daten; ohne sie ist sie um Δ kleiner.</translation>
    </message>
    <message>
        <source>Simulated releases</source>
        <translation>Simulierte Veröffentlichungen</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>How many noisy answers are simulated on each database.</source>
        <translation>Wie viele verrauschte Antworten je Datenbank simuliert werden.</translation>
    </message>
    <message>
        <source>Attacker&apos;s prior</source>
        <translation>Vorwissen der Angreiferin</translation>
    </message>
    <message>
        <source>How sure the attacker is beforehand that Alice is in the data.</source>
        <translation>Wie sicher die Angreiferin vorher ist, dass Alice in den Daten ist.</translation>
    </message>
    <message>
        <source>Population N</source>
        <translation>Bevölkerung N</translation>
    </message>
    <message>
        <source>Population size for local against global noise.</source>
        <translation>Bevölkerungsgröße für lokales gegen globales Rauschen.</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>the discrete mechanisms add whole numbers: %3 must be a whole number, not %1</source>
        <translation>die diskreten Mechanismen addieren ganze Zahlen: %3 muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>ε and the sensitivity give a noise scale outside the exact discrete sampler&apos;s range</source>
        <translation>ε und die Sensitivität ergeben eine Rauschskala außerhalb des Bereichs des exakten diskreten Samplers</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
</context>
</TS>
