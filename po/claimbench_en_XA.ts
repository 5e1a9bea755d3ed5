<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>A workbench for fact-checkers.</source>
        <translation>[Å ŵöŕķƀéñçĥ ƒöŕ ƒåçţ-çĥéçķéŕš.]</translation>
    </message>
    <message>
        <source>Documents to open.</source>
        <translation>[Ðöçûɱéñţš ţö öþéñ.]</translation>
    </message>
</context>
<context>
    <name>Claimbench::MainWindow</name>
    <message>
        <source>No document</source>
        <translation>[Ñö ðöçûɱéñţ]</translation>
    </message>
</context>
</TS>
