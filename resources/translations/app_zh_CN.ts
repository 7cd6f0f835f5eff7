<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Core</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit can&apos;t be placed under itself or one of its own sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t delete: the unit still has {units} sub-units and {positions} positions. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t delete: {n} staff still hold this position. Move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} can&apos;t be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row was changed elsewhere; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} may be at most {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: “{value}” is not a valid date (e.g. 2024-03-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: “{value}” is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: the chosen record does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: “{value}” matches several records; use the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: nothing called “{value}” exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organisation from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export organisation to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation and operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file already exists; choose Open to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1? The current data is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organisation from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export organisation to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internal Customer Service System&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Built with Qt (PySide6), SQLAlchemy, Alembic, reportlab, pyqtgraph and openpyxl.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Installation and operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 城关供电所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Please name this installation and say who is working with it. Every change is recorded with these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation name and operator are required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported; correct the file and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation: %1 · Operator: %2 (%3) · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of grey areas, overdue action items, rotation coverage, collaboration and benchmarking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp; staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work items, the responsibility matrix and the grey-area analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal customer map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service relations with commitments and standards, business processes and the map view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation &amp; stationing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation and stationing plans, assignments, conflict checks and the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings &amp; minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting system, minutes with decisions, and tracked action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp; incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration assessment, emotional accounts, internal service stars and excellent cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer benchmarking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station indicators, classification into advantage, improvement and weak items, and the grassroots problem list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printable internal service handbook compiled from all modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change packages between supply stations and headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this program. Install the newer version to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database of this program (%2). The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This module is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data cannot be entered in this version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1. The current database is kept as a backup before it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row was changed elsewhere. The table has been reloaded; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitTreeView</name>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
