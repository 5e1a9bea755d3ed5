<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Claimbench</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated failure (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded as %1 without loss (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1 (a character cut off at the end of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (a NUL byte at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 byte-order mark at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (U+%2) at position %3 cannot be represented in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text cannot be represented in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report template is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: the claimed text changed after the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: the claimed text changed after the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: this claim needs reviewing again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Fact-check review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with Claimbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: orphaned (the text was not found; last known quote shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: %1 (%2 with a verdict, %3 still open, %4 orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1 (%2 to check again, %3 with unresolved conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimed text changed after the verdict, or two reviewers disagree. These claims are left out of the ClaimReview export until they are checked again and the conflicts resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of these claims could not be found in this version of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1 bytes; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version %1 is not supported (this Claimbench supports %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a colour like &quot;#1f77b4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of field objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;label&quot; and &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field needs a non-empty string &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs a non-empty &quot;choices&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is a string or an object with string &quot;id&quot; and &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of detector objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a &quot;pattern&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a detector needs a non-empty string &quot;pattern&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression: %1 (at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a capture group of the pattern (0..%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change claim text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your name (Preferences) before approving: an approval records who gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verdict to approve yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked this claim: the desk requires a second reviewer to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the verdict: the desk requires a second reviewer to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unresolved conflict between two reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check again: the claimed text changed after the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved by a second reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1, who marked it or set its verdict: a second reviewer must approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after %2 approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the reviewed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::AddClaimCommand</name>
    <message>
        <source>Mark claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::CausationPlugin</name>
    <message>
        <source>a consequence (&quot;leading to&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a causal verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a causal connective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation and correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim that one thing caused, led to, or is linked with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that both the cause and the effect happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for evidence of a mechanism, not just a correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider other explanations and confounders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an independent expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation is not causation. A claim that X *led to* Y needs both X and Y, the right order, and a reason to rule out the other explanations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::CheckWorthyPlugin</name>
    <message>
        <source>check-worthy by the trained model, p = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; strongest words: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-worthy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factual statement the public would want checked, found by the trained detector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it states a fact that can be checked, not an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the primary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the claim type when a specific one fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained detector knows check-worthy sentences, not claim types: pick the specific type (quantity, law, prediction...) when one fits. Its confidence is a calibrated probability (see docs/detection.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::CheckedBeforePanel</name>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reuse verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new claim this verdict, with a link to the earlier check in its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;earlier check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a claim to see whether the desk has checked something like it before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a desk (File → Open Desk…) to see earlier checks of similar claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked before: nothing on the desk like “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked before? 1 earlier claim like “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked before? %1 earlier claims like “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimEditor</name>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimSet</name>
    <message>
        <source>No such claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimTypeFile</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimsPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimed text changed after it was rated: check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim needs checking again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reviewer removed this claim while it was changed here. Keep or remove it in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim was removed here while another reviewer changed it. Keep or remove it in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reviewer changed the same fields differently: %1. Choose a value in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reviewer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (%1, %2 need attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans (%1, %2 need attention): their text is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans (%1): their text is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims to check again (their text changed after they were rated) or with conflicting changes from another reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Steps of the verification checklist done.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach the orphan to the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the claim&apos;s text in the editor, then re-attach the orphan to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Completeness</name>
    <message>
        <source>a verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::DeskTrainingDialog</name>
    <message>
        <source>Train Desk Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from the decisions of the desk %1: every marked or accepted claim is an example of a check-worthy sentence, every dismissed suggestion one of a sentence that is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the desk&apos;s articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the desk&apos;s articles: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no desk model was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk model was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt from %1 accepted or marked claims and %2 dismissed suggestions in %3 articles; %4 weights of the shipped model changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1; the check-worthy detector uses it for the documents of this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars that could not be read and were skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::DeskView</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That claim is no longer in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for my second review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 articles, %3 claims: %4%5&lt;br&gt;Reviewer: %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1 with conflicts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · second review required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk open: File → Open Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the desk: quotes, statements, claimants, notes, sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected claim&apos;s verdict for publishing as you (Ctrl+Shift+A): saved in its sidecar, or in the article when it is open here (undo there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for my second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still loading its claims; approve it when they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its claims are read-only here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in the open article, not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in %1 (open: Edit → Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::DocumentController</name>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed since it was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims file %1 cannot be read, so Claimbench will not change it. Its claims are not shown and no new ones can be marked until the file is fixed (claimbench-cli validate lists every problem) or moved away; then open the document again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read, so it was not written over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read. Claimbench keeps your claims and will not write over that file until it can be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::DocumentFile</name>
    <message>
        <source>%1 cannot be decoded without changing it (%2), so it is opened read-only: saving would corrupt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1 in its encoding, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Export</name>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (report model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview for a web page (HTML script)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ExportDialog</name>
    <message>
        <source>Unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m parts printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… (Esc or Cancel stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::HtmlWriter</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimed text changed after the verdict, or two reviewers disagree. These claims are left out of the ClaimReview export until they are checked again and the conflicts resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: this text was not found in the current version of the article; the last known quote is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of these claims could not be found in this version of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim is highlighted and numbered; the numbers link to the claims above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the reviewed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What identifies the text the claims were checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Inspector</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as YYYY-MM-DD (e.g. 2024-03-31) or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: marked, not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightly filled, underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightly filled, dashed underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey dotted underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detector&apos;s suggestion, not a claim yet: accept or dismiss it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim shown in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down in the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1 from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address starting with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD; Alt+Down opens a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done needs:&lt;/b&gt; %1.&lt;br&gt;Fill them in, or mark it done anyway and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done without:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checklist (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Orphan&lt;/b&gt; (its text is gone): “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reviewer removed this claim while it was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: here “%2”, another reviewer “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the highlights mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours are the claim types&apos; (Preferences). Overlapping claims stack their underlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article, or create one, to mark claims in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims of this article are read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim in the text or in the claims list, or select text and press %1 to mark one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check again:&lt;/b&gt; the claimed text changed after it was rated or done. Setting the status or the verdict again clears this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done needs a verdict and the claim type&apos;s required fields (marked *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is done anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for marking it done anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim type&apos;s fields; * marks those Done needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds a source, Return or F2 edits it, Delete removes it; the context menu opens it in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archived copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Highlights in the text, in the claim type&apos;s colour:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: Google advises under 75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 75 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not published yet:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done without %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the status to Done; the reason goes into the claim&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim as it will be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in one short sentence, as readers will see it (ClaimReview claimReviewed). Google advises under 75 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;mant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Leader of Essex County Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line: why this verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concl&amp;usion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the claim appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// (empty: the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the claim was made, when not in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the claim was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: the article&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the verdict for publishing as you (ClaimReview exports only approved claims when the desk requires a second review: Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Labels</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::LawsRulesPlugin</name>
    <message>
        <source>a statement of what the law says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a law does or allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a law, regulation or rule says or does, who has which powers, and voting records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law, regulation or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section or article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the official text of the law or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it is in force, and since when (amendments, repeals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the jurisdiction it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check court rulings or official guidance on its meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For votes: check the official voting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims are often *partly* right: a power that exists but is limited, a ban with exceptions. Quote the section that settles it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::MainWindow</name>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Claimbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s encoding: it is saved in the same encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of %1 has changes that are not saved. Save them? Discarding them keeps your claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims of %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Save them to another file, or keep them: Claimbench offers them again the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Claims &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Claims As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (*.claims.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text of the claim first, then mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text the orphan belongs to, then re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it (claims are re-anchored), or keep your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded. Claims: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article (Ctrl+O), create one (Ctrl+N), or paste one as a new article (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text on the clipboard as a new article and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;attach Orphan to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find claims with the detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Whole Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Claimbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Claimbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Claimbench %1&lt;/h3&gt;&lt;p&gt;A workbench for fact-checkers: mark the claims in an article, check them, and hand the desk a review report.&lt;/p&gt;&lt;p&gt;Qt %2, KDE Frameworks SyntaxHighlighting. Licensed under the GPL, version 2 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the text or the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the last change that was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text (a bar under the text; Esc closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace matches of the search in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every action with its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin “%1” was disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plugin(s) could not be loaded: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another reviewer changed %n claim(s) you also changed. Both versions are kept: choose one in the inspector.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claims saved by another window or program were merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim lost its text and is now an orphan (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from a session that ended unexpectedly were found. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text differs from when the claims were saved. Claims: %1 exact, %2 moved, %3 fuzzy, %4 orphaned (orphans are listed in the claims panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new article could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved work from a session that ended unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim, %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims, %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a web page, Word file or PDF as the article a reader sees, keeping the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Ori&amp;ginal Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page the article was read from, as it was kept (its offline copy, else the original bytes), in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a desk: a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every article of a folder with its claims, and search them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &amp;Desk Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document of a desk, or a desk, to train its model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the check-worthy detector&apos;s model of this desk from its accepted and dismissed suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article and its claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article&apos;s text (claims are saved as you work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article and its claims under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review report or an export (HTML, PDF, Markdown, CSV, JSON, ClaimReview, W3C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, the organisation, claim type colours and editing options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the claim shown in the inspector (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected orphan claim to the text selected in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next claim in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous claim in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected suggestion as a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected suggestion; it is not suggested again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend selections to whole words when marking (Alt-drag selects exact characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines at the window&apos;s edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show line numbers beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim-type plugins: which are loaded, and why any failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict reused from the earlier check of claim %1 in [%2](%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::OpenArticleDialog</name>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address, or a saved page (.html, .mhtml), Word or OpenDocument file, PDF, Markdown or text. The article is saved as text a reader sees, with the original kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address or file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the article as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and the original %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::OverviewStrip</name>
    <message>
        <source>Claims overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the claims are in the document; click to go there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::PluginManager</name>
    <message>
        <source>threw from %1(): unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threw from %1(): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not implement Claimbench::ClaimTypeProvider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not implement Claimbench::ClaimDetector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded the memory limit (%1 MiB) in %2()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin host reported an unknown error &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the plugin host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned a claim type without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim type &quot;%1&quot; is already provided by plugin &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Qt plugin (no plugin metadata found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong interface id &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Claimbench metadata (Q_PLUGIN_METADATA needs FILE with id, name, version, apiVersion, description, claimTypes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or invalid metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version %1 is not supported (this Claimbench supports %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already provided by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim type &quot;%1&quot; is not listed in the metadata&apos;s claimTypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in claimTypes()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out %1 (more than %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: its detector did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out while loading (more than %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in detect()</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search paths: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::PredictionPlugin</name>
    <message>
        <source>an expected development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a future construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim about what will happen: forecasts, projections and expectations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who forecasts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model or basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find who made the forecast and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the forecast is based on (model, assumptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the range or uncertainty that came with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with other forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a date to revisit the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prediction cannot be true or false yet, but the claim that *someone forecasts it*, and what the forecast is based on, can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::PreferencesDialog</name>
    <message>
        <source>Row %1 of the rating scale has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating scale has the id “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” in the rating scale is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating scale needs at least one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact-checking organisation (ClaimReview author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publication URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap claims to whole &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rating level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rating level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the rating scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale of this document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// (ClaimReview author URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s web s&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// (ClaimReview author logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs a se&amp;cond reviewer&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview then includes only claims approved by someone who neither marked them nor set their verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// (empty: the publication URL above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review&apos;s publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: not published yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review&apos;s &amp;headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review&apos;s pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::QuantityPlugin</name>
    <message>
        <source>an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a superlative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change in size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount, count, percentage, rate, ranking or comparison in the past or present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the primary source of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the period, the unit and the geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that comparisons are like for like (inflation, population, definitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the context: trend, base, margin of error, cherry-picked periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are the most checkable claims. Ask *what exactly was counted*, *over which period* and *by whom*. Rankings (&quot;the second largest&quot;) need a named league table and a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::QuoteAttributionPlugin</name>
    <message>
        <source>attributed with &quot;according to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearsay (&quot;reportedly&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearsay (&quot;is said to&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position attributed to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something someone said, or a position attributed to a person or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words attributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when it was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording or transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the original recording, transcript or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the exact wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the context: what was said before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm who said it, and in what capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the substance of what was said, separately from who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two claims in one: *that* it was said, and *what* was said. Hearsay (&quot;is said to have&quot;) names no source at all: find one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::RatingScale</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Reader</name>
    <message>
        <source>an annotation must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TextPositionSelector needs &quot;start&quot; and &quot;end&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ReattachCommand</name>
    <message>
        <source>Re-attach claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::RemoveClaimCommand</name>
    <message>
        <source>Remove claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Report</name>
    <message>
        <source>Fact-check review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ReportDetail</name>
    <message>
        <source>Unresolved conflict</source>
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
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check of “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 with a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ReportEntry</name>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed here, changed by the other reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, removed by the other reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (here) / %3 (other reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is too large to preview (%1 MB). Export it (File ▸ Export Report) to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims %1–%2 of %3, near the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>annotated article on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is drawn when this panel is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every claim (compact), not only those near the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the annotated article, however long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be previewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn. Export it (File ▸ Export Report) to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ResolveConflictCommand</name>
    <message>
        <source>Remove conflicting claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make to a claim is recorded with your name, and reports list you under “Reviewed by”. You can change it later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::SearchBar</name>
    <message>
        <source>Invalid regular expression: %1 (character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 (with whole words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wrapped to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrapped to the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is read-only: nothing can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper and lower case must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matches that are whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is a regular expression; in the replacement \1 … \9 are its groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Aa</source>
        <comment>short for Match case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <comment>short for Whole words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.*</source>
        <comment>short for Regular expression</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::SetPublicationCommand</name>
    <message>
        <source>Change the review&apos;s publication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::SetRatingScaleCommand</name>
    <message>
        <source>Change rating scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or key, e.g. “claim” or “Ctrl+M”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::Sidecar</name>
    <message>
        <source>file too large (%1 bytes; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+%1 in a string (write it as \u%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::SourceDialog</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a Wayback Machine link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::SuggestionsPanel</name>
    <message>
        <source>The claims are read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find claims with the detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel finding claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestion as a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its detector did not finish within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin “%1” was disabled: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No detector is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::TemporalEventPlugin</name>
    <message>
        <source>a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dated event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim that something happened at a given time, or lasted for a given period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the event happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date or period against a primary record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the record you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vague time words (&quot;earlier this year&quot;, &quot;decades&quot;) hide the date: pin it down and check that the event fits it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::TextCommand</name>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::TypePicker</name>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What kind of claim is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search claim types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claim types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::Validator</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 date (YYYY-MM-DD): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 is after end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 is beyond the end of the document (%2 code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UUID: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a lowercase hexadecimal SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Claimbench claims file (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Claimbench (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used by /ratingScale/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1 (first used by /claims/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claimant type &quot;%1&quot; (one of: person, organization)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::W3c</name>
    <message>
        <source>file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a W3C AnnotationCollection, AnnotationPage, annotation or Hypothesis export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claimbench::WebEngineModule</name>
    <message>
        <source>Qt WebEngine needs the application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimbench&apos;s Qt WebEngine module is not installed (%1): the report preview and PDF export need it. Reinstall Claimbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimbench&apos;s Qt WebEngine module (%1) could not be loaded: %2. The report preview and PDF export need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalPage</name>
    <message>
        <source>This article was not read by Open Article: no original was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept original %1 is gone from %2; read the article again with Open Article to keep a new one%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program here opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for fact-checkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window with FILE loaded to a PNG, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
