<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Claimbench::Inspector</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::MainWindow</name>
    <message numerus="yes">
        <source>%n plugin(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n plugin could not be loaded: %1</numerusform>
            <numerusform>%n plugins could not be loaded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another reviewer changed %n claim(s) you also changed. Both versions are kept: choose one in the inspector.</source>
        <translation>
            <numerusform>Another reviewer changed %n claim you also changed. Both versions are kept: choose one in the inspector.</numerusform>
            <numerusform>Another reviewer changed %n claims you also changed. Both versions are kept: choose one in the inspector.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::ReportPreview</name>
    <message numerus="yes">
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orphan</numerusform>
            <numerusform>%n orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::SearchBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) made</source>
        <translation>
            <numerusform>%n replacement made</numerusform>
            <numerusform>%n replacements made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::ShortcutsDialog</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action(s)</source>
        <translation>
            <numerusform>%n of %1 actions</numerusform>
            <numerusform>%n of %1 actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
