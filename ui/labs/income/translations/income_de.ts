<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>IncomePage</name>
    <message>
        <source>%1 (thousand €)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income estimate, one friend and privacy in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential privacy, clipping and local against central, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes and reports (round 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one report reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error over repeated rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical error against N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends N (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bars show the first %1 of the %2 friends; the averages use all of them. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One friend: the income (green) and the report (orange). The estimate (blue line) is the report minus μ_o, give or take %1 (95 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (orange) spread far wider than incomes (green), yet their average minus μ_o (blue line, 95 % interval ± %1) lands %2 %3 the true average (green line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clipped to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend #%1: income %2, report %3. The observer&apos;s 95 % range (blue) covers %4 of all friends&apos; incomes (grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend #%1: income %2, report %3. The observer&apos;s 95 % range (blue) is report − μ_o ± %4, whoever the friend is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the report fits almost anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the report fits many of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: with this little noise the report narrows the income down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one round: its error was %1. Raise “Repeated rounds” to see the spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 rounds, each with new friends: error %2 ± %3 (mean ± standard deviation); theory (dashed) %4 ± %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every error is exactly zero (no noise, no bias), so there is nothing to draw on a logarithmic scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_o/√N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typical error shrinks like σ_o/√N, 10 times for 100 times more friends; at your N = %1 (red) it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A bias of %1 does not shrink: the theory curve flattens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a very strong promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a strong promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moderate promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weak promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a very weak promise that protects almost nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated average income: &lt;b&gt;%1&lt;/b&gt; (95 % interval %2 to %3). True average of %4: &lt;b&gt;%5&lt;/b&gt;, so the estimate is %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this one friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these %1 friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval covers the noise only, not the %1 bias from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipping and the wrong μ_o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wrong μ_o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00020&apos;&gt;Wrong μ_o: the analyst subtracts %1 although the friends&apos; noise has mean %2, so every estimate is off by %3, with any number of friends.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One friend (#%1) earns &lt;b&gt;%2&lt;/b&gt; and reported &lt;b&gt;%3&lt;/b&gt;. From the report alone an observer can only say “between %4 and %5” (95 %): &lt;i&gt;plausible deniability&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;/b&gt; (counted as %2 after clipping)&lt;b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy of one report: &lt;b&gt;ε is infinite&lt;/b&gt;. Without clipping, no amount of noise hides a very large income: noise alone is not differential privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy of one report: &lt;b&gt;ε is infinite&lt;/b&gt;. With no noise every report is the clipped income itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy of one report: &lt;b&gt;ε = %1&lt;/b&gt; at δ = %2 (C = %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why ε is infinite:&lt;/b&gt; incomes have no upper limit, so one friend can move a report without bound and no amount of noise covers that. Noise alone is not differential privacy; clipping to [0, C] and then adding noise is (and the classic bound does not apply without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ε = %1&lt;/b&gt; (exact, Balle &amp; Wang 2018): clipping to [0, %2] limits what one friend can change (the sensitivity C), so each report is the Gaussian mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Classic bound&lt;/b&gt; √(2 ln(1.25/δ))·C/σ_o: ε = %1. It applies (below 1) and is looser than the exact ε.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Classic bound&lt;/b&gt; √(2 ln(1.25/δ))·C/σ_o would give ε = %1, but &lt;b&gt;it does not apply here&lt;/b&gt;: it is only proved for ε below 1 (Dwork &amp; Roth, Thm 3.22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ε is infinite:&lt;/b&gt; with no noise every report is the clipped income itself. The classic bound does not apply either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;For ε = 1&lt;/b&gt; each friend must add σ_o = &lt;b&gt;%1&lt;/b&gt; (the classic formula would say %2, but its theorem covers only ε below 1); you use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clipping&lt;/b&gt; is off: no clipping bias, but no privacy guarantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clipping bias:&lt;/b&gt; under 1 €, because C is far above almost every income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of incomes lie above C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clipping bias: %1.&lt;/b&gt; %2; more friends do not remove this bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Local vs central&lt;/b&gt; %1: every friend adding noise gives an error of ± %2 (σ_o/√N); a trusted curator adding one such noise to the sum, ± %3 (σ_o/N): √N = %4 times less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the same ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the same noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> At ε = 1: ± %1 against ± %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated %1 rounds, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
