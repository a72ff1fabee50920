<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>keyport::FilesDragOffer</name>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Downloading %n item to %1</numerusform>
            <numerusform>Downloading %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::FilesDragOut</name>
    <message numerus="yes">
        <source>Fetching %n item(s) for the drop</source>
        <translation>
            <numerusform>Fetching %n item for the drop</numerusform>
            <numerusform>Fetching %n items for the drop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::FilesView</name>
    <message numerus="yes">
        <source>The connection to %1 was lost. Trying again in %n s (try %2)…</source>
        <translation>
            <numerusform>The connection to %1 was lost. Trying again in %n s (try %2)…</numerusform>
            <numerusform>The connection to %1 was lost. Trying again in %n s (try %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden (Ctrl+H shows them)</source>
        <translation>
            <numerusform>%n hidden (Ctrl+H shows them)</numerusform>
            <numerusform>%n hidden (Ctrl+H shows them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s), folders with everything in them?</source>
        <translation>
            <numerusform>Delete %n item, folders with everything in them?</numerusform>
            <numerusform>Delete %n items, folders with everything in them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Deleting %n item…</numerusform>
            <numerusform>Deleting %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>Deleted %n item.</numerusform>
            <numerusform>Deleted %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Uploading %n item to %1</numerusform>
            <numerusform>Uploading %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Downloading %n item to %1</numerusform>
            <numerusform>Downloading %n items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::FilesWindow</name>
    <message numerus="yes">
        <source>%n transfer(s) still running. Keep copying in the background? The window comes back when they need you, and you hear when they are done.</source>
        <translation>
            <numerusform>%n transfer still running. Keep copying in the background? The window comes back when they need you, and you hear when they are done.</numerusform>
            <numerusform>%n transfers still running. Keep copying in the background? The window comes back when they need you, and you hear when they are done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::HttpApi</name>
    <message numerus="yes">
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>try again in %n second</numerusform>
            <numerusform>try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::KeysPage</name>
    <message numerus="yes">
        <source>%n key(s) in %1</source>
        <translation>
            <numerusform>%n key in %1</numerusform>
            <numerusform>%n keys in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the agent for %n minute(s).</source>
        <translation>
            <numerusform>Added to the agent for %n minute.</numerusform>
            <numerusform>Added to the agent for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::MainWindow</name>
    <message numerus="yes">
        <source>Keyport: %n proxy(ies) running</source>
        <translation>
            <numerusform>Keyport: %n proxy running</numerusform>
            <numerusform>Keyport: %n proxies running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankCliProxy</name>
    <message numerus="yes">
        <source>Northflank&apos;s CLI did not start an SSH proxy to %1 within %n second(s). %2</source>
        <translation>
            <numerusform>Northflank&apos;s CLI did not start an SSH proxy to %1 within %n second. %2</numerusform>
            <numerusform>Northflank&apos;s CLI did not start an SSH proxy to %1 within %n seconds. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankSource</name>
    <message numerus="yes">
        <source>Northflank kept sending more pages while Keyport tried to %1; it stopped after %n page(s).</source>
        <translation>
            <numerusform>Northflank kept sending more pages while Keyport tried to %1; it stopped after %n page.</numerusform>
            <numerusform>Northflank kept sending more pages while Keyport tried to %1; it stopped after %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SftpRemoveJob</name>
    <message numerus="yes">
        <source>%n item(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n item could not be deleted: %1</numerusform>
            <numerusform>%n items could not be deleted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SourceDialog</name>
    <message numerus="yes">
        <source>It works: %n workspace(s) listed.</source>
        <translation>
            <numerusform>It works: %n workspace listed.</numerusform>
            <numerusform>It works: %n workspaces listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SshIdentity</name>
    <message numerus="yes">
        <source>%n key(s), none of yours</source>
        <translation>
            <numerusform>%n key, none of yours</numerusform>
            <numerusform>%n keys, none of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (yours) and %n other key(s)</source>
        <translation>
            <numerusform>%1 (yours) and %n other key</numerusform>
            <numerusform>%1 (yours) and %n other keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::TransferQueue</name>
    <message numerus="yes">
        <source>The workspace could not be reached again after %n tries: %1 Retry continues from where it stopped.</source>
        <translation>
            <numerusform>The workspace could not be reached again after %n try: %1 Retry continues from where it stopped.</numerusform>
            <numerusform>The workspace could not be reached again after %n tries: %1 Retry continues from where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::TransfersPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Done, %n skipped</numerusform>
            <numerusform>Done, %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::cli</name>
    <message numerus="yes">
        <source>Copied %n file(s), %1.</source>
        <translation>
            <numerusform>Copied %n file, %1.</numerusform>
            <numerusform>Copied %n files, %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
