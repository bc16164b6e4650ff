<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DecisionMap</name>
    <message>
        <source>Alice</source>
        <translation>Alice</translation>
    </message>
    <message>
        <source>Feature 1</source>
        <translation>Merkmal 1</translation>
    </message>
    <message>
        <source>Feature 2</source>
        <translation>Merkmal 2</translation>
    </message>
</context>
<context>
    <name>DpsgdPage</name>
    <message>
        <source>Privacy spent, accuracy and Alice&apos;s record in words</source>
        <translation>Verbrauchte Privatsphäre, Genauigkeit und Alices Datensatz in Worten</translation>
    </message>
    <message>
        <source>Plain SGD: decision regions</source>
        <translation>Gewöhnliches SGD: Entscheidungsgebiete</translation>
    </message>
    <message>
        <source>DP-SGD: decision regions</source>
        <translation>DP-SGD: Entscheidungsgebiete</translation>
    </message>
    <message>
        <source>Accuracy while training</source>
        <translation>Genauigkeit während des Trainings</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>ε spent per epoch</source>
        <translation>Verbrauchtes ε je Epoche</translation>
    </message>
    <message>
        <source>ε (accountant)</source>
        <translation>ε (Accountant)</translation>
    </message>
    <message>
        <source>Gradient norms, last epoch</source>
        <translation>Gradientenlängen, letzte Epoche</translation>
    </message>
    <message>
        <source>Gradient norm ‖g‖</source>
        <translation>Gradientenlänge ‖g‖</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Trade-off: held-out accuracy against ε</source>
        <translation>Zielkonflikt: Genauigkeit auf Testpunkten gegen ε</translation>
    </message>
    <message>
        <source>ε (log scale)</source>
        <translation>ε (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Held-out accuracy (%)</source>
        <translation>Genauigkeit auf Testpunkten (%)</translation>
    </message>
    <message>
        <source>Audit: Alice&apos;s loss in each model</source>
        <translation>Audit: Alices Verlust in jedem Modell</translation>
    </message>
    <message>
        <source>Loss on Alice&apos;s record (nats)</source>
        <translation>Verlust auf Alices Datensatz (nats)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Audit: the attacker&apos;s ROC curve</source>
        <translation>Audit: ROC-Kurve der Angreiferin</translation>
    </message>
    <message>
        <source>False-positive rate (%)</source>
        <translation>Falsch-positiv-Rate (%)</translation>
    </message>
    <message>
        <source>True-positive rate (%)</source>
        <translation>Richtig-positiv-Rate (%)</translation>
    </message>
    <message>
        <source>Run the audit</source>
        <translation>Audit starten</translation>
    </message>
    <message>
        <source>Trains many models with and without Alice&apos;s record and measures how well an attacker tells them apart.</source>
        <translation>Trainiert viele Modelle mit und ohne Alices Datensatz und misst, wie gut eine Angreiferin sie unterscheidet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation>Audit abbrechen</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt des Audits</translation>
    </message>
    <message>
        <source>%p % of the models trained</source>
        <translation>%p % der Modelle trainiert</translation>
    </message>
    <message>
        <source>Audit result in words</source>
        <translation>Ergebnis des Audits in Worten</translation>
    </message>
    <message>
        <source>&lt;b&gt;No noise (σ = 0): no finite ε.&lt;/b&gt; DP-SGD only clips here.</source>
        <translation>&lt;b&gt;Kein Rauschen (σ = 0): kein endliches ε.&lt;/b&gt; DP-SGD kappt hier nur die Gradienten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DP-SGD spent ε = %1&lt;/b&gt; at δ = %2 over %3 steps (sampling rate %4, σ = %5, C = %6; standard RDP conversion, α = %7; the tighter conversion of Balle et al. gives %8).</source>
        <translation>&lt;b&gt;DP-SGD hat ε = %1 verbraucht&lt;/b&gt; bei δ = %2 in %3 Schritten (Stichprobenrate %4, σ = %5, C = %6; übliche RDP-Umrechnung, α = %7; die schärfere Umrechnung von Balle et al. ergibt %8).</translation>
    </message>
    <message>
        <source>Held-out accuracy: plain SGD %1, DP-SGD %2.</source>
        <translation>Genauigkeit auf Testpunkten: gewöhnliches SGD %1, DP-SGD %2.</translation>
    </message>
    <message>
        <source>plain SGD has learned Alice&apos;s wrong label</source>
        <translation>gewöhnliches SGD hat Alices falsches Label gelernt</translation>
    </message>
    <message>
        <source>plain SGD has not learned Alice&apos;s wrong label</source>
        <translation>gewöhnliches SGD hat Alices falsches Label nicht gelernt</translation>
    </message>
    <message>
        <source>DP-SGD has learned it too</source>
        <translation>DP-SGD hat es ebenfalls gelernt</translation>
    </message>
    <message>
        <source>DP-SGD has not</source>
        <translation>DP-SGD nicht</translation>
    </message>
    <message>
        <source>Alice: %1 (her loss %2), %3 (loss %4).</source>
        <translation>Alice: %1 (ihr Verlust %2), %3 (Verlust %4).</translation>
    </message>
    <message>
        <source>Alice&apos;s record is not in the training data.</source>
        <translation>Alices Datensatz ist nicht in den Trainingsdaten.</translation>
    </message>
    <message>
        <source>Blue regions: class 1 (squares); orange: class 0 (circles); the black line is the boundary. Training accuracy %1.</source>
        <translation>Blaue Gebiete: Klasse 1 (Quadrate); orange: Klasse 0 (Kreise); die schwarze Linie ist die Grenze. Genauigkeit auf den Trainingspunkten %1.</translation>
    </message>
    <message>
        <source>Alice&apos;s star lies in the region of her (wrong) label.</source>
        <translation>Alices Stern liegt im Gebiet ihres (falschen) Labels.</translation>
    </message>
    <message>
        <source>Alice&apos;s star lies outside the region of her label.</source>
        <translation>Alices Stern liegt außerhalb des Gebiets ihres Labels.</translation>
    </message>
    <message>
        <source>SGD, training</source>
        <translation>SGD, Training</translation>
    </message>
    <message>
        <source>SGD, held-out</source>
        <translation>SGD, Test</translation>
    </message>
    <message>
        <source>DP-SGD, training</source>
        <translation>DP-SGD, Training</translation>
    </message>
    <message>
        <source>DP-SGD, held-out</source>
        <translation>DP-SGD, Test</translation>
    </message>
    <message>
        <source>ε spent</source>
        <translation>Verbrauchtes ε</translation>
    </message>
    <message>
        <source>Without noise ε is infinite after the first step: nothing is promised.</source>
        <translation>Ohne Rauschen ist ε schon nach dem ersten Schritt unendlich: Nichts ist versprochen.</translation>
    </message>
    <message>
        <source>ε grows with every step: %1 after the first epoch, %2 after the last.</source>
        <translation>ε wächst mit jedem Schritt: %1 nach der ersten Epoche, %2 nach der letzten.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>%1 of the %2 gradients in the last epoch were longer than C = %3 and were shortened to length C; the rest passed unchanged.</source>
        <translation>%1 der %2 Gradienten der letzten Epoche waren länger als C = %3 und wurden auf die Länge C gekürzt; die übrigen blieben unverändert.</translation>
    </message>
    <message>
        <source>DP-SGD at σ = 0.3 … 5</source>
        <translation>DP-SGD bei σ = 0,3 … 5</translation>
    </message>
    <message>
        <source>One training run each</source>
        <translation>Je ein Trainingslauf</translation>
    </message>
    <message>
        <source>Plain SGD (no privacy)</source>
        <translation>Gewöhnliches SGD (ohne Privatsphäre)</translation>
    </message>
    <message>
        <source>Today&apos;s setting</source>
        <translation>Aktuelle Einstellung</translation>
    </message>
    <message>
        <source>Each point is a real DP-SGD run with its own σ; more noise means a smaller ε. Today&apos;s setting: ε = %1, held-out accuracy %2 (plain SGD: %3).</source>
        <translation>Jeder Punkt ist ein echter DP-SGD-Lauf mit eigenem σ; mehr Rauschen bedeutet ein kleineres ε. Aktuelle Einstellung: ε = %1, Genauigkeit auf Testpunkten %2 (gewöhnliches SGD: %3).</translation>
    </message>
    <message>
        <source>Run the audit (%1 models)</source>
        <translation>Audit starten (%1 Modelle)</translation>
    </message>
    <message>
        <source>Training %1 models with Alice&apos;s record and %1 without it…</source>
        <translation>Trainiere %1 Modelle mit Alices Datensatz und %1 ohne ihn …</translation>
    </message>
    <message>
        <source>The audit trains %1 models with Alice&apos;s record and %1 without it, then checks how well her loss tells the two apart. It takes a few seconds: press “Run the audit”.</source>
        <translation>Das Audit trainiert %1 Modelle mit Alices Datensatz und %1 ohne ihn und prüft dann, wie gut ihr Verlust die beiden Gruppen unterscheidet. Das dauert einige Sekunden: Drücken Sie „Audit starten“.</translation>
    </message>
    <message>
        <source>No audit yet for this setting.</source>
        <translation>Für diese Einstellung gibt es noch kein Audit.</translation>
    </message>
    <message>
        <source>Trained with Alice</source>
        <translation>Mit Alice trainiert</translation>
    </message>
    <message>
        <source>Trained without Alice</source>
        <translation>Ohne Alice trainiert</translation>
    </message>
    <message>
        <source>A low loss on Alice&apos;s record hints that she was in the training data; the more the two histograms overlap, the less a model gives away.</source>
        <translation>Ein kleiner Verlust auf Alices Datensatz deutet darauf hin, dass sie in den Trainingsdaten war; je stärker sich die beiden Histogramme überlappen, desto weniger verrät ein Modell.</translation>
    </message>
    <message>
        <source>Attacker: “in” when the loss is low</source>
        <translation>Angreiferin: „dabei“, wenn der Verlust klein ist</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Area under the curve %1 (50 % is guessing, 100 % always right).</source>
        <translation>Fläche unter der Kurve %1 (50 % ist Raten, 100 % immer richtig).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit proves ε ≥ %1&lt;/b&gt; with 95 % confidence (true-positive rate %2 against false-positive rate %3 on %4 fresh models a side; ε ≥ ln((TPR − δ)/FPR) with Clopper–Pearson bounds).</source>
        <translation>&lt;b&gt;Das Audit beweist ε ≥ %1&lt;/b&gt; mit 95 % Sicherheit (Richtig-positiv-Rate %2 gegen Falsch-positiv-Rate %3 an %4 frischen Modellen je Seite; ε ≥ ln((TPR − δ)/FPR) mit Clopper-Pearson-Schranken).</translation>
    </message>
    <message>
        <source>Without noise the accountant promises nothing (ε = ∞).</source>
        <translation>Ohne Rauschen verspricht der Accountant nichts (ε = ∞).</translation>
    </message>
    <message>
        <source>The accountant promises ε ≤ %1: the attack stays below the promise.</source>
        <translation>Der Accountant verspricht ε ≤ %1: Der Angriff bleibt unter diesem Versprechen.</translation>
    </message>
    <message>
        <source>The accountant promised ε ≤ %1, and the attack proves more: something is wrong (or this was the 1-in-20 unlucky audit).</source>
        <translation>Der Accountant hat ε ≤ %1 versprochen, und der Angriff beweist mehr: Etwas stimmt nicht (oder dies war das eine Audit von 20, das Pech hat).</translation>
    </message>
    <message>
        <source>After one epoch: plain SGD %1 on the training points and %2 held out; DP-SGD %3 and %4.</source>
        <translation>Nach einer Epoche: einfaches SGD %1 auf den Trainingspunkten und %2 auf zurückgehaltenen Punkten; DP-SGD %3 und %4.</translation>
    </message>
    <message>
        <source>After %1 epochs: plain SGD %2 on the training points and %3 held out; DP-SGD %4 and %5.</source>
        <translation>Nach %1 Epochen: einfaches SGD %2 auf den Trainingspunkten und %3 auf zurückgehaltenen Punkten; DP-SGD %4 und %5.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>blobs</source>
        <translation>Wolken</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>logistisch</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netz</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <source>DP in machine learning</source>
        <translation>DP beim maschinellen Lernen</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The two classes in the plane the models learn to separate.</source>
        <translation>Die zwei Klassen in der Ebene, die die Modelle trennen lernen.</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>How many examples the models are trained on.</source>
        <translation>Mit wie vielen Beispielen die Modelle trainiert werden.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Logistic regression (a straight boundary) or a network with 16 hidden units.</source>
        <translation>Logistische Regression (eine gerade Grenze) oder ein Netz mit 16 verborgenen Neuronen.</translation>
    </message>
    <message>
        <source>Clipping norm C</source>
        <translation>Clipping-Grenze C</translation>
    </message>
    <message>
        <source>Each example&apos;s gradient is shrunk to at most this length.</source>
        <translation>Der Gradient jedes Beispiels wird auf höchstens diese Länge gekürzt.</translation>
    </message>
    <message>
        <source>Noise multiplier σ</source>
        <translation>Rauschfaktor σ</translation>
    </message>
    <message>
        <source>Noise of standard deviation σ·C is added to each batch&apos;s summed gradient.</source>
        <translation>Rauschen mit Standardabweichung σ·C kommt zur Gradientensumme jedes Batches hinzu.</translation>
    </message>
    <message>
        <source>Expected batch size</source>
        <translation>Erwartete Batchgröße</translation>
    </message>
    <message>
        <source>Each example joins a step&apos;s batch with probability batch/points.</source>
        <translation>Jedes Beispiel kommt mit Wahrscheinlichkeit Batchgröße/Punkte in den Batch eines Schritts.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Passes over the data; each pass is points/batch steps.</source>
        <translation>Durchgänge durch die Daten; jeder Durchgang hat Punkte/Batchgröße Schritte.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How far each step moves the model.</source>
        <translation>Wie weit jeder Schritt das Modell verschiebt.</translation>
    </message>
    <message>
        <source>δ (0 = 1/points²)</source>
        <translation>δ (0 = 1/Punkte²)</translation>
    </message>
    <message>
        <source>The δ of the (ε, δ) guarantee; 0 uses 1/points².</source>
        <translation>Das δ der (ε, δ)-Garantie; 0 bedeutet 1/Punkte².</translation>
    </message>
    <message>
        <source>Alice&apos;s record (canary)</source>
        <translation>Alices Datensatz (Kanarienvogel)</translation>
    </message>
    <message>
        <source>Add one mislabelled outlier to the training data.</source>
        <translation>Fügt den Trainingsdaten einen falsch beschrifteten Ausreißer hinzu.</translation>
    </message>
    <message>
        <source>Audit runs</source>
        <translation>Audit-Läufe</translation>
    </message>
    <message>
        <source>Models trained with Alice&apos;s record and as many without it for the audit.</source>
        <translation>Für das Audit trainierte Modelle mit Alices Datensatz und ebenso viele ohne ihn.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>the expected batch size cannot exceed the number of points</source>
        <translation>die erwartete Stapelgröße kann die Zahl der Punkte nicht übersteigen</translation>
    </message>
    <message>
        <source>noise σ·C is infinite when C is infinite and σ &gt; 0</source>
        <translation>das Rauschen σ·C ist unendlich, wenn C unendlich ist und σ &gt; 0</translation>
    </message>
    <message>
        <source>δ must be 0 (meaning 1/points²) or between 0 and 1</source>
        <translation>δ muss 0 sein (bedeutet 1/Punkte²) oder zwischen 0 und 1 liegen</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
</context>
</TS>
