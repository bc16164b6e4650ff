<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DifferencingPage</name>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attack in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated attacks in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row of the person removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attacker&apos;s success against ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε per query (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise and privacy budget in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity table title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity of every query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest change one person makes on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest change one person can make on any database of N people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;One attack on row %1:&lt;/b&gt; she really %2. The attacker guesses &lt;b&gt;%3&lt;/b&gt;: &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has it (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not have it (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laplace noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attacker sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She computes %1%2 − %3%4 = &lt;b&gt;%5&lt;/b&gt;, %6 ½, so she guesses %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Over %1 attacks: right %2&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; exact chance %3; a blind guess is right 50 % of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy ceiling: &lt;b&gt;none&lt;/b&gt;. Without noise differential privacy promises nothing (ε = ∞): unlimited privacy loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy ceiling: &lt;b&gt;50 %&lt;/b&gt;. The answers do not depend on her secret, so no attack can beat a blind guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy ceiling: &lt;b&gt;%1&lt;/b&gt;. No attack on an ε = %2 answer can beat e^ε/(1 + e^ε).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: no noise, so ε = ∞ for both queries together; her secret costs nothing (ε = 0), because this query ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: no noise, so ε = ∞ for her secret and for both queries together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: ε = %1. Δ = 0: the answer cannot depend on anyone, so no noise is needed and nothing is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise scale b = Δ/ε = %1/%2 = %3, from the global sensitivity Δ (never the measured one: that would leak). Budget: ε = %4 spent on her secret, %5 by both queries together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The %1 people in the database&lt;/b&gt; (%2 have it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows %1 to %2 of %3 people&lt;/b&gt; (%4 of all have it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green 1 = has it, white 0 = does not; red ✗ = the target, left out of the second query%1. Hover for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; purple dashes = largest change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1→0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0→1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 0 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 on each of the %2 parallel databases (%3) against %4 on the full database. The largest change, %5 at row %6, is the sensitivity measured on this database; the worst case over all databases (global) is %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value flipped in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one person removed from each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 on the full database and on every one of the %3 parallel databases: nobody changes it, so the sensitivity measured here is 0. The worst case over all databases (global) is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DP cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Laplace noise at your ε = %1 per query the attacker was right %2 of the time over %3 attacks; her exact chance, %4, stays at or below the differential-privacy ceiling of %5. Smaller ε pushes her towards the 50 % of a blind guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers carry no noise, so ε does not matter yet: the attacker is right %1 of the time. The curves show what Laplace noise would do, from %2 right at ε = 0.01 to %3 at ε = 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sensitivity of every query when one person&apos;s value is changed&lt;/b&gt; (N = %1, %2 have it; global = worst case over every database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sensitivity of every query when one person is removed&lt;/b&gt; (N = %1, %2 have it; global = worst case over every database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleStrip</name>
    <message>
        <source>People in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of them have it. The target, row %3, is framed and crossed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has it (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not have it (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With her value flipped the %1 is %2 (full database: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without her the %1 is %2 (full database: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
