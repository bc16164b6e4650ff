<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>RespondentGrid</name>
    <message>
        <source>Respondents of the first survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1. Said: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first coin: heads, so they answered truthfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first coin: tails, so the second coin decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads (say yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tails (say no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1. Really did it: %2. %3. Said: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondents: %2 answered truthfully because of the first coin, %3 let the second coin answer; %4 said yes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Survey result in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flip one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the respondents one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondents to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal one more respondent; hover it to read what its coins did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates over repeated surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy against accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε (smaller = more private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey 1 vs. an ordinary survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of jaywalkers (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange square: said “yes”. While the true share is hidden, so are the truth and the coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange square: said “yes”. Green dot: really did it. Thick blue frame: the first coin said “answer truthfully”; thin grey frame: the second coin answered. Hover a square for its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No estimate possible.&lt;/b&gt; The first coin never says “answer truthfully”, so every answer is pure coin noise: perfect privacy (ε = 0) and zero information about the true share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated share of jaywalkers: &lt;b&gt;%1&lt;/b&gt; (95 % interval %2 to %3), from %4 of %5 people answering “yes” (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True share: &lt;b&gt;hidden&lt;/b&gt;. Make your guess, then untick “Hide the true share”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True share: &lt;b&gt;%1&lt;/b&gt; (%2 people really did it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = ∞&lt;/b&gt;. Everyone answers truthfully, so every answer reveals the truth: no privacy at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = ∞&lt;/b&gt;. The second coin always says “%1”, so a “%2” can only come from the truth: a forced-answer design is not differentially private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = 0&lt;/b&gt;. Answers do not depend on the truth at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: &lt;b&gt;ε = %1&lt;/b&gt;. A “yes” is at most %2 as likely from someone who did it as from someone who did not; a “no” at most %3 as likely from someone who did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of privacy: standard error &lt;b&gt;± %1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of privacy: standard error &lt;b&gt;± %1&lt;/b&gt;; an ordinary survey of %2 randomly chosen people: ± %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 estimates fell below 0 % or above 100 %: that is noise, not a mistake. The estimator is unbiased because it is allowed to overshoot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated %1 surveys person by person (every respondent&apos;s answer drawn from their coins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated %1 surveys exactly in aggregate: the number of “yes” answers is drawn as two binomials (same distribution as flipping every coin, far faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimates: with the first coin never honest the answers carry no information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 repeated surveys the estimates average %2 and spread by ± %3 (one standard deviation)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> around the true %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the second coin forced to one answer every coin bias gives ε = ∞: there is no trade-off to draw, only no privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More privacy (smaller ε) costs accuracy: at your setting ε = %1 the standard error is ± %2 for %3 people; the curve shows every other coin bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your setting is off the curve (ε = %1); the curve shows the other coin biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interval: the coin survey carries no information at this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coin survey&apos;s 95 % interval is %1 wide. Guess where the real share lies, then reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coin survey&apos;s 95 % interval is %1 wide; an ordinary survey of the same size would be about %2 wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 example respondents&lt;/b&gt; (this run counted answers in aggregate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of the %2 respondents of survey 1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The %1 respondents of survey 1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
