<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Plan the week…</source>
        <translation>Plan the week…</translation>
    </message>
    <message>
        <source>Nothing waits for you today. Plan this week&apos;s calls, or note a name someone gave you (Ctrl+L).</source>
        <translation>Nothing waits for you today. Plan this week&apos;s calls, or note a name someone gave you (Ctrl+L).</translation>
    </message>
    <message>
        <source>See them all in Follow-ups</source>
        <translation>See them all in Follow-ups</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <source>New people this week: {count} of the {goal} you aim for</source>
        <translation>New people this week: {count} of the {goal} you aim for</translation>
    </message>
    <message numerus="yes">
        <source>Calls to make (the first 10 of %Ln)</source>
        <translation>
            <numerusform>Calls to make (the first 10 of %Ln)</numerusform>
            <numerusform>Calls to make (the first 10 of %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls to make (%Ln)</source>
        <translation>
            <numerusform>Calls to make (%Ln)</numerusform>
            <numerusform>Calls to make (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thank-yous owed (%Ln)</source>
        <translation>
            <numerusform>Thank-yous owed (%Ln)</numerusform>
            <numerusform>Thank-yous owed (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tell them how it went (%Ln)</source>
        <translation>
            <numerusform>Tell them how it went (%Ln)</numerusform>
            <numerusform>Tell them how it went (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%Ln)</source>
        <translation>
            <numerusform>Follow-ups due (%Ln)</numerusform>
            <numerusform>Follow-ups due (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the next 7 days (%Ln)</source>
        <translation>
            <numerusform>Meetings in the next 7 days (%Ln)</numerusform>
            <numerusform>Meetings in the next 7 days (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your day starts here</source>
        <translation>Your day starts here</translation>
    </message>
    <message>
        <source>Each morning, this page will list the calls to make, the relays to thank and the follow-ups due. Begin with the people you already know, or look around the demo, a network already under way in a file of its own.</source>
        <translation>Each morning, this page will list the calls to make, the relays to thank and the follow-ups due. Begin with the people you already know, or look around the demo, a network already under way in a file of its own.</translation>
    </message>
    <message>
        <source>Import my LinkedIn connections…</source>
        <translation>Import my LinkedIn connections…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Add the first person</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Explore the demo</translation>
    </message>
    <message>
        <source>Warm call</source>
        <translation>Warm call</translation>
    </message>
    <message>
        <source>Someone you know</source>
        <translation>Someone you know</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Cold call</translation>
    </message>
    <message>
        <source>Nobody introduced them</source>
        <translation>Nobody introduced them</translation>
    </message>
    <message>
        <source>{name} said you may use their name</source>
        <translation>{name} said you may use their name</translation>
    </message>
    <message>
        <source>Ask {name} whether you may use their name</source>
        <translation>Ask {name} whether you may use their name</translation>
    </message>
    <message>
        <source>Do not use {name}’s name</source>
        <translation>Do not use {name}’s name</translation>
    </message>
    <message>
        <source>Planned this week</source>
        <translation>Planned this week</translation>
    </message>
    <message>
        <source>Worth a call</source>
        <translation>Worth a call</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>For {name}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Thank {name}</source>
        <translation>Thank {name}</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>You met {name} on {date}; they have not heard from you since</source>
        <translation>You met {name} on {date}; they have not heard from you since</translation>
    </message>
    <message>
        <source>Tell {name} how it went</source>
        <translation>Tell {name} how it went</translation>
    </message>
    <message>
        <source>Get back in touch with {name}</source>
        <translation>Get back in touch with {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days late</source>
        <translation>
            <numerusform>%Ln day late</numerusform>
            <numerusform>%Ln days late</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>Got back in touch with {name}</source>
        <translation>Got back in touch with {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} at {time}</translation>
    </message>
</context>
<context>
    <name>ArgParse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
</context>
<context>
    <name>CadenceChooser</name>
    <message>
        <source>Every … days</source>
        <translation>Every … days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>CadenceDefaultsDialog</name>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Keep-in-touch rhythms</translation>
    </message>
    <message>
        <source>People think of you when your last contact is recent. For everyone without a rhythm of their own, Carnet reminds you to get back in touch after:</source>
        <translation>People think of you when your last contact is recent. For everyone without a rhythm of their own, Carnet reminds you to get back in touch after:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>Any call, meeting, email or notebook entry about someone starts the count again.</source>
        <translation>Any call, meeting, email or notebook entry about someone starts the count again.</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <source>How often do you want to get back in touch with {name}?</source>
        <translation>How often do you want to get back in touch with {name}?</translation>
    </message>
    <message>
        <source>As usual for their status ({rhythm})</source>
        <translation>As usual for their status ({rhythm})</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Never remind me</translation>
    </message>
</context>
<context>
    <name>CallCommands</name>
    <message>
        <source>&amp;Log a call or meeting…</source>
        <translation>&amp;Log a call or meeting…</translation>
    </message>
    <message>
        <source>After-meeting &amp;debrief…</source>
        <translation>After-meeting &amp;debrief…</translation>
    </message>
    <message>
        <source>&amp;Prepare a call…</source>
        <translation>&amp;Prepare a call…</translation>
    </message>
    <message>
        <source>Play&amp;book cards…</source>
        <translation>Play&amp;book cards…</translation>
    </message>
    <message>
        <source>My p&amp;rofile…</source>
        <translation>My p&amp;rofile…</translation>
    </message>
    <message>
        <source>Help &amp;given…</source>
        <translation>Help &amp;given…</translation>
    </message>
    <message>
        <source>C&amp;V handed over…</source>
        <translation>C&amp;V handed over…</translation>
    </message>
    <message>
        <source>Call &amp;now…</source>
        <translation>Call &amp;now…</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Call now</translation>
    </message>
    <message>
        <source>Choose the person you are calling first: select them in Contacts or in the referral tree, then choose Call now again.</source>
        <translation>Choose the person you are calling first: select them in Contacts or in the referral tree, then choose Call now again.</translation>
    </message>
</context>
<context>
    <name>CallCorrections</name>
    <message>
        <source>Correct the call with {name}</source>
        <translation>Correct the call with {name}</translation>
    </message>
    <message>
        <source>Delete the call with {name}</source>
        <translation>Delete the call with {name}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>CallEntry</name>
    <message>
        <source>Meeting with {name}</source>
        <translation>Meeting with {name}</translation>
    </message>
    <message>
        <source>Video call with {name}</source>
        <translation>Video call with {name}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Call with {name}</translation>
    </message>
</context>
<context>
    <name>CallForms</name>
    <message>
        <source>Choose a person…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <source>Type a name to choose a person…</source>
        <translation>Type a name to choose a person…</translation>
    </message>
    <message>
        <source>Thank your connector</source>
        <translation>Thank your connector</translation>
    </message>
    <message>
        <source>It went well with {person}. Tell {connector} how it went, and thank them?</source>
        <translation>It went well with {person}. Tell {connector} how it went, and thank them?</translation>
    </message>
    <message>
        <source>A follow-up will remind you on {date}.</source>
        <translation>A follow-up will remind you on {date}.</translation>
    </message>
    <message>
        <source>Add the follow-up</source>
        <translation>Add the follow-up</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Tell {connector} how it went with {person}, and thank them</source>
        <translation>Tell {connector} how it went with {person}, and thank them</translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Follow-up not added</translation>
    </message>
    <message>
        <source>Also tell where it led to those who led you there: {names}</source>
        <translation>Also tell where it led to those who led you there: {names}</translation>
    </message>
    <message>
        <source>Tell {connector} where it led (a meeting with {person}, through {relay}) and thank them</source>
        <translation>Tell {connector} where it led (a meeting with {person}, through {relay}) and thank them</translation>
    </message>
</context>
<context>
    <name>CallModeWindow</name>
    <message>
        <source>Call with {name}</source>
        <translation>Call with {name}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Kind of call</translation>
    </message>
    <message>
        <source>What they say, what you learn</source>
        <translation>What they say, what you learn</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>Notes of the call</translation>
    </message>
    <message>
        <source>A name they give you</source>
        <translation>A name they give you</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>Name given</translation>
    </message>
    <message>
        <source>Permission to use their name</source>
        <translation>Permission to use their name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Names given</source>
        <translation>Names given</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>How did it go? One click logs the call and closes this window.</source>
        <translation>How did it go? One click logs the call and closes this window.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Your notes</translation>
    </message>
    <message>
        <source>{name}: {permission}</source>
        <translation>{name}: {permission}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved yet: Carnet cannot write to your data file. What you typed stays here, and Carnet tries again every few seconds.</source>
        <translation>Not saved yet: Carnet cannot write to your data file. What you typed stays here, and Carnet tries again every few seconds.</translation>
    </message>
    <message>
        <source>{name} (already in your contacts)</source>
        <translation>{name} (already in your contacts)</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Open their card</source>
        <translation>Open their card</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>How it went</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Nothing written</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>None planned</translation>
    </message>
    <message>
        <source>Logged from their card. To change it, use “Correct…”: Ctrl+Z undoes it.</source>
        <translation>Logged from their card. To change it, use “Correct…”: Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>This call or meeting was deleted. Edit › Undo (Ctrl+Z) puts it back.</source>
        <translation>This call or meeting was deleted. Edit › Undo (Ctrl+Z) puts it back.</translation>
    </message>
</context>
<context>
    <name>CallPreparationDialog</name>
    <message>
        <source>Prepare a call</source>
        <translation>Prepare a call</translation>
    </message>
    <message>
        <source>What do you want from this call? e.g. Understand how the team works, and get the name of the sales director</source>
        <translation>What do you want from this call? e.g. Understand how the team works, and get the name of the sales director</translation>
    </message>
    <message>
        <source>- What do you know of the company?
- Who else should I talk to?
- May I call them on your behalf?</source>
        <translation>- What do you know of the company?
- Who else should I talk to?
- May I call them on your behalf?</translation>
    </message>
    <message>
        <source>Edit my profile…</source>
        <translation>Edit my profile…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>My pitch</source>
        <translation>My pitch</translation>
    </message>
    <message>
        <source>My precise ask</source>
        <translation>My precise ask</translation>
    </message>
    <message>
        <source>&amp;Call with</source>
        <translation>&amp;Call with</translation>
    </message>
    <message>
        <source>&amp;Goal of the call</source>
        <translation>&amp;Goal of the call</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Call preparation: {name}</source>
        <translation>Call preparation: {name}</translation>
    </message>
    <message>
        <source>Goal of the call</source>
        <translation>Goal of the call</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Choose the person you are going to call.</source>
        <translation>Choose the person you are going to call.</translation>
    </message>
    <message>
        <source>Not written yet: add it in My profile.</source>
        <translation>Not written yet: add it in My profile.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Saved in your notebook</source>
        <translation>Saved in your notebook</translation>
    </message>
    <message>
        <source>Not saved yet: Carnet cannot write to your data file. Your text stays here, and Carnet tries again every few seconds.</source>
        <translation>Not saved yet: Carnet cannot write to your data file. Your text stays here, and Carnet tries again every few seconds.</translation>
    </message>
    <message>
        <source>Preparation not saved</source>
        <translation>Preparation not saved</translation>
    </message>
    <message>
        <source>Your preparation could not be saved yet, so it stays open: nothing you typed is lost.

{reason}</source>
        <translation>Your preparation could not be saved yet, so it stays open: nothing you typed is lost.

{reason}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Call with {name}</translation>
    </message>
    <message>
        <source>On behalf of {connector}</source>
        <translation>On behalf of {connector}</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Their link</source>
        <translation>Their link</translation>
    </message>
    <message>
        <source>Cold call: nobody introduced you.</source>
        <translation>Cold call: nobody introduced you.</translation>
    </message>
    <message>
        <source>If the call gets difficult</source>
        <translation>If the call gets difficult</translation>
    </message>
    <message>
        <source>Call preparation</source>
        <translation>Call preparation</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Carnet could not write {file}. Choose another folder.</source>
        <translation>Carnet could not write {file}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Fill in what you know, then save: the rest can wait.</source>
        <translation>Fill in what you know, then save: the rest can wait.</translation>
    </message>
    <message>
        <source>Introduced by {name}</source>
        <translation>Introduced by {name}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Carnet: your network, relay by relay.</source>
        <translation>Carnet: your network, relay by relay.</translation>
    </message>
    <message>
        <source>Without a window:
  carnet import FILE       import contacts (LinkedIn, Google, Outlook, vCard)
  carnet export --format csv|vcard|backup FILE
                           export your contacts, or all your data
Type carnet import --help or carnet export --help for their options.</source>
        <translation>Without a window:
  carnet import FILE       import contacts (LinkedIn, Google, Outlook, vCard)
  carnet export --format csv|vcard|backup FILE
                           export your contacts, or all your data
Type carnet import --help or carnet export --help for their options.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>folder holding your data (instead of the usual one)</source>
        <translation>folder holding your data (instead of the usual one)</translation>
    </message>
    <message>
        <source>open the demo data</source>
        <translation>open the demo data</translation>
    </message>
    <message>
        <source>show Carnet&apos;s version and exit</source>
        <translation>show Carnet&apos;s version and exit</translation>
    </message>
    <message>
        <source>Carnet: import contacts, export your data</source>
        <translation>Carnet: import contacts, export your data</translation>
    </message>
    <message>
        <source>import contacts from a file</source>
        <translation>import contacts from a file</translation>
    </message>
    <message>
        <source>Import contacts from a file: LinkedIn (Connections.csv or the export zip), Google Contacts, Outlook, vCard, or a CSV file exported by Carnet.</source>
        <translation>Import contacts from a file: LinkedIn (Connections.csv or the export zip), Google Contacts, Outlook, vCard, or a CSV file exported by Carnet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the file of contacts to import</source>
        <translation>the file of contacts to import</translation>
    </message>
    <message>
        <source>read and check the file, write nothing</source>
        <translation>read and check the file, write nothing</translation>
    </message>
    <message>
        <source>export your contacts, or all your data as a backup</source>
        <translation>export your contacts, or all your data as a backup</translation>
    </message>
    <message>
        <source>Export your contacts to a spreadsheet (CSV) or an address book (vCard), or all your data to a backup file.</source>
        <translation>Export your contacts to a spreadsheet (CSV) or an address book (vCard), or all your data to a backup file.</translation>
    </message>
    <message>
        <source>csv for a spreadsheet, vcard for an address book, backup for all</source>
        <translation>csv for a spreadsheet, vcard for an address book, backup for all</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>what separates the columns of a CSV file (default &apos;;&apos;)</source>
        <translation>what separates the columns of a CSV file (default &apos;;&apos;)</translation>
    </message>
    <message>
        <source>folder holding your data</source>
        <translation>folder holding your data</translation>
    </message>
    <message>
        <source>use the demo data</source>
        <translation>use the demo data</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts read in {file}</source>
        <translation>
            <numerusform>%Ln contact read in {file}</numerusform>
            <numerusform>%Ln contacts read in {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written. An import would give:</source>
        <translation>Dry run: nothing was written. An import would give:</translation>
    </message>
    <message>
        <source>New people: {count}</source>
        <translation>New people: {count}</translation>
    </message>
    <message>
        <source>Merged into people already in Carnet: {count}</source>
        <translation>Merged into people already in Carnet: {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Skipped: {count}</translation>
    </message>
    <message>
        <source>Lines repeating an earlier contact, combined with it: {count}</source>
        <translation>Lines repeating an earlier contact, combined with it: {count}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Backup saved: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to {file}</source>
        <translation>
            <numerusform>%Ln person exported to {file}</numerusform>
            <numerusform>%Ln people exported to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>portable mode: keep data, settings and logs in a Carnet-data folder beside Carnet (a file named portable beside the program does the same)</source>
        <translation>portable mode: keep data, settings and logs in a Carnet-data folder beside Carnet (a file named portable beside the program does the same)</translation>
    </message>
    <message>
        <source>start hidden in the notification area, to remind you of the day&apos;s follow-ups (as when Carnet starts with your session)</source>
        <translation>start hidden in the notification area, to remind you of the day&apos;s follow-ups (as when Carnet starts with your session)</translation>
    </message>
    <message>
        <source>portable mode: use the Carnet-data folder beside Carnet</source>
        <translation>portable mode: use the Carnet-data folder beside Carnet</translation>
    </message>
</context>
<context>
    <name>ConnectorBriefingPanel</name>
    <message>
        <source>Connector briefing</source>
        <translation>Connector briefing</translation>
    </message>
    <message>
        <source>Opening line</source>
        <translation>Opening line</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Their link</source>
        <translation>Their link</translation>
    </message>
    <message>
        <source>Why call them</source>
        <translation>Why call them</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Forewarned</source>
        <translation>Forewarned</translation>
    </message>
    <message>
        <source>Also named by</source>
        <translation>Also named by</translation>
    </message>
    <message>
        <source>Note {connector}&apos;s job and background on their card: if the name rings no bell, that is what you will explain.</source>
        <translation>Note {connector}&apos;s job and background on their card: if the name rings no bell, that is what you will explain.</translation>
    </message>
    <message>
        <source>{connector} agreed that you call on their behalf.</source>
        <translation>{connector} agreed that you call on their behalf.</translation>
    </message>
    <message>
        <source>{connector} asked you not to use their name: do not mention them in this call.</source>
        <translation>{connector} asked you not to use their name: do not mention them in this call.</translation>
    </message>
    <message>
        <source>You have not asked {connector} yet whether you may use their name. Ask them before you call, or call without naming them.</source>
        <translation>You have not asked {connector} yet whether you may use their name. Ask them before you call, or call without naming them.</translation>
    </message>
    <message>
        <source>Choose a person to see who introduced you to them.</source>
        <translation>Choose a person to see who introduced you to them.</translation>
    </message>
    <message>
        <source>Nobody introduced you to {person}: you know them already. Tell them where you stand and ask for their advice and a few names, as between friends.</source>
        <translation>Nobody introduced you to {person}: you know them already. Tell them where you stand and ask for their advice and a few names, as between friends.</translation>
    </message>
    <message>
        <source>Hello {person}, it&apos;s me. I&apos;m looking for my next job and I&apos;d like your advice: do you have ten minutes this week?</source>
        <translation>Hello {person}, it&apos;s me. I&apos;m looking for my next job and I&apos;d like your advice: do you have ten minutes this week?</translation>
    </message>
    <message>
        <source>Nobody introduced you to {person}: this is a cold call. Say who you are and why you are calling them in particular.</source>
        <translation>Nobody introduced you to {person}: this is a cold call. Say who you are and why you are calling them in particular.</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>This person is no longer in your contacts.</translation>
    </message>
    <message>
        <source>Hello, {connector} told you I would call: I&apos;m the person they mentioned. Do you have a few minutes now, or when would suit you better?</source>
        <translation>Hello, {connector} told you I would call: I&apos;m the person they mentioned. Do you have a few minutes now, or when would suit you better?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m calling on behalf of {connector}, who suggested we talk: they thought you could tell me how things work at {organization}. Do you have a few minutes?</source>
        <translation>Hello, I&apos;m calling on behalf of {connector}, who suggested we talk: they thought you could tell me how things work at {organization}. Do you have a few minutes?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m calling on behalf of {connector}, who suggested we talk. Do you have a few minutes?</source>
        <translation>Hello, I&apos;m calling on behalf of {connector}, who suggested we talk. Do you have a few minutes?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m preparing my next career step and I&apos;m interested in {organization}. Could you spare a few minutes to share your experience?</source>
        <translation>Hello, I&apos;m preparing my next career step and I&apos;m interested in {organization}. Could you spare a few minutes to share your experience?</translation>
    </message>
    <message>
        <source>Hello, I&apos;m preparing my next career step. Could you spare a few minutes to share your experience?</source>
        <translation>Hello, I&apos;m preparing my next career step. Could you spare a few minutes to share your experience?</translation>
    </message>
    <message>
        <source>{connector} has told them that you will call.</source>
        <translation>{connector} has told them that you will call.</translation>
    </message>
    <message>
        <source>They do not expect your call: say in one sentence who {connector} is to you.</source>
        <translation>They do not expect your call: say in one sentence who {connector} is to you.</translation>
    </message>
    <message>
        <source>You don&apos;t know whether they expect your call.</source>
        <translation>You don&apos;t know whether they expect your call.</translation>
    </message>
    <message>
        <source>{job} at {organization}</source>
        <translation>{job} at {organization}</translation>
    </message>
    <message>
        <source>name given on {date}</source>
        <translation>name given on {date}</translation>
    </message>
    <message>
        <source>thanked on {date}</source>
        <translation>thanked on {date}</translation>
    </message>
</context>
<context>
    <name>ConnectorChoiceDialog</name>
    <message>
        <source>Who gave you this name?</source>
        <translation>Who gave you this name?</translation>
    </message>
    <message>
        <source>Type a name to search your contacts</source>
        <translation>Type a name to search your contacts</translation>
    </message>
    <message>
        <source>How they know each other, why this name is worth a call</source>
        <translation>How they know each other, why this name is worth a call</translation>
    </message>
    <message>
        <source>Who gave you {name}&apos;s name? Choose them among your contacts.</source>
        <translation>Who gave you {name}&apos;s name? Choose them among your contacts.</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Connector</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>&amp;Permission</translation>
    </message>
    <message>
        <source>They e&amp;xpect my call</source>
        <translation>They e&amp;xpect my call</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Context</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Choose the connector among your contacts.</source>
        <translation>Choose the connector among your contacts.</translation>
    </message>
</context>
<context>
    <name>ContactPointsEditor</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Label of {name}</source>
        <translation>Label of {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search names, companies, tags, emails, notes…</source>
        <translation>Search names, companies, tags, emails, notes…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Not contacted for</source>
        <translation>Not contacted for</translation>
    </message>
    <message>
        <source>Contacted or not</source>
        <translation>Contacted or not</translation>
    </message>
    <message>
        <source>&amp;Target companies only</source>
        <translation>&amp;Target companies only</translation>
    </message>
    <message>
        <source>&amp;Due for follow-up</source>
        <translation>&amp;Due for follow-up</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istory</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <source>Another card of the same person: merge it into this one</source>
        <translation>Another card of the same person: merge it into this one</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Write a message…</translation>
    </message>
    <message>
        <source>An e-mail or a LinkedIn message from a template, filled in for this person</source>
        <translation>An e-mail or a LinkedIn message from a template, filled in for this person</translation>
    </message>
    <message>
        <source>Not contacted for 2 weeks</source>
        <translation>Not contacted for 2 weeks</translation>
    </message>
    <message>
        <source>Not contacted for a month</source>
        <translation>Not contacted for a month</translation>
    </message>
    <message>
        <source>Not contacted for 2 months</source>
        <translation>Not contacted for 2 months</translation>
    </message>
    <message>
        <source>Not contacted for 3 months</source>
        <translation>Not contacted for 3 months</translation>
    </message>
    <message>
        <source>Not contacted for 6 months</source>
        <translation>Not contacted for 6 months</translation>
    </message>
    <message>
        <source>Nobody here yet.

Add the first person with File ▸ New contact (Ctrl+N), note a name you were given with New lead (Ctrl+L), or import your LinkedIn connections.</source>
        <translation>Nobody here yet.

Add the first person with File ▸ New contact (Ctrl+N), note a name you were given with New lead (Ctrl+L), or import your LinkedIn connections.</translation>
    </message>
    <message>
        <source>Nobody matches this search and these filters.</source>
        <translation>Nobody matches this search and these filters.</translation>
    </message>
    <message>
        <source>This person is gone</source>
        <translation>This person is gone</translation>
    </message>
    <message>
        <source>This card was deleted meanwhile; what you typed was not saved.</source>
        <translation>This card was deleted meanwhile; what you typed was not saved.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>Delete this person?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Delete {name}?</translation>
    </message>
    <message>
        <source>Going with them: {list}.</source>
        <translation>Going with them: {list}.</translation>
    </message>
    <message>
        <source>The people they introduced stay in your contacts.</source>
        <translation>The people they introduced stay in your contacts.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>{name} was already in your contacts: the new connector is on their card</source>
        <translation>{name} was already in your contacts: the new connector is on their card</translation>
    </message>
    <message>
        <source>New lead {name}</source>
        <translation>New lead {name}</translation>
    </message>
    <message>
        <source>Lead saved: {name}</source>
        <translation>Lead saved: {name}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} people</source>
        <translation>
            <numerusform>%Ln of {total} people</numerusform>
            <numerusform>%Ln of {total} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls or meetings</source>
        <translation>
            <numerusform>%Ln call or meeting</numerusform>
            <numerusform>%Ln calls or meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln introductions that brought them</source>
        <translation>
            <numerusform>the introduction that brought them</numerusform>
            <numerusform>the %Ln introductions that brought them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln names they gave you</source>
        <translation>
            <numerusform>%Ln name they gave you</numerusform>
            <numerusform>%Ln names they gave you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln notebook entries about them stay, no longer linked to them.</source>
        <translation>
            <numerusform>The notebook entry about them stays, no longer linked to them.</numerusform>
            <numerusform>The %Ln notebook entries about them stay, no longer linked to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This card changed meanwhile</source>
        <translation>This card changed meanwhile</translation>
    </message>
    <message>
        <source>While you were editing this card, it was changed elsewhere (by an import or another window). Your changes were saved; the other fields now show what was added meanwhile.</source>
        <translation>While you were editing this card, it was changed elsewhere (by an import or another window). Your changes were saved; the other fields now show what was added meanwhile.</translation>
    </message>
    <message>
        <source>Your network starts here</source>
        <translation>Your network starts here</translation>
    </message>
    <message>
        <source>Bring in the people you already know, or add the first person you will call. The demo shows a network already under way, in a file of its own.</source>
        <translation>Bring in the people you already know, or add the first person you will call. The demo shows a network already under way, in a file of its own.</translation>
    </message>
    <message>
        <source>Import my LinkedIn connections…</source>
        <translation>Import my LinkedIn connections…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Add the first person</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Explore the demo</translation>
    </message>
    <message>
        <source>Choose someone in the list</source>
        <translation>Choose someone in the list</translation>
    </message>
    <message>
        <source>Their card shows who introduced you, where you stand and what you said to each other.</source>
        <translation>Their card shows who introduced you, where you stand and what you said to each other.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Note a name I was given…</source>
        <translation>Note a name I was given…</translation>
    </message>
</context>
<context>
    <name>CvHandedDialog</name>
    <message>
        <source>CV handed over</source>
        <translation>CV handed over</translation>
    </message>
    <message>
        <source>A CV passed on is often the last you hear of it. Next time, ask for the name and the permission to call on their behalf (see the playbook card).</source>
        <translation>A CV passed on is often the last you hear of it. Next time, ask for the name and the permission to call on their behalf (see the playbook card).</translation>
    </message>
    <message>
        <source>e.g. the export manager at Maison Orsane</source>
        <translation>e.g. the export manager at Maison Orsane</translation>
    </message>
    <message>
        <source>Ask what became of it on</source>
        <translation>Ask what became of it on</translation>
    </message>
    <message>
        <source>Handed &amp;to</source>
        <translation>Handed &amp;to</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>Note it</source>
        <translation>Note it</translation>
    </message>
    <message>
        <source>Ask {person} what became of your CV (for {for_what})</source>
        <translation>Ask {person} what became of your CV (for {for_what})</translation>
    </message>
    <message>
        <source>Ask {person} what became of your CV</source>
        <translation>Ask {person} what became of your CV</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Weeks, by their Monday</source>
        <translation>Weeks, by their Monday</translation>
    </message>
    <message>
        <source>New people contacted, week by week</source>
        <translation>New people contacted, week by week</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>New people</translation>
    </message>
    <message>
        <source>Weekly goal ({n})</source>
        <translation>Weekly goal ({n})</translation>
    </message>
    <message>
        <source>Calls, week by week</source>
        <translation>Calls, week by week</translation>
    </message>
    <message>
        <source>Good calls</source>
        <translation>Good calls</translation>
    </message>
    <message>
        <source>Difficult calls</source>
        <translation>Difficult calls</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Other calls</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>{n} of {goal}</source>
        <translation>{n} of {goal}</translation>
    </message>
    <message>
        <source>Weekly goal reached. Well done!</source>
        <translation>Weekly goal reached. Well done!</translation>
    </message>
    <message>
        <source>no warm call yet</source>
        <translation>no warm call yet</translation>
    </message>
    <message>
        <source>no cold call yet</source>
        <translation>no cold call yet</translation>
    </message>
    <message>
        <source>no call to someone you know yet</source>
        <translation>no call to someone you know yet</translation>
    </message>
    <message>
        <source>counted apart from warm and cold calls</source>
        <translation>counted apart from warm and cold calls</translation>
    </message>
    <message>
        <source>method: about {n} in 10</source>
        <translation>method: about {n} in 10</translation>
    </message>
    <message>
        <source>No meeting logged in the last 12 weeks.</source>
        <translation>No meeting logged in the last 12 weeks.</translation>
    </message>
    <message>
        <source>nobody known inside</source>
        <translation>nobody known inside</translation>
    </message>
    <message>
        <source>▲ way in found</source>
        <translation>▲ way in found</translation>
    </message>
    <message>
        <source>▲ {n} closer</source>
        <translation>▲ {n} closer</translation>
    </message>
    <message>
        <source>▼ {n} farther</source>
        <translation>▼ {n} farther</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= same</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more new people to reach your weekly goal.</source>
        <translation>
            <numerusform>One more new person to reach your weekly goal.</numerusform>
            <numerusform>%Ln more new people to reach your weekly goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good</source>
        <translation>
            <numerusform>%Ln good</numerusform>
            <numerusform>%Ln good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln difficult</source>
        <translation>
            <numerusform>%Ln difficult</numerusform>
            <numerusform>%Ln difficult</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {calls} got a meeting ({rate})</source>
        <translation>
            <numerusform>%Ln of {calls} got a meeting ({rate})</numerusform>
            <numerusform>%Ln of {calls} got a meeting ({rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln names from {meetings}</source>
        <translation>
            <numerusform>%Ln name from {meetings}</numerusform>
            <numerusform>%Ln names from {meetings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>decision maker met</source>
        <translation>decision maker met</translation>
    </message>
    <message numerus="yes">
        <source>someone inside met, %Ln relays to go</source>
        <translation>
            <numerusform>someone inside met, %Ln relay to go</numerusform>
            <numerusform>someone inside met, %Ln relays to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relays away</source>
        <translation>
            <numerusform>%Ln relay away</numerusform>
            <numerusform>%Ln relays away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>New people contacted this week</source>
        <translation>New people contacted this week</translation>
    </message>
    <message>
        <source>Calls this week</source>
        <translation>Calls this week</translation>
    </message>
    <message>
        <source>Meetings obtained (last 12 weeks)</source>
        <translation>Meetings obtained (last 12 weeks)</translation>
    </message>
    <message>
        <source>Names obtained per meeting (last 12 weeks)</source>
        <translation>Names obtained per meeting (last 12 weeks)</translation>
    </message>
    <message>
        <source>Target companies: relays to the person who can hire you</source>
        <translation>Target companies: relays to the person who can hire you</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>Target companies</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>No target company yet: add the companies you would like to work for on the Target companies page to follow how close you get.</source>
        <translation>No target company yet: add the companies you would like to work for on the Target companies page to follow how close you get.</translation>
    </message>
    <message>
        <source>Plan and review my week…</source>
        <translation>Plan and review my week…</translation>
    </message>
    <message>
        <source>On Monday, pick this week&apos;s calls; on Friday, see what became of them</source>
        <translation>On Monday, pick this week&apos;s calls; on Friday, see what became of them</translation>
    </message>
    <message>
        <source>This week, since {date}</source>
        <translation>This week, since {date}</translation>
    </message>
    <message>
        <source>Warm calls:</source>
        <translation>Warm calls:</translation>
    </message>
    <message>
        <source>Cold calls:</source>
        <translation>Cold calls:</translation>
    </message>
    <message>
        <source>People you know:</source>
        <translation>People you know:</translation>
    </message>
    <message>
        <source>Phone and video calls only: your own rates, beside the method&apos;s.</source>
        <translation>Phone and video calls only: your own rates, beside the method&apos;s.</translation>
    </message>
    <message>
        <source>(priority {n})</source>
        <translation>(priority {n})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the good ones: most calls go well. Over 12 weeks: {calls}.</source>
        <translation>Count the good ones: most calls go well. Over 12 weeks: {calls}.</translation>
    </message>
    <message>
        <source>Your week at a glance</source>
        <translation>Your week at a glance</translation>
    </message>
    <message>
        <source>Log your calls and meetings as you go: this page then counts the new people you reach each week against your goal, the meetings you obtain and the names you are given.</source>
        <translation>Log your calls and meetings as you go: this page then counts the new people you reach each week against your goal, the meetings you obtain and the names you are given.</translation>
    </message>
    <message>
        <source>Log a call or meeting…</source>
        <translation>Log a call or meeting…</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Why this name, how they know each other</source>
        <translation>Why this name, how they know each other</translation>
    </message>
    <message>
        <source>Name obtained</source>
        <translation>Name obtained</translation>
    </message>
    <message>
        <source>Company of the name obtained</source>
        <translation>Company of the name obtained</translation>
    </message>
    <message>
        <source>Permission to use their name</source>
        <translation>Permission to use their name</translation>
    </message>
    <message>
        <source>Why this name</source>
        <translation>Why this name</translation>
    </message>
    <message>
        <source>After-meeting debrief</source>
        <translation>After-meeting debrief</translation>
    </message>
    <message>
        <source>Facts about the company, the team, the job…</source>
        <translation>Facts about the company, the team, the job…</translation>
    </message>
    <message>
        <source>What they advised you to do or to read</source>
        <translation>What they advised you to do or to read</translation>
    </message>
    <message>
        <source>Add another name</source>
        <translation>Add another name</translation>
    </message>
    <message>
        <source>e.g. Call Sophie on Thursday</source>
        <translation>e.g. Call Sophie on Thursday</translation>
    </message>
    <message>
        <source>Record this meeting in the call log, outcome:</source>
        <translation>Record this meeting in the call log, outcome:</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>What I &amp;learned</source>
        <translation>What I &amp;learned</translation>
    </message>
    <message>
        <source>&amp;Advice received</source>
        <translation>&amp;Advice received</translation>
    </message>
    <message>
        <source>Names &amp;obtained</source>
        <translation>Names &amp;obtained</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Save the debrief</translation>
    </message>
    <message>
        <source>Nobody introduced you to this person: no one to thank.</source>
        <translation>Nobody introduced you to this person: no one to thank.</translation>
    </message>
    <message>
        <source>I have told {connector} how it went and thanked them</source>
        <translation>I have told {connector} how it went and thanked them</translation>
    </message>
    <message>
        <source>(last thanked on {date})</source>
        <translation>(last thanked on {date})</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Meeting with {name}</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>What I learned</translation>
    </message>
    <message>
        <source>Advice received</source>
        <translation>Advice received</translation>
    </message>
    <message>
        <source>Names obtained</source>
        <translation>Names obtained</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>may use their name</source>
        <translation>may use their name</translation>
    </message>
    <message>
        <source>may not use their name</source>
        <translation>may not use their name</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>by {date}</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>The disk is full, so Carnet could not save your last change. What you typed is still in the window. Free some space (empty the bin, delete large files), then save again.</source>
        <translation>The disk is full, so Carnet could not save your last change. What you typed is still in the window. Free some space (empty the bin, delete large files), then save again.</translation>
    </message>
    <message>
        <source>Carnet may not write in the folder of your data any more, so your last change was not saved. What you typed is still in the window. Check that the disk or USB key is not write-protected, then save again.</source>
        <translation>Carnet may not write in the folder of your data any more, so your last change was not saved. What you typed is still in the window. Check that the disk or USB key is not write-protected, then save again.</translation>
    </message>
    <message>
        <source>Another program is using your data file, so Carnet could not save just now. What you typed is still in the window: wait a moment, then save again.</source>
        <translation>Another program is using your data file, so Carnet could not save just now. What you typed is still in the window: wait a moment, then save again.</translation>
    </message>
    <message>
        <source>Carnet cannot reach your data file: the disk may have been unplugged or may be failing. What you typed is still in the window. Reconnect the disk, then save again.</source>
        <translation>Carnet cannot reach your data file: the disk may have been unplugged or may be failing. What you typed is still in the window. Reconnect the disk, then save again.</translation>
    </message>
    <message>
        <source>This text holds an invisible NUL character; remove it, or paste the text again.</source>
        <translation>This text holds an invisible NUL character; remove it, or paste the text again.</translation>
    </message>
    <message>
        <source>A keep-in-touch rhythm is between 1 and 3650 days.</source>
        <translation>A keep-in-touch rhythm is between 1 and 3650 days.</translation>
    </message>
    <message>
        <source>Say in a few words what to do, for example “Call Marc back”.</source>
        <translation>Say in a few words what to do, for example “Call Marc back”.</translation>
    </message>
    <message>
        <source>Keep the follow-up to one line of at most 300 characters.</source>
        <translation>Keep the follow-up to one line of at most 300 characters.</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until.</source>
        <translation>Choose a day after today to snooze until.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists; the list has been refreshed.</source>
        <translation>This follow-up no longer exists; the list has been refreshed.</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts; choose someone else.</source>
        <translation>This person is no longer in your contacts; choose someone else.</translation>
    </message>
    <message>
        <source>Choose the day it is due.</source>
        <translation>Choose the day it is due.</translation>
    </message>
    <message>
        <source>Choose the person you talked to.</source>
        <translation>Choose the person you talked to.</translation>
    </message>
    <message>
        <source>This date is in the future. Log a call once it happened; plan it as a next step instead.</source>
        <translation>This date is in the future. Log a call once it happened; plan it as a next step instead.</translation>
    </message>
    <message>
        <source>A duration is between 0 minutes and 24 hours.</source>
        <translation>A duration is between 0 minutes and 24 hours.</translation>
    </message>
    <message>
        <source>Each name obtained needs a name: fill it in, or empty the line.</source>
        <translation>Each name obtained needs a name: fill it in, or empty the line.</translation>
    </message>
    <message>
        <source>Type the name you were given.</source>
        <translation>Type the name you were given.</translation>
    </message>
    <message>
        <source>The person who mentioned them is no longer in your contacts; choose someone else.</source>
        <translation>The person who mentioned them is no longer in your contacts; choose someone else.</translation>
    </message>
    <message>
        <source>Keep it to one line: 2,000 characters at most.</source>
        <translation>Keep it to one line: 2,000 characters at most.</translation>
    </message>
    <message>
        <source>Choose two different cards to merge.</source>
        <translation>Choose two different cards to merge.</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>This person is no longer in your contacts.</translation>
    </message>
    <message>
        <source>This text is too long for one note (more than a million characters). Split it into several entries.</source>
        <translation>This text is too long for one note (more than a million characters). Split it into several entries.</translation>
    </message>
    <message>
        <source>A title holds at most 300 characters.</source>
        <translation>A title holds at most 300 characters.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>An organisation needs a name.</translation>
    </message>
    <message>
        <source>Another organisation already has this name.</source>
        <translation>Another organisation already has this name.</translation>
    </message>
    <message>
        <source>The priority goes from 1 (most wanted) to 5.</source>
        <translation>The priority goes from 1 (most wanted) to 5.</translation>
    </message>
    <message>
        <source>This organisation is no longer in your contacts.</source>
        <translation>This organisation is no longer in your contacts.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character; remove it, or type the text again.</source>
        <translation>This text holds an invisible control character; remove it, or type the text again.</translation>
    </message>
    <message>
        <source>This text is too long: 300 characters at most.</source>
        <translation>This text is too long: 300 characters at most.</translation>
    </message>
    <message>
        <source>This text is too long: 100,000 characters at most (about fifty pages).</source>
        <translation>This text is too long: 100,000 characters at most (about fifty pages).</translation>
    </message>
    <message>
        <source>A person needs at least a first or a last name.</source>
        <translation>A person needs at least a first or a last name.</translation>
    </message>
    <message>
        <source>This text is too long: 50 characters at most.</source>
        <translation>This text is too long: 50 characters at most.</translation>
    </message>
    <message>
        <source>This text is too long: 100 characters at most.</source>
        <translation>This text is too long: 100 characters at most.</translation>
    </message>
    <message>
        <source>This text is too long: 200 characters at most.</source>
        <translation>This text is too long: 200 characters at most.</translation>
    </message>
    <message>
        <source>This text is too long: 500 characters at most.</source>
        <translation>This text is too long: 500 characters at most.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an email address, e.g. marie.dupont@example.fr.</source>
        <translation>This doesn&apos;t look like an email address, e.g. marie.dupont@example.fr.</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces and + ( ) - . / only, e.g. +33 6 12 34 56 78.</source>
        <translation>A phone number holds digits, spaces and + ( ) - . / only, e.g. +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>A phone number holds between 3 and 20 digits.</source>
        <translation>A phone number holds between 3 and 20 digits.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address, e.g. https://www.linkedin.com/in/name.</source>
        <translation>This doesn&apos;t look like a web address, e.g. https://www.linkedin.com/in/name.</translation>
    </message>
    <message>
        <source>Keep in touch every 1 to 3,650 days, or never.</source>
        <translation>Keep in touch every 1 to 3,650 days, or never.</translation>
    </message>
    <message>
        <source>the person you are talking to</source>
        <translation>the person you are talking to</translation>
    </message>
    <message>
        <source>who gave you their name</source>
        <translation>who gave you their name</translation>
    </message>
    <message>
        <source>the connector&apos;s job and company</source>
        <translation>the connector&apos;s job and company</translation>
    </message>
    <message>
        <source>the connector&apos;s background</source>
        <translation>the connector&apos;s background</translation>
    </message>
    <message>
        <source>how the connector knows them</source>
        <translation>how the connector knows them</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>your precise ask, from your profile</source>
        <translation>your precise ask, from your profile</translation>
    </message>
    <message>
        <source>A little help with my search</source>
        <translation>A little help with my search</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

I hope you are well. I am looking for my next position, and I am meeting people who know the field well.
{my_pitch}

What I am looking for: {my_ask}
I am especially interested in {company}.

Would you know one or two people I could talk to? Could you put me in touch with them, and may I tell them that you sent me?

Thank you in advance,
{my_name}</source>
        <translation>Hello {recipient_first_name},

I hope you are well. I am looking for my next position, and I am meeting people who know the field well.
{my_pitch}

What I am looking for: {my_ask}
I am especially interested in {company}.

Would you know one or two people I could talk to? Could you put me in touch with them, and may I tell them that you sent me?

Thank you in advance,
{my_name}</translation>
    </message>
    <message>
        <source>A request for advice</source>
        <translation>A request for advice</translation>
    </message>
    <message>
        <source>Hello {recipient},

{connector} suggested that I get in touch with you.
My name is {my_name}.
{my_pitch}

What I am looking for: {my_ask}

I am not asking you for a job: your view of your field would help me a lot. Would you have twenty minutes for a call or a coffee in the coming days?

Thank you in advance,
{my_name}</source>
        <translation>Hello {recipient},

{connector} suggested that I get in touch with you.
My name is {my_name}.
{my_pitch}

What I am looking for: {my_ask}

I am not asking you for a job: your view of your field would help me a lot. Would you have twenty minutes for a call or a coffee in the coming days?

Thank you in advance,
{my_name}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

Thank you for putting me in touch with {person}: it was a real help.
I will let you know how it goes.

Thank you again,
{my_name}</source>
        <translation>Hello {recipient_first_name},

Thank you for putting me in touch with {person}: it was a real help.
I will let you know how it goes.

Thank you again,
{my_name}</translation>
    </message>
    <message>
        <source>Where your help led</source>
        <translation>Where your help led</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

I wanted to tell you where your help led: thanks to you, I was able to talk with {person}.
I learned a lot about {company}.

Thank you again; I will keep you posted.
{my_name}</source>
        <translation>Hello {recipient_first_name},

I wanted to tell you where your help led: thanks to you, I was able to talk with {person}.
I learned a lot about {company}.

Thank you again; I will keep you posted.
{my_name}</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Thank you for your time</translation>
    </message>
    <message>
        <source>Hello {recipient},

Thank you for the time you gave me. Your advice was very useful to me.
I will also tell {connector} how our conversation went.

As agreed, I will keep you informed of how my search goes.

Best regards,
{my_name}</source>
        <translation>Hello {recipient},

Thank you for the time you gave me. Your advice was very useful to me.
I will also tell {connector} how our conversation went.

As agreed, I will keep you informed of how my search goes.

Best regards,
{my_name}</translation>
    </message>
    <message>
        <source>May I say that you sent me?</source>
        <translation>May I say that you sent me?</translation>
    </message>
    <message>
        <source>Hello {recipient_first_name},

Thank you again for giving me the name of {person}.
Before I get in touch, may I tell them that you sent me? If you would rather I did not mention you, just say so: I will write without naming you.

Thank you,
{my_name}</source>
        <translation>Hello {recipient_first_name},

Thank you again for giving me the name of {person}.
Before I get in touch, may I tell them that you sent me? If you would rather I did not mention you, just say so: I will write without naming you.

Thank you,
{my_name}</translation>
    </message>
    <message>
        <source>Choose whom the message was sent to.</source>
        <translation>Choose whom the message was sent to.</translation>
    </message>
    <message>
        <source>A message is sent as an email or a message.</source>
        <translation>A message is sent as an email or a message.</translation>
    </message>
    <message>
        <source>A template needs a subject.</source>
        <translation>A template needs a subject.</translation>
    </message>
    <message>
        <source>This text is too long for a message; shorten it.</source>
        <translation>This text is too long for a message; shorten it.</translation>
    </message>
    <message>
        <source>They don&apos;t remember {connector}</source>
        <translation>They don&apos;t remember {connector}</translation>
    </message>
    <message>
        <source>Stay on the line and help them place {connector}:

- {connector} is {connector_role}.
- Background: {connector_background}
- How they know each other: {connector_link}

Most of the time the name comes back. If it does not, never mind: go on to what you came for.

- **My ask:** {my_ask}</source>
        <translation>Stay on the line and help them place {connector}:

- {connector} is {connector_role}.
- Background: {connector_background}
- How they know each other: {connector_link}

Most of the time the name comes back. If it does not, never mind: go on to what you came for.

- **My ask:** {my_ask}</translation>
    </message>
    <message>
        <source>They don&apos;t like {connector}</source>
        <translation>They don&apos;t like {connector}</translation>
    </message>
    <message>
        <source>Stay out of it: neither defend {connector} nor agree.

- Say simply: “{connector} has only ever spoken well of you.”
- Then move straight on to your request.

- **My ask:** {my_ask}</source>
        <translation>Stay out of it: neither defend {connector} nor agree.

- Say simply: “{connector} has only ever spoken well of you.”
- Then move straight on to your request.

- **My ask:** {my_ask}</translation>
    </message>
    <message>
        <source>They resent the call</source>
        <translation>They resent the call</translation>
    </message>
    <message>
        <source>It happens, and it is not about you.

1. Cut it short: skip the questions you had left.
2. Apologise: “I am sorry to have taken your time. I was told your advice would help my project; clearly we were mistaken.”
3. Offer a light contact: “May I keep in touch? One day I may be of use to you.”
4. Thank them, hang up, and go on to your next call. Count the good calls, not this one.</source>
        <translation>It happens, and it is not about you.

1. Cut it short: skip the questions you had left.
2. Apologise: “I am sorry to have taken your time. I was told your advice would help my project; clearly we were mistaken.”
3. Offer a light contact: “May I keep in touch? One day I may be of use to you.”
4. Thank them, hang up, and go on to your next call. Count the good calls, not this one.</translation>
    </message>
    <message>
        <source>“You should call…”</source>
        <translation>“You should call…”</translation>
    </message>
    <message>
        <source>When someone says “you should call…”, ask a little more right away:

- What do they do, and where?
- How do you know them?
- May I call them on your behalf?
- Would they agree to meet me, for a coffee or a short call?
- Could you tell them I will call?

Write the name down at once, with the permission you got.</source>
        <translation>When someone says “you should call…”, ask a little more right away:

- What do they do, and where?
- How do you know them?
- May I call them on your behalf?
- Would they agree to meet me, for a coffee or a short call?
- Could you tell them I will call?

Write the name down at once, with the permission you got.</translation>
    </message>
    <message>
        <source>your connector</source>
        <translation>your connector</translation>
    </message>
    <message>
        <source>(write your precise ask in My profile)</source>
        <translation>(write your precise ask in My profile)</translation>
    </message>
    <message>
        <source>A card needs a title.</source>
        <translation>A card needs a title.</translation>
    </message>
    <message>
        <source>The weekly goal is a number of new people between 1 and 100.</source>
        <translation>The weekly goal is a number of new people between 1 and 100.</translation>
    </message>
    <message>
        <source>Nobody can introduce you to themselves.</source>
        <translation>Nobody can introduce you to themselves.</translation>
    </message>
    <message>
        <source>This would make a loop: this person already led you to the connector.</source>
        <translation>This would make a loop: this person already led you to the connector.</translation>
    </message>
    <message>
        <source>This introduction is already recorded.</source>
        <translation>This introduction is already recorded.</translation>
    </message>
    <message>
        <source>This introduction no longer exists; it may have been removed.</source>
        <translation>This introduction no longer exists; it may have been removed.</translation>
    </message>
    <message>
        <source>This person did not give you that name; add the introduction first.</source>
        <translation>This person did not give you that name; add the introduction first.</translation>
    </message>
    <message>
        <source>Type the name of the company.</source>
        <translation>Type the name of the company.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character.</source>
        <translation>This text holds an invisible control character.</translation>
    </message>
    <message>
        <source>its contents do not match its checksum</source>
        <translation>its contents do not match its checksum</translation>
    </message>
    <message>
        <source>the data inside is not a Carnet database</source>
        <translation>the data inside is not a Carnet database</translation>
    </message>
    <message>
        <source>the database inside fails SQLite&apos;s integrity check</source>
        <translation>the database inside fails SQLite&apos;s integrity check</translation>
    </message>
    <message>
        <source>the database inside is empty</source>
        <translation>the database inside is empty</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>The file {file} is not a contacts file Carnet can read (it does not hold text).</source>
        <translation>The file {file} is not a contacts file Carnet can read (it does not hold text).</translation>
    </message>
    <message>
        <source>The file {file} is too large ({size} MB): Carnet imports files of up to {limit} MB.</source>
        <translation>The file {file} is too large ({size} MB): Carnet imports files of up to {limit} MB.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {detail}.</source>
        <translation>The file {file} could not be read: {detail}.</translation>
    </message>
    <message>
        <source>Carnet does not recognise {file}. It reads the contacts exported by LinkedIn (Connections.csv or the export zip), Google Contacts and Outlook, and vCard files (.vcf).</source>
        <translation>Carnet does not recognise {file}. It reads the contacts exported by LinkedIn (Connections.csv or the export zip), Google Contacts and Outlook, and vCard files (.vcf).</translation>
    </message>
    <message>
        <source>The file {file} is a damaged zip file.</source>
        <translation>The file {file} is a damaged zip file.</translation>
    </message>
    <message>
        <source>The zip file {file} holds no Connections.csv. In LinkedIn, ask for a copy of your data that includes your connections, then import the zip you receive.</source>
        <translation>The zip file {file} holds no Connections.csv. In LinkedIn, ask for a copy of your data that includes your connections, then import the zip you receive.</translation>
    </message>
    <message>
        <source>The file {file} ends in the middle of a contact card (the card that starts on line {line} has no end): the file was probably cut short.</source>
        <translation>The file {file} ends in the middle of a contact card (the card that starts on line {line} has no end): the file was probably cut short.</translation>
    </message>
    <message>
        <source>Line {line} of {file} could not be read: {detail}.</source>
        <translation>Line {line} of {file} could not be read: {detail}.</translation>
    </message>
    <message>
        <source>The file {file} holds column names but no contact.</source>
        <translation>The file {file} holds column names but no contact.</translation>
    </message>
    <message>
        <source>The file {file} is not a Carnet backup file.</source>
        <translation>The file {file} is not a Carnet backup file.</translation>
    </message>
    <message>
        <source>The backup file {file} is damaged ({detail}). Your current data was left as it was.</source>
        <translation>The backup file {file} is damaged ({detail}). Your current data was left as it was.</translation>
    </message>
    <message>
        <source>The backup file {file} was saved by a newer version of Carnet. Install the latest Carnet to restore it. Your current data was left as it was.</source>
        <translation>The backup file {file} was saved by a newer version of Carnet. Install the latest Carnet to restore it. Your current data was left as it was.</translation>
    </message>
    <message>
        <source>Carnet could not write the file {file}: {detail}.</source>
        <translation>Carnet could not write the file {file}: {detail}.</translation>
    </message>
    <message>
        <source>No name on this line: it was skipped.</source>
        <translation>No name on this line: it was skipped.</translation>
    </message>
    <message>
        <source>This card is an organisation, not a person: it was skipped.</source>
        <translation>This card is an organisation, not a person: it was skipped.</translation>
    </message>
    <message>
        <source>This contact appears earlier in the file (line {value}): both were combined.</source>
        <translation>This contact appears earlier in the file (line {value}): both were combined.</translation>
    </message>
    <message>
        <source>Already in Carnet as {value}: skipped, as you chose.</source>
        <translation>Already in Carnet as {value}: skipped, as you chose.</translation>
    </message>
    <message>
        <source>This call or meeting is no longer in Carnet; it may have been deleted.</source>
        <translation>This call or meeting is no longer in Carnet; it may have been deleted.</translation>
    </message>
    <message>
        <source>it unpacks to far more data than a Carnet backup of its size can hold</source>
        <translation>it unpacks to far more data than a Carnet backup of its size can hold</translation>
    </message>
    <message>
        <source>the database inside holds tables or rules that Carnet did not make</source>
        <translation>the database inside holds tables or rules that Carnet did not make</translation>
    </message>
    <message>
        <source>Another import or Carnet window is writing to your data: this import waits for it to finish, then merges into what it added.</source>
        <translation>Another import or Carnet window is writing to your data: this import waits for it to finish, then merges into what it added.</translation>
    </message>
    <message>
        <source>The file {path} was saved by a newer version of Carnet and was left untouched. Install the latest Carnet to use it.</source>
        <translation>The file {path} was saved by a newer version of Carnet and was left untouched. Install the latest Carnet to use it.</translation>
    </message>
    <message>
        <source>Carnet cannot open the file {path}.</source>
        <translation>Carnet cannot open the file {path}.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space, then run the command again.</source>
        <translation>The disk is full, so nothing was written. Free some space, then run the command again.</translation>
    </message>
    <message>
        <source>Carnet may not write to {path}, so nothing was written. Check that the disk or USB key is not write-protected and that the file is yours, then run the command again.</source>
        <translation>Carnet may not write to {path}, so nothing was written. Check that the disk or USB key is not write-protected and that the file is yours, then run the command again.</translation>
    </message>
    <message>
        <source>Your data file is damaged, so nothing was written. Open Carnet&apos;s window: it offers to put back your latest good backup.</source>
        <translation>Your data file is damaged, so nothing was written. Open Carnet&apos;s window: it offers to put back your latest good backup.</translation>
    </message>
    <message>
        <source>Another program kept your data file busy for too long, so nothing was written. Close the program that uses it (a backup or sync tool, another Carnet), then run the command again.</source>
        <translation>Another program kept your data file busy for too long, so nothing was written. Close the program that uses it (a backup or sync tool, another Carnet), then run the command again.</translation>
    </message>
    <message>
        <source>Carnet cannot reach {path}: the disk may have been unplugged or may be failing. Nothing was written. Reconnect the disk, then run the command again.</source>
        <translation>Carnet cannot reach {path}: the disk may have been unplugged or may be failing. Nothing was written. Reconnect the disk, then run the command again.</translation>
    </message>
    <message>
        <source>{path} is a folder, where Carnet expects a file. Choose another name, then run the command again.</source>
        <translation>{path} is a folder, where Carnet expects a file. Choose another name, then run the command again.</translation>
    </message>
    <message>
        <source>{path} is a file, where Carnet expects a folder. Choose another data folder, then run the command again.</source>
        <translation>{path} is a file, where Carnet expects a folder. Choose another data folder, then run the command again.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing of this command was written.</source>
        <translation>Stopped before the end: nothing of this command was written.</translation>
    </message>
    <message>
        <source>Carnet stopped on an unexpected problem ({kind}); nothing was changed. Run the command again; if it happens again, tell whoever helps you with Carnet.</source>
        <translation>Carnet stopped on an unexpected problem ({kind}); nothing was changed. Run the command again; if it happens again, tell whoever helps you with Carnet.</translation>
    </message>
    <message>
        <source>Carnet does not recognise the columns of {file}: none of them speaks of people. Carnet reads the contacts exported by LinkedIn, Google Contacts, Outlook and Thunderbird, and the address books of phones and computers.</source>
        <translation>Carnet does not recognise the columns of {file}: none of them speaks of people. Carnet reads the contacts exported by LinkedIn, Google Contacts, Outlook and Thunderbird, and the address books of phones and computers.</translation>
    </message>
    <message>
        <source>The file {file} holds no contact card.</source>
        <translation>The file {file} holds no contact card.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it was kept in the person’s import note instead.</source>
        <translation>“{value}” is not an email address: it was kept in the person’s import note instead.</translation>
    </message>
    <message>
        <source>“{value}” is an address inside Outlook, not an email address: it was kept in the person’s import note instead.</source>
        <translation>“{value}” is an address inside Outlook, not an email address: it was kept in the person’s import note instead.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number Carnet can store: it was kept in the person’s import note instead.</source>
        <translation>“{value}” is not a phone number Carnet can store: it was kept in the person’s import note instead.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address: it was kept in the person’s import note instead.</source>
        <translation>“{value}” is not a web address: it was kept in the person’s import note instead.</translation>
    </message>
    <message>
        <source>“{value}” is longer than Carnet keeps in this field: it was shortened, and kept whole in the person’s import note.</source>
        <translation>“{value}” is longer than Carnet keeps in this field: it was shortened, and kept whole in the person’s import note.</translation>
    </message>
    <message>
        <source>Dates written like “{value}” were not understood: each was kept in its person’s import note instead.</source>
        <translation>Dates written like “{value}” were not understood: each was kept in its person’s import note instead.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Connected on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Column without a name</source>
        <translation>Column without a name</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>Imported from {file}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>This line is not part of a contact card: it was ignored.</source>
        <translation>This line is not part of a contact card: it was ignored.</translation>
    </message>
    <message>
        <source>This card has no end (the file was probably cut short here): it was skipped.</source>
        <translation>This card has no end (the file was probably cut short here): it was skipped.</translation>
    </message>
    <message>
        <source>This card could not be read: it was skipped.</source>
        <translation>This card could not be read: it was skipped.</translation>
    </message>
    <message>
        <source>The card of {value} could not be read: it was skipped.</source>
        <translation>The card of {value} could not be read: it was skipped.</translation>
    </message>
    <message>
        <source>A line of this card could not be read: “{value}” was left out.</source>
        <translation>A line of this card could not be read: “{value}” was left out.</translation>
    </message>
    <message>
        <source>The photo on this card is damaged: it was left out (Carnet keeps no photos).</source>
        <translation>The photo on this card is damaged: it was left out (Carnet keeps no photos).</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Instant messaging</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Related person</source>
        <translation>Related person</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Social profile</translation>
    </message>
    <message>
        <source>This line could not be read (a cell is too long or badly quoted): it was skipped.</source>
        <translation>This line could not be read (a cell is too long or badly quoted): it was skipped.</translation>
    </message>
    <message>
        <source>Your data file is damaged. Carnet can put back your latest good backup: choose File › Restore from a backup…</source>
        <translation>Your data file is damaged. Carnet can put back your latest good backup: choose File › Restore from a backup…</translation>
    </message>
    <message>
        <source>The file {file} is a Carnet backup, not a contacts file: to open it, choose File › Restore from a backup…, then Backup file…</source>
        <translation>The file {file} is a Carnet backup, not a contacts file: to open it, choose File › Restore from a backup…, then Backup file…</translation>
    </message>
    <message>
        <source>This person is already in your contacts. Say who mentioned them, and Carnet adds that connector to their card; or choose “someone new”.</source>
        <translation>This person is already in your contacts. Say who mentioned them, and Carnet adds that connector to their card; or choose “someone new”.</translation>
    </message>
    <message>
        <source>“Send me your CV”</source>
        <translation>“Send me your CV”</translation>
    </message>
    <message>
        <source>A CV passed on is seldom read, and you would not know what became of it. Turn the offer into a name:

- “Thank you, gladly. Whom would you pass it to?”
- “May I call them myself, and say that you sent me?”
- “Could you tell them I will call?”

If they still want it, send it and note it (Calls ▸ CV handed over…): Carnet will remind you to ask what became of it.</source>
        <translation>A CV passed on is seldom read, and you would not know what became of it. Turn the offer into a name:

- “Thank you, gladly. Whom would you pass it to?”
- “May I call them myself, and say that you sent me?”
- “Could you tell them I will call?”

If they still want it, send it and note it (Calls ▸ CV handed over…): Carnet will remind you to ask what became of it.</translation>
    </message>
    <message>
        <source>“I have nothing for you”</source>
        <translation>“I have nothing for you”</translation>
    </message>
    <message>
        <source>You are not asking for a job, and you can say so:

- “I am not asking you for a job: I am after advice, and people to talk to.”
- Ask what they see in their field: who is growing, who is moving.
- Then: “In my place, whom would you go and see?”

- **My ask:** {my_ask}</source>
        <translation>You are not asking for a job, and you can say so:

- “I am not asking you for a job: I am after advice, and people to talk to.”
- Ask what they see in their field: who is growing, who is moving.
- Then: “In my place, whom would you go and see?”

- **My ask:** {my_ask}</translation>
    </message>
    <message>
        <source>“I’m not the right person”</source>
        <translation>“I’m not the right person”</translation>
    </message>
    <message>
        <source>Good news: they probably know who is.

- “Who would be the right person, in your view?”
- “How do you know them? May I call them on your behalf?”
- Ask a question or two about their own work anyway: you came to learn.

Write the name down at once, with the permission you got.</source>
        <translation>Good news: they probably know who is.

- “Who would be the right person, in your view?”
- “How do you know them? May I call them on your behalf?”
- Ask a question or two about their own work anyway: you came to learn.

Write the name down at once, with the permission you got.</translation>
    </message>
    <message>
        <source>“Call me back later”</source>
        <translation>“Call me back later”</translation>
    </message>
    <message>
        <source>Agree on the moment now, while you have them:

- “Would Thursday morning or Friday afternoon suit you better?”
- Say how long it takes: “Twenty minutes will do.”
- Remind them who sent you: {connector}.

Note the call back as a next step, and call exactly when agreed.</source>
        <translation>Agree on the moment now, while you have them:

- “Would Thursday morning or Friday afternoon suit you better?”
- Say how long it takes: “Twenty minutes will do.”
- Remind them who sent you: {connector}.

Note the call back as a next step, and call exactly when agreed.</translation>
    </message>
    <message>
        <source>This card no longer exists; the playbook has been reloaded.</source>
        <translation>This card no longer exists; the playbook has been reloaded.</translation>
    </message>
    <message>
        <source>Keep “for” to one line of at most 300 characters.</source>
        <translation>Keep “for” to one line of at most 300 characters.</translation>
    </message>
    <message>
        <source>Choose a day after the CV was handed over to ask what became of it.</source>
        <translation>Choose a day after the CV was handed over to ask what became of it.</translation>
    </message>
    <message>
        <source>Choose what you gave.</source>
        <translation>Choose what you gave.</translation>
    </message>
    <message>
        <source>The file {file} is not a playbook exported by Carnet. Ask for the file again, or choose another one. Your cards were left as they were.</source>
        <translation>The file {file} is not a playbook exported by Carnet. Ask for the file again, or choose another one. Your cards were left as they were.</translation>
    </message>
    <message>
        <source>Card {number} of {file} has no title, or a text Carnet cannot read. Nothing was imported: your cards were left as they were.</source>
        <translation>Card {number} of {file} has no title, or a text Carnet cannot read. Nothing was imported: your cards were left as they were.</translation>
    </message>
    <message>
        <source>The file {file} is too big for a playbook (at most 100 cards and 1 MB). Nothing was imported: your cards were left as they were.</source>
        <translation>The file {file} is too big for a playbook (at most 100 cards and 1 MB). Nothing was imported: your cards were left as they were.</translation>
    </message>
    <message>
        <source>The playbook {file} was saved by a newer Carnet. Install the latest Carnet to import it.</source>
        <translation>The playbook {file} was saved by a newer Carnet. Install the latest Carnet to import it.</translation>
    </message>
    <message>
        <source>This call or meeting was changed elsewhere (in another window or by an import) since Carnet showed it, so nothing was deleted. It now shows as it is saved.</source>
        <translation>This call or meeting was changed elsewhere (in another window or by an import) since Carnet showed it, so nothing was deleted. It now shows as it is saved.</translation>
    </message>
    <message>
        <source>This call or meeting was changed elsewhere (in another window or by an import) since this step: undoing or redoing it would erase that change, so Carnet leaves the call as it is.</source>
        <translation>This call or meeting was changed elsewhere (in another window or by an import) since this step: undoing or redoing it would erase that change, so Carnet leaves the call as it is.</translation>
    </message>
    <message>
        <source>Carnet cannot write in the folder {path}. Check that the disk is connected and not full, and that you may write there, then try again.</source>
        <translation>Carnet cannot write in the folder {path}. Check that the disk is connected and not full, and that you may write there, then try again.</translation>
    </message>
    <message>
        <source>Carnet could not update the file {path} to this version. Your data was put back as it was; a copy is also kept in {backup}.</source>
        <translation>Carnet could not update the file {path} to this version. Your data was put back as it was; a copy is also kept in {backup}.</translation>
    </message>
    <message>
        <source>An earlier version of Carnet was stopped while it updated the file {path}, and no copy made before that update was found. The file was left as it is: keep it, whoever helps you with Carnet can put your data back from it.</source>
        <translation>An earlier version of Carnet was stopped while it updated the file {path}, and no copy made before that update was found. The file was left as it is: keep it, whoever helps you with Carnet can put your data back from it.</translation>
    </message>
    <message>
        <source>Your data file {path} is missing or empty, but Carnet keeps backups of your data, the latest in {backup}. Nothing was changed: Carnet&apos;s window offers to put that backup back when it opens.</source>
        <translation>Your data file {path} is missing or empty, but Carnet keeps backups of your data, the latest in {backup}. Nothing was changed: Carnet&apos;s window offers to put that backup back when it opens.</translation>
    </message>
    <message>
        <source>The file {path} is not a Carnet file, or it is damaged. It was left untouched: move it elsewhere to start afresh, or choose another data folder.</source>
        <translation>The file {path} is not a Carnet file, or it is damaged. It was left untouched: move it elsewhere to start afresh, or choose another data folder.</translation>
    </message>
    <message>
        <source>“{value}” is longer than Carnet keeps, even in a note: it was shortened in its field, and its first 1,000,000 characters were kept in the person’s import note.</source>
        <translation>“{value}” is longer than Carnet keeps, even in a note: it was shortened in its field, and its first 1,000,000 characters were kept in the person’s import note.</translation>
    </message>
    <message>
        <source>The details of this contact that Carnet has no field for pass 1,000,000 characters, what a note holds: the person’s import note keeps their beginning only.</source>
        <translation>The details of this contact that Carnet has no field for pass 1,000,000 characters, what a note holds: the person’s import note keeps their beginning only.</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>This name is already in the list.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>These cards share an email address or a LinkedIn profile, or have nearly the same name at the same organisation. Merge the two cards of one person: nothing is lost, and Edit ▸ Undo puts them back.</source>
        <translation>These cards share an email address or a LinkedIn profile, or have nearly the same name at the same organisation. Merge the two cards of one person: nothing is lost, and Edit ▸ Undo puts them back.</translation>
    </message>
    <message>
        <source>No likely duplicates: no two cards share an email address or a LinkedIn profile, and no names are nearly the same at one organisation.</source>
        <translation>No likely duplicates: no two cards share an email address or a LinkedIn profile, and no names are nearly the same at one organisation.</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Do not propose this pair again</source>
        <translation>Do not propose this pair again</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No likely duplicates.</translation>
    </message>
    <message>
        <source>Keep the first card</source>
        <translation>Keep the first card</translation>
    </message>
    <message>
        <source>Keep the second card</source>
        <translation>Keep the second card</translation>
    </message>
    <message>
        <source>Merge, keeping the first card</source>
        <translation>Merge, keeping the first card</translation>
    </message>
    <message>
        <source>Merge, keeping the second card</source>
        <translation>Merge, keeping the second card</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs to look at</source>
        <translation>
            <numerusform>%Ln pair to look at</numerusform>
            <numerusform>%Ln pairs to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls or meetings</source>
        <translation>
            <numerusform>%Ln call or meeting</numerusform>
            <numerusform>%Ln calls or meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln introductions</source>
        <translation>
            <numerusform>%Ln introduction</numerusform>
            <numerusform>%Ln introductions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Untitled entry</source>
        <translation>Untitled entry</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Next: {step}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Carnet ran into a problem</source>
        <translation>Carnet ran into a problem</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Carnet is still running, and what was saved stays saved; the last thing you did may not have been completed.</source>
        <translation>Something unexpected went wrong. Carnet is still running, and what was saved stays saved; the last thing you did may not have been completed.</translation>
    </message>
    <message>
        <source>A report was written to {log}. If this happens again, click “Copy details” and send the text to whoever helps you with Carnet.</source>
        <translation>A report was written to {log}. If this happens again, click “Copy details” and send the text to whoever helps you with Carnet.</translation>
    </message>
    <message>
        <source>If this happens again, click “Copy details” and send the text to whoever helps you with Carnet.</source>
        <translation>If this happens again, click “Copy details” and send the text to whoever helps you with Carnet.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Your data file is damaged</translation>
    </message>
    <message>
        <source>Carnet could not save</source>
        <translation>Carnet could not save</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>This happened {count} times.</source>
        <translation>This happened {count} times.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Connected on</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>To contact</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>In relation</source>
        <translation>In relation</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Added in Carnet</source>
        <translation>Added in Carnet</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>LinkedIn export</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook contacts</translation>
    </message>
    <message>
        <source>Thunderbird address book</source>
        <translation>Thunderbird address book</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Carnet export</source>
        <translation>Carnet export</translation>
    </message>
</context>
<context>
    <name>FillInEditor</name>
    <message>
        <source>Insert a name</source>
        <translation>Insert a name</translation>
    </message>
</context>
<context>
    <name>FillIns</name>
    <message>
        <source>the person called</source>
        <translation>the person called</translation>
    </message>
    <message>
        <source>the relay</source>
        <translation>the relay</translation>
    </message>
    <message>
        <source>the relay&apos;s job</source>
        <translation>the relay&apos;s job</translation>
    </message>
    <message>
        <source>the relay&apos;s background</source>
        <translation>the relay&apos;s background</translation>
    </message>
    <message>
        <source>how they know each other</source>
        <translation>how they know each other</translation>
    </message>
    <message>
        <source>my name</source>
        <translation>my name</translation>
    </message>
    <message>
        <source>my ask</source>
        <translation>my ask</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <source>the recipient&apos;s first name</source>
        <translation>the recipient&apos;s first name</translation>
    </message>
    <message>
        <source>the person met</source>
        <translation>the person met</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>the company</translation>
    </message>
    <message>
        <source>my pitch</source>
        <translation>my pitch</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>“{label}”</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>For example: call Marc back about the opening</source>
        <translation>For example: call Marc back about the opening</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <source>Type a name to choose a person…</source>
        <translation>Type a name to choose a person…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>no reminder</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <source>every 3 weeks</source>
        <translation>every 3 weeks</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <translation>every 2 months</translation>
    </message>
    <message>
        <source>every 6 months</source>
        <translation>every 6 months</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Whom to call, thank or get back in touch with. Keep-in-touch reminders come from each person&apos;s rhythm and your last contact with them.</source>
        <translation>Whom to call, thank or get back in touch with. Keep-in-touch reminders come from each person&apos;s rhythm and your last contact with them.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>New follow-up…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Mark the selected follow-up as done</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>For a week</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Until a date…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Open their card</source>
        <translation>Open their card</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms…</source>
        <translation>Keep-in-touch rhythms…</translation>
    </message>
    <message>
        <source>Export to a calendar…</source>
        <translation>Export to a calendar…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Get back in touch (no contact noted yet)</source>
        <translation>Get back in touch (no contact noted yet)</translation>
    </message>
    <message>
        <source>Get back in touch (last contact: {date})</source>
        <translation>Get back in touch (last contact: {date})</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}. Any call, meeting, email or note resets it.</source>
        <translation>Keep in touch {rhythm}. Any call, meeting, email or note resets it.</translation>
    </message>
    <message>
        <source>Change rhythm…</source>
        <translation>Change rhythm…</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Edit the follow-up</source>
        <translation>Edit the follow-up</translation>
    </message>
    <message>
        <source>Got back in touch with {name}</source>
        <translation>Got back in touch with {name}</translation>
    </message>
    <message>
        <source>Get back in touch with {name}</source>
        <translation>Get back in touch with {name}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln days late)</source>
        <translation>
            <numerusform>(%Ln day late)</numerusform>
            <numerusform>(%Ln days late)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up for now</source>
        <translation>Nothing to follow up for now</translation>
    </message>
    <message>
        <source>The next steps you note after a call, the thanks you owe a relay and the people to get back in touch with will appear here, on the day they are due.</source>
        <translation>The next steps you note after a call, the thanks you owe a relay and the people to get back in touch with will appear here, on the day they are due.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Help given</source>
        <translation>Help given</translation>
    </message>
    <message>
        <source>Networking goes both ways: note what you gave, as you note what you got.</source>
        <translation>Networking goes both ways: note what you gave, as you note what you got.</translation>
    </message>
    <message>
        <source>e.g. put her in touch with my former manager at Céladon</source>
        <translation>e.g. put her in touch with my former manager at Céladon</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Note it</source>
        <translation>Note it</translation>
    </message>
</context>
<context>
    <name>GiveAndTakePanel</name>
    <message>
        <source>Give and take</source>
        <translation>Give and take</translation>
    </message>
    <message>
        <source>Whom you could help now</source>
        <translation>Whom you could help now</translation>
    </message>
    <message>
        <source>This week: {asks} and {gives}</source>
        <translation>This week: {asks} and {gives}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asks</source>
        <translation>
            <numerusform>%Ln ask</numerusform>
            <numerusform>%Ln asks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gives</source>
        <translation>
            <numerusform>%Ln give</numerusform>
            <numerusform>%Ln gives</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for a return: everyone who helped you has heard from you since. Help given: Calls ▸ Help given…</source>
        <translation>Nobody is waiting for a return: everyone who helped you has heard from you since. Help given: Calls ▸ Help given…</translation>
    </message>
    <message>
        <source>They helped you; you could help them now:</source>
        <translation>They helped you; you could help them now:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln names given</source>
        <translation>
            <numerusform>%Ln name given</numerusform>
            <numerusform>%Ln names given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln helpful talks</source>
        <translation>
            <numerusform>%Ln helpful talk</numerusform>
            <numerusform>%Ln helpful talks</numerusform>
        </translation>
    </message>
    <message>
        <source>last help given on {date}</source>
        <translation>last help given on {date}</translation>
    </message>
    <message>
        <source>nothing given back yet</source>
        <translation>nothing given back yet</translation>
    </message>
    <message>
        <source>• &lt;b&gt;{name}&lt;/b&gt;: {what}; {given}</source>
        <translation>• &lt;b&gt;{name}&lt;/b&gt;: {what}; {given}</translation>
    </message>
</context>
<context>
    <name>GuideCommands</name>
    <message>
        <source>Carnet &amp;guide</source>
        <translation>Carnet &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welcome…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Carnet guide</source>
        <translation>Carnet guide</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Using Carnet</source>
        <translation>Using Carnet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Going relay by relay&lt;/h2&gt;&lt;p&gt;Most jobs are filled through people. Rather than sending CVs, you talk to people who know the companies you aim for, and each of them gives you one or two names, with the permission to call on their behalf.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Call on someone&apos;s recommendation.&lt;/b&gt; Saying who suggested the call opens far more doors than a cold call: keep track of who introduced you to whom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask little, and precisely.&lt;/b&gt; A few minutes, a piece of advice, one or two names, and the permission to use the name of the person who sent you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Go step by step&lt;/b&gt; until you speak face to face with the person who can hire you, gathering facts about the company on the way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep the rhythm.&lt;/b&gt; A handful of new people each week; count the good calls, cut the rare bad one short and move on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the loop.&lt;/b&gt; Tell the people who helped you what came of it, and thank them.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Going relay by relay&lt;/h2&gt;&lt;p&gt;Most jobs are filled through people. Rather than sending CVs, you talk to people who know the companies you aim for, and each of them gives you one or two names, with the permission to call on their behalf.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Call on someone&apos;s recommendation.&lt;/b&gt; Saying who suggested the call opens far more doors than a cold call: keep track of who introduced you to whom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask little, and precisely.&lt;/b&gt; A few minutes, a piece of advice, one or two names, and the permission to use the name of the person who sent you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Go step by step&lt;/b&gt; until you speak face to face with the person who can hire you, gathering facts about the company on the way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep the rhythm.&lt;/b&gt; A handful of new people each week; count the good calls, cut the rare bad one short and move on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the loop.&lt;/b&gt; Tell the people who helped you what came of it, and thank them.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Carnet, day by day&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Contacts&lt;/b&gt;: everyone you know or were told about, with their company and the whole history of your exchanges. Type in the search box to find anyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;New lead&lt;/b&gt;: a friend mentions a name? Note it in seconds, with who mentioned it and whether you may use their name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Referral tree&lt;/b&gt;: who led you to whom, and how far you are from each target company.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Notebook&lt;/b&gt;: write down what you learned right after a meeting; it saves itself as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Calls&lt;/b&gt;: prepare a call, log it, and note the names you were given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow-ups and dashboard&lt;/b&gt;: whom to call or thank today, and your week against your goal.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your data stays on this computer, in one file that Carnet backs up every day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Carnet, day by day&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Contacts&lt;/b&gt;: everyone you know or were told about, with their company and the whole history of your exchanges. Type in the search box to find anyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;New lead&lt;/b&gt;: a friend mentions a name? Note it in seconds, with who mentioned it and whether you may use their name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Referral tree&lt;/b&gt;: who led you to whom, and how far you are from each target company.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Notebook&lt;/b&gt;: write down what you learned right after a meeting; it saves itself as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Calls&lt;/b&gt;: prepare a call, log it, and note the names you were given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow-ups and dashboard&lt;/b&gt;: whom to call or thank today, and your week against your goal.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your data stays on this computer, in one file that Carnet backs up every day.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook contacts</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Name (split into first and last name)</source>
        <translation>Name (split into first and last name)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation>LinkedIn address</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Connected on</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Create a new person</source>
        <translation>Create a new person</translation>
    </message>
    <message>
        <source>Same LinkedIn</source>
        <translation>Same LinkedIn</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Same email</translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation>Same name and company</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>These contacts look like people already in Carnet. Merging fills the empty fields of the existing card and adds new emails and phones; it never overwrites what you wrote. Choose for the selected lines, or for all of them when none is selected:</source>
        <translation>These contacts look like people already in Carnet. Merging fills the empty fields of the existing card and adds new emails and phones; it never overwrites what you wrote. Choose for the selected lines, or for all of them when none is selected:</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>Create new people</source>
        <translation>Create new people</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Skipped lines</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Already in Carnet</source>
        <translation>Already in Carnet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Likely duplicates ({count})</source>
        <translation>Likely duplicates ({count})</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>In Carnet</source>
        <translation>In Carnet</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Merge into {name}</translation>
    </message>
    <message>
        <source>Import {count}</source>
        <translation>Import {count}</translation>
    </message>
    <message>
        <source>Importing {file}… Cancel puts everything back as it was.</source>
        <translation>Importing {file}… Cancel puts everything back as it was.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>New people: {count}</source>
        <translation>New people: {count}</translation>
    </message>
    <message>
        <source>Merged into people already in Carnet: {count}</source>
        <translation>Merged into people already in Carnet: {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Skipped: {count}</translation>
    </message>
    <message>
        <source>Lines repeating an earlier contact, combined with it: {count}</source>
        <translation>Lines repeating an earlier contact, combined with it: {count}</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Why it was skipped</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Nothing was written: your data is as it was.</source>
        <translation>Nothing was written: your data is as it was.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>Carnet could not write these contacts ({detail}). Nothing was written: your data is as it was.</source>
        <translation>Carnet could not write these contacts ({detail}). Nothing was written: your data is as it was.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>a Carnet export</source>
        <translation>a Carnet export</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts found in {file}</source>
        <translation>
            <numerusform>%Ln contact found in {file}</numerusform>
            <numerusform>%Ln contacts found in {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Your LinkedIn connections wait apart, under &quot;LinkedIn connections&quot; in the referral tree: right-click those you know personally, or record who gave you their name, to bring them into your tree.</source>
        <translation>Your LinkedIn connections wait apart, under &quot;LinkedIn connections&quot; in the referral tree: right-click those you know personally, or record who gave you their name, to bring them into your tree.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>Carnet may not write to your data file</source>
        <translation>Carnet may not write to your data file</translation>
    </message>
    <message>
        <source>your data file is damaged</source>
        <translation>your data file is damaged</translation>
    </message>
    <message>
        <source>another program is using your data file</source>
        <translation>another program is using your data file</translation>
    </message>
    <message>
        <source>the disk cannot be reached</source>
        <translation>the disk cannot be reached</translation>
    </message>
    <message>
        <source>an unexpected problem; the details are in Carnet&apos;s log</source>
        <translation>an unexpected problem; the details are in Carnet&apos;s log</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <source>Read the file again with these columns</source>
        <translation>Read the file again with these columns</translation>
    </message>
    <message>
        <source>Kept in a note</source>
        <translation>Kept in a note</translation>
    </message>
    <message>
        <source>Contacts with details Carnet has no field for: {count}. Those details will be kept in a note about each person, in the notebook.</source>
        <translation>Contacts with details Carnet has no field for: {count}. Those details will be kept in a note about each person, in the notebook.</translation>
    </message>
    <message>
        <source>People with a note of the details Carnet has no field for: {count}</source>
        <translation>People with a note of the details Carnet has no field for: {count}</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>LinkedIn export</translation>
    </message>
    <message>
        <source>Thunderbird address book</source>
        <translation>Thunderbird address book</translation>
    </message>
    <message>
        <source>address book of a phone or a computer</source>
        <translation>address book of a phone or a computer</translation>
    </message>
    <message>
        <source>a program Carnet does not know</source>
        <translation>a program Carnet does not know</translation>
    </message>
    <message>
        <source>LinkedIn address, if the website is one (else kept in a note)</source>
        <translation>LinkedIn address, if the website is one (else kept in a note)</translation>
    </message>
    <message>
        <source>Where the file seems to come from: {source}.</source>
        <translation>Where the file seems to come from: {source}.</translation>
    </message>
    <message>
        <source>Carnet does not know this file’s columns: check in the Columns tab which one holds what, then read the file again.</source>
        <translation>Carnet does not know this file’s columns: check in the Columns tab which one holds what, then read the file again.</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import.</source>
        <translation>Nothing is written until you click Import.</translation>
    </message>
    <message>
        <source>Another import or another program is writing to your data. This import waits for it to finish, then merges with what it added. Cancel puts everything back as it was.</source>
        <translation>Another import or another program is writing to your data. This import waits for it to finish, then merges with what it added. Cancel puts everything back as it was.</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Someone I know</source>
        <translation>Someone I know</translation>
    </message>
    <message>
        <source>Who do you know who could help you?</source>
        <translation>Who do you know who could help you?</translation>
    </message>
    <message>
        <source>A person {name} introduced me to</source>
        <translation>A person {name} introduced me to</translation>
    </message>
    <message>
        <source>Who did {name} suggest you call?</source>
        <translation>Who did {name} suggest you call?</translation>
    </message>
    <message>
        <source>How they know each other, why this name is worth a call</source>
        <translation>How they know each other, why this name is worth a call</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>&amp;Permission</translation>
    </message>
    <message>
        <source>They e&amp;xpect my call</source>
        <translation>They e&amp;xpect my call</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Context</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>To contact</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>In relation</source>
        <translation>In relation</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>May use their name</translation>
    </message>
    <message>
        <source>May not use their name</source>
        <translation>May not use their name</translation>
    </message>
    <message>
        <source>Permission not asked yet</source>
        <translation>Permission not asked yet</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>Call preparation</source>
        <translation>Call preparation</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Facts about a company</source>
        <translation>Facts about a company</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Meeting obtained</source>
        <translation>Meeting obtained</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Helpful</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Difficult</translation>
    </message>
    <message>
        <source>Warm: on someone&apos;s recommendation</source>
        <translation>Warm: on someone&apos;s recommendation</translation>
    </message>
    <message>
        <source>Known: someone you already know</source>
        <translation>Known: someone you already know</translation>
    </message>
    <message>
        <source>Cold: without a recommendation</source>
        <translation>Cold: without a recommendation</translation>
    </message>
    <message>
        <source>Yes, they expect my call</source>
        <translation>Yes, they expect my call</translation>
    </message>
    <message>
        <source>No, not told</source>
        <translation>No, not told</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Thank the connector</source>
        <translation>Thank the connector</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <source>Not qualified yet</source>
        <translation>Not qualified yet</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Worth a call</source>
        <translation>Worth a call</translation>
    </message>
    <message>
        <source>Help given: an introduction</source>
        <translation>Help given: an introduction</translation>
    </message>
    <message>
        <source>Help given: advice</source>
        <translation>Help given: advice</translation>
    </message>
    <message>
        <source>Help given: an article</source>
        <translation>Help given: an article</translation>
    </message>
    <message>
        <source>Help given: news</source>
        <translation>Help given: news</translation>
    </message>
    <message>
        <source>CV handed over</source>
        <translation>CV handed over</translation>
    </message>
</context>
<context>
    <name>LightContact</name>
    <message>
        <source>Keep a light contact</source>
        <translation>Keep a light contact</translation>
    </message>
    <message>
        <source>The call with {person} was difficult. It happens, and the door stays open: keep in touch lightly, every six months?</source>
        <translation>The call with {person} was difficult. It happens, and the door stays open: keep in touch lightly, every six months?</translation>
    </message>
    <message>
        <source>A first short word (some news, an article) is planned for {date}.</source>
        <translation>A first short word (some news, an article) is planned for {date}.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Send {person} a short friendly word: some news or an article</source>
        <translation>Send {person} a short friendly word: some news or an article</translation>
    </message>
    <message>
        <source>Light contact not planned</source>
        <translation>Light contact not planned</translation>
    </message>
</context>
<context>
    <name>LinkedPeople</name>
    <message>
        <source>Remove {name} from this entry</source>
        <translation>Remove {name} from this entry</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log a call or meeting</source>
        <translation>Log a call or meeting</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>not noted</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <source>What was said, what you learned</source>
        <translation>What was said, what you learned</translation>
    </message>
    <message>
        <source>e.g. Call Mathieu back on Monday to set a meeting</source>
        <translation>e.g. Call Mathieu back on Monday to set a meeting</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;With</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>W&amp;hen</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Kind of call</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Log it</translation>
    </message>
    <message>
        <source>Nobody introduced you to this person.</source>
        <translation>Nobody introduced you to this person.</translation>
    </message>
    <message>
        <source>Nobody introduced you: you know this person directly.</source>
        <translation>Nobody introduced you: you know this person directly.</translation>
    </message>
    <message>
        <source>Introduced by {connector}: {permission}.</source>
        <translation>Introduced by {connector}: {permission}.</translation>
    </message>
    <message>
        <source>Correct a call or meeting</source>
        <translation>Correct a call or meeting</translation>
    </message>
    <message>
        <source>This call changed meanwhile</source>
        <translation>This call changed meanwhile</translation>
    </message>
    <message>
        <source>While you were correcting this call, it was changed elsewhere (in another window or by an import). Your corrections were saved; the fields you did not touch keep what was saved there.</source>
        <translation>While you were correcting this call, it was changed elsewhere (in another window or by an import). Your corrections were saved; the fields you did not touch keep what was saved there.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your data…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Referral tree</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>Target companies</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>New &amp;lead…</translation>
    </message>
    <message>
        <source>Note a name someone gave you (Ctrl+L)</source>
        <translation>Note a name someone gave you (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Quick actions</translation>
    </message>
    <message>
        <source>New notebook &amp;entry</source>
        <translation>New notebook &amp;entry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Find &amp;duplicates…</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Calls</translation>
    </message>
    <message>
        <source>&amp;Write a message…</source>
        <translation>&amp;Write a message…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Message &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>&amp;About Carnet</translation>
    </message>
    <message>
        <source>Choose a person first, in Contacts or in the referral tree.</source>
        <translation>Choose a person first, in Contacts or in the referral tree.</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>About Carnet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Carnet&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Your network, relay by relay: who introduced you to whom, your calls and your notes.&lt;/p&gt;&lt;p&gt;Your data: {file}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Carnet&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Your network, relay by relay: who introduced you to whom, your calls and your notes.&lt;/p&gt;&lt;p&gt;Your data: {file}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carnet — {name}</source>
        <translation>Carnet — {name}</translation>
    </message>
    <message>
        <source>(portable)</source>
        <translation>(portable)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cards</source>
        <translation>Merge two cards</translation>
    </message>
    <message>
        <source>Which other card is also {name}? Its calls, notes, introductions, follow-ups, addresses and tags move to this card, and its empty fields are filled in; then it is deleted. You can undo this with Edit ▸ Undo.</source>
        <translation>Which other card is also {name}? Its calls, notes, introductions, follow-ups, addresses and tags move to this card, and its empty fields are filled in; then it is deleted. You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Choose the other card</source>
        <translation>Choose the other card</translation>
    </message>
    <message>
        <source>Type a few letters of the name</source>
        <translation>Type a few letters of the name</translation>
    </message>
    <message>
        <source>Other card</source>
        <translation>Other card</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Merge into {name}</translation>
    </message>
    <message>
        <source>{name}: {list}.</source>
        <translation>{name}: {list}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls or meetings</source>
        <translation>
            <numerusform>%Ln call or meeting</numerusform>
            <numerusform>%Ln calls or meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook entries</source>
        <translation>
            <numerusform>%Ln notebook entry</numerusform>
            <numerusform>%Ln notebook entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln introductions</source>
        <translation>
            <numerusform>%Ln introduction</numerusform>
            <numerusform>%Ln introductions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <source>No e-mail address: type one, or copy the text</source>
        <translation>No e-mail address: type one, or copy the text</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Open in my mail program</translation>
    </message>
    <message>
        <source>Copy for LinkedIn</source>
        <translation>Copy for LinkedIn</translation>
    </message>
    <message>
        <source>Edit the template…</source>
        <translation>Edit the template…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By message (LinkedIn or other)</source>
        <translation>By message (LinkedIn or other)</translation>
    </message>
    <message>
        <source>&amp;Kind of message</source>
        <translation>&amp;Kind of message</translation>
    </message>
    <message>
        <source>Se&amp;nt</source>
        <translation>Se&amp;nt</translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation>Log as sent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A message to {name}. Read it, change what you like, then send it.</source>
        <translation>A message to {name}. Read it, change what you like, then send it.</translation>
    </message>
    <message>
        <source>{relay} asked you not to use their name: this message does not mention them.</source>
        <translation>{relay} asked you not to use their name: this message does not mention them.</translation>
    </message>
    <message>
        <source>You have not asked {relay} yet whether you may use their name, so this message does not mention them. You may send it as it is, or ask them first.</source>
        <translation>You have not asked {relay} yet whether you may use their name, so this message does not mention them. You may send it as it is, or ask them first.</translation>
    </message>
    <message>
        <source>Ask {relay} first</source>
        <translation>Ask {relay} first</translation>
    </message>
    <message>
        <source>There is no e-mail address for this person, so the message is copied: paste it into a new e-mail or on LinkedIn (Ctrl+V).</source>
        <translation>There is no e-mail address for this person, so the message is copied: paste it into a new e-mail or on LinkedIn (Ctrl+V).</translation>
    </message>
    <message>
        <source>Your mail program opens with the message. Once you have sent it, click “Log as sent”.</source>
        <translation>Your mail program opens with the message. Once you have sent it, click “Log as sent”.</translation>
    </message>
    <message>
        <source>This message is too long to be handed to your mail program in one piece: it opens with the address and the subject, and the text is copied. Paste it into the message (Ctrl+V).</source>
        <translation>This message is too long to be handed to your mail program in one piece: it opens with the address and the subject, and the text is copied. Paste it into the message (Ctrl+V).</translation>
    </message>
    <message>
        <source>The text is copied: paste it into LinkedIn (Ctrl+V). Once you have sent it, click “Log as sent”.</source>
        <translation>The text is copied: paste it into LinkedIn (Ctrl+V). Once you have sent it, click “Log as sent”.</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Ask for an introduction</source>
        <translation>Ask for an introduction</translation>
    </message>
    <message>
        <source>First message to a new person</source>
        <translation>First message to a new person</translation>
    </message>
    <message>
        <source>Ask the relay whether you may name them</source>
        <translation>Ask the relay whether you may name them</translation>
    </message>
    <message>
        <source>Thank the relay</source>
        <translation>Thank the relay</translation>
    </message>
    <message>
        <source>Tell the relay how it went</source>
        <translation>Tell the relay how it went</translation>
    </message>
    <message>
        <source>Follow up after a meeting</source>
        <translation>Follow up after a meeting</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <source>The names in the rounded boxes are filled in for each message; a line whose name Carnet does not know is left out. The relay is named only when they said you may.</source>
        <translation>The names in the rounded boxes are filled in for each message; a line whose name Carnet does not know is left out. The relay is named only when they said you may.</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Kinds of message</translation>
    </message>
    <message>
        <source>Reset to the default wording</source>
        <translation>Reset to the default wording</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Your wording</translation>
    </message>
    <message>
        <source>Carnet’s wording</source>
        <translation>Carnet’s wording</translation>
    </message>
</context>
<context>
    <name>NameMatchBox</name>
    <message>
        <source>Already in your contacts:</source>
        <translation>Already in your contacts:</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Same person as</translation>
    </message>
    <message>
        <source>No, someone new: make a new card</source>
        <translation>No, someone new: make a new card</translation>
    </message>
    <message>
        <source>It is {name}: add a connector to their card</source>
        <translation>It is {name}: add a connector to their card</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A note keeps text only: pictures cannot be pasted into it. Save the picture in a folder and write here where to find it.</source>
        <translation>A note keeps text only: pictures cannot be pasted into it. Save the picture in a folder and write here where to find it.</translation>
    </message>
    <message>
        <source>This text is too long to paste: a note holds up to {limit} characters and this one would have {count}. Paste a shorter part, or split it into several entries.</source>
        <translation>This text is too long to paste: a note holds up to {limit} characters and this one would have {count}. Paste a shorter part, or split it into several entries.</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Search the notebook…</source>
        <translation>Search the notebook…</translation>
    </message>
    <message>
        <source>Search the notebook</source>
        <translation>Search the notebook</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Show entries of kind</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Show entries about</source>
        <translation>Show entries about</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Any company</translation>
    </message>
    <message>
        <source>Show entries about the company</source>
        <translation>Show entries about the company</translation>
    </message>
    <message>
        <source>Notebook entries</source>
        <translation>Notebook entries</translation>
    </message>
    <message>
        <source>Title, e.g. Coffee with the sales director</source>
        <translation>Title, e.g. Coffee with the sales director</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>No company</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>Company…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Delete entry…</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show the entry as it reads, with its formatting</source>
        <translation>Show the entry as it reads, with its formatting</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Entry text</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>Compan&amp;y</translation>
    </message>
    <message>
        <source>No entry matches. Try other words, or clear the filters.</source>
        <translation>No entry matches. Try other words, or clear the filters.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Not saved yet: Carnet cannot write to your data file. Check that the disk is not full and that the file may be written to. Your text stays here, and Carnet tries again every few seconds.</source>
        <translation>Not saved yet: Carnet cannot write to your data file. Check that the disk is not full and that the file may be written to. Your text stays here, and Carnet tries again every few seconds.</translation>
    </message>
    <message>
        <source>Not saved yet: something went wrong while saving. Your text stays here, and Carnet tries again every few seconds.</source>
        <translation>Not saved yet: something went wrong while saving. Your text stays here, and Carnet tries again every few seconds.</translation>
    </message>
    <message>
        <source>Not pasted</source>
        <translation>Not pasted</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Entry not saved</translation>
    </message>
    <message>
        <source>This entry could not be saved yet, so Carnet keeps it open: nothing you typed is lost.

{reason}</source>
        <translation>This entry could not be saved yet, so Carnet keeps it open: nothing you typed is lost.

{reason}</translation>
    </message>
    <message>
        <source>The entry you are writing could not be saved.

{reason}

Stay in Carnet to copy your text elsewhere, or quit and lose the latest changes?</source>
        <translation>The entry you are writing could not be saved.

{reason}

Stay in Carnet to copy your text elsewhere, or quit and lose the latest changes?</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Untitled entry</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message>
        <source>Delete “{title}” from your notebook? This cannot be undone.</source>
        <translation>Delete “{title}” from your notebook? This cannot be undone.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entry deleted.</translation>
    </message>
    <message>
        <source>Saved. This entry was also changed elsewhere meanwhile: your changes were kept, and the rest now shows what was saved there.</source>
        <translation>Saved. This entry was also changed elsewhere meanwhile: your changes were kept, and the rest now shows what was saved there.</translation>
    </message>
    <message>
        <source>What you learned, the names you were given, what to do next…</source>
        <translation>What you learned, the names you were given, what to do next…</translation>
    </message>
    <message>
        <source>Make the line a heading (Ctrl+Alt+2)</source>
        <translation>Make the line a heading (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Make the lines a list (Ctrl+Shift+8)</source>
        <translation>Make the lines a list (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Make the lines a numbered list (Ctrl+Shift+7)</source>
        <translation>Make the lines a numbered list (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <source>Your notebook is empty</source>
        <translation>Your notebook is empty</translation>
    </message>
    <message>
        <source>After a call or a meeting, write down what you learned, the names you were given and what to do next: you will find it here, by person and by company.</source>
        <translation>After a call or a meeting, write down what you learned, the names you were given and what to do next: you will find it here, by person and by company.</translation>
    </message>
    <message>
        <source>Write the first entry</source>
        <translation>Write the first entry</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>priority {n}</source>
        <translation>priority {n}</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Search organisations…</source>
        <translation>Search organisations…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>&amp;Target companies only</source>
        <translation>&amp;Target companies only</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>A company I want to work for</source>
        <translation>A company I want to work for</translation>
    </message>
    <message>
        <source>priority </source>
        <translation>priority </translation>
    </message>
    <message>
        <source>1 is the most wanted</source>
        <translation>1 is the most wanted</translation>
    </message>
    <message>
        <source>What they do, what you know about them</source>
        <translation>What they do, what you know about them</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>Tar&amp;get</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People there</source>
        <translation>People there</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Facts gathered</source>
        <translation>Facts gathered</translation>
    </message>
    <message>
        <source>Can hire (decision maker)</source>
        <translation>Can hire (decision maker)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>People there ({n})</source>
        <translation>People there ({n})</translation>
    </message>
    <message>
        <source>Facts gathered ({n})</source>
        <translation>Facts gathered ({n})</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Delete {name}?</translation>
    </message>
    <message>
        <source>Notebook entries about it stay, no longer linked to it.</source>
        <translation>Notebook entries about it stay, no longer linked to it.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete this organisation?</source>
        <translation>Delete this organisation?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people who work there stay in your contacts, no longer linked to it.</source>
        <translation>
            <numerusform>The person who works there stays in your contacts, no longer linked to it.</numerusform>
            <numerusform>The %Ln people who work there stay in your contacts, no longer linked to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The companies of your search</source>
        <translation>The companies of your search</translation>
    </message>
    <message>
        <source>Keep here the companies you hear about or would like to work for, what they do and who you know there. Mark those you aim for as targets.</source>
        <translation>Keep here the companies you hear about or would like to work for, what they do and who you know there. Mark those you aim for as targets.</translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Choose an organisation in the list</translation>
    </message>
    <message>
        <source>Its card shows the people you know there and what you learned about it.</source>
        <translation>Its card shows the people you know there and what you learned about it.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>First card</source>
        <translation>First card</translation>
    </message>
    <message>
        <source>Second card</source>
        <translation>Second card</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>same email address</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>same LinkedIn profile</translation>
    </message>
    <message>
        <source>similar name at {organization}</source>
        <translation>similar name at {organization}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Last interaction</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>{name} — tags: {tags}</source>
        <translation>{name} — tags: {tags}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>There is nobody in your contacts yet.</source>
        <translation>There is nobody in your contacts yet.</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Whose data?</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>{name} - data from Carnet</source>
        <translation>{name} - data from Carnet</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Export this person&apos;s data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Carnet could not write the file</source>
        <translation>Carnet could not write the file</translation>
    </message>
    <message>
        <source>Carnet could not write {file}: {reason}.</source>
        <translation>Carnet could not write {file}: {reason}.</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Everything Carnet holds about {name} is in {file}.</source>
        <translation>Everything Carnet holds about {name} is in {file}.</translation>
    </message>
    <message>
        <source>Calls and meetings: {count}</source>
        <translation>Calls and meetings: {count}</translation>
    </message>
    <message>
        <source>Introductions, given or received: {count}</source>
        <translation>Introductions, given or received: {count}</translation>
    </message>
    <message>
        <source>Follow-ups: {count}</source>
        <translation>Follow-ups: {count}</translation>
    </message>
    <message>
        <source>Notebook entries about them alone: {count}</source>
        <translation>Notebook entries about them alone: {count}</translation>
    </message>
    <message>
        <source>Delete {name} and all their data? This cannot be undone.</source>
        <translation>Delete {name} and all their data? This cannot be undone.</translation>
    </message>
    <message>
        <source>Copies in your automatic backups disappear as those backups are replaced, within five weeks.</source>
        <translation>Copies in your automatic backups disappear as those backups are replaced, within five weeks.</translation>
    </message>
    <message>
        <source>Delete all their data?</source>
        <translation>Delete all their data?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Delete everything</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook entries are also about other people: they are kept, no longer linked to {name}. Their text may still mention {name}.</source>
        <translation>
            <numerusform>%Ln notebook entry is also about other people: it is kept, no longer linked to {name}. Its text may still mention {name}.</numerusform>
            <numerusform>%Ln notebook entries are also about other people: they are kept, no longer linked to {name}. Their text may still mention {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Company or organisation</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>+ Add an email address</source>
        <translation>+ Add an email address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>+ Add a phone number</source>
        <translation>+ Add a phone number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Never remind me</translation>
    </message>
    <message>
        <source>Can &amp;hire (decision maker)</source>
        <translation>Can &amp;hire (decision maker)</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. luxury, Lyon</source>
        <translation>Separated by commas, e.g. luxury, Lyon</translation>
    </message>
    <message>
        <source>Career path, current role, what they know</source>
        <translation>Career path, current role, what they know</translation>
    </message>
    <message>
        <source>Where, when, through whom</source>
        <translation>Where, when, through whom</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>Link&amp;edIn</source>
        <translation>Link&amp;edIn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Keep in touch</source>
        <translation>&amp;Keep in touch</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Background</translation>
    </message>
    <message>
        <source>&amp;How we met</source>
        <translation>&amp;How we met</translation>
    </message>
    <message>
        <source>New organisation: Carnet adds it when you save.</source>
        <translation>New organisation: Carnet adds it when you save.</translation>
    </message>
    <message>
        <source>As usual for their status</source>
        <translation>As usual for their status</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>In my search</source>
        <translation>In my search</translation>
    </message>
    <message>
        <source>What I know of them</source>
        <translation>What I know of them</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Playbook cards</source>
        <translation>Playbook cards</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Reset to the default wording</source>
        <translation>Reset to the default wording</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Card title</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Card text</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Default wording</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Your wording</translation>
    </message>
    <message>
        <source>The names in the rounded boxes are filled in during the call; a line whose name Carnet does not know yet is left out.</source>
        <translation>The names in the rounded boxes are filled in during the call; a line whose name Carnet does not know yet is left out.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Take the cards of a playbook file, from a coach</source>
        <translation>Take the cards of a playbook file, from a coach</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save these cards as a file to share</source>
        <translation>Save these cards as a file to share</translation>
    </message>
    <message>
        <source>Back to Carnet’s cards</source>
        <translation>Back to Carnet’s cards</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>New situation</translation>
    </message>
    <message>
        <source>Your own card</source>
        <translation>Your own card</translation>
    </message>
    <message>
        <source>Import a playbook</source>
        <translation>Import a playbook</translation>
    </message>
    <message>
        <source>Carnet playbook (*.json)</source>
        <translation>Carnet playbook (*.json)</translation>
    </message>
    <message>
        <source>Export the playbook</source>
        <translation>Export the playbook</translation>
    </message>
    <message>
        <source>playbook.json</source>
        <translation>playbook.json</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>If the call gets difficult</source>
        <translation>If the call gets difficult</translation>
    </message>
    <message>
        <source>Edit cards…</source>
        <translation>Edit cards…</translation>
    </message>
    <message>
        <source>Playbook card</source>
        <translation>Playbook card</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>e.g. Key account manager</source>
        <translation>e.g. Key account manager</translation>
    </message>
    <message>
        <source>e.g. Luxury perfume, selective cosmetics</source>
        <translation>e.g. Luxury perfume, selective cosmetics</translation>
    </message>
    <message>
        <source>Who you are and what you bring, in three or four sentences</source>
        <translation>Who you are and what you bring, in three or four sentences</translation>
    </message>
    <message>
        <source>What exactly you ask of the people you meet: the kind of person you want to talk to, in which companies</source>
        <translation>What exactly you ask of the people you meet: the kind of person you want to talk to, in which companies</translation>
    </message>
    <message>
        <source> new people a week</source>
        <translation> new people a week</translation>
    </message>
    <message>
        <source>People help those whose ask is precise. Your pitch and your ask are shown in every call preparation.</source>
        <translation>People help those whose ask is precise. Your pitch and your ask are shown in every call preparation.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Target role</source>
        <translation>&amp;Target role</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>&amp;Sectors</translation>
    </message>
    <message>
        <source>&amp;Pitch</source>
        <translation>&amp;Pitch</translation>
    </message>
    <message>
        <source>Precise &amp;ask</source>
        <translation>Precise &amp;ask</translation>
    </message>
    <message>
        <source>&amp;Weekly goal</source>
        <translation>&amp;Weekly goal</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuickLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Someone gave you a name? Note it now, qualify it later.</source>
        <translation>Someone gave you a name? Note it now, qualify it later.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Nobody (you found them yourself)</source>
        <translation>Nobody (you found them yourself)</translation>
    </message>
    <message>
        <source>Type a few letters of their name</source>
        <translation>Type a few letters of their name</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Where they work</translation>
    </message>
    <message>
        <source>e.g. lunch with Marie, 12 March</source>
        <translation>e.g. lunch with Marie, 12 March</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>To ask</translation>
    </message>
    <message>
        <source>Yes, I may say they sent me</source>
        <translation>Yes, I may say they sent me</translation>
    </message>
    <message>
        <source>No, without their name</source>
        <translation>No, without their name</translation>
    </message>
    <message>
        <source>e.g. runs the purchasing team I want to join</source>
        <translation>e.g. runs the purchasing team I want to join</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Mentioned by</source>
        <translation>&amp;Mentioned by</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>C&amp;ontext</translation>
    </message>
    <message>
        <source>May I use their &amp;name?</source>
        <translation>May I use their &amp;name?</translation>
    </message>
    <message>
        <source>They e&amp;xpect my call</source>
        <translation>They e&amp;xpect my call</translation>
    </message>
    <message>
        <source>&amp;Why call them</source>
        <translation>&amp;Why call them</translation>
    </message>
    <message>
        <source>Save the lead</source>
        <translation>Save the lead</translation>
    </message>
</context>
<context>
    <name>ReferralMap</name>
    <message>
        <source>Names given: {count}</source>
        <translation>Names given: {count}</translation>
    </message>
    <message>
        <source>Map of the referral tree</source>
        <translation>Map of the referral tree</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel down)</source>
        <translation>Zoom out (Ctrl+wheel down)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel up)</source>
        <translation>Zoom in (Ctrl+wheel up)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole tree</source>
        <translation>Show the whole tree</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image, SVG drawing or PDF</source>
        <translation>Save the map as a PNG image, SVG drawing or PDF</translation>
    </message>
    <message>
        <source>Drag to move around; Ctrl+wheel to zoom.</source>
        <translation>Drag to move around; Ctrl+wheel to zoom.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>May use their name</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>May not use their name</source>
        <translation>May not use their name</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export the referral map</source>
        <translation>Export the referral map</translation>
    </message>
    <message>
        <source>referral-map.png</source>
        <translation>referral-map.png</translation>
    </message>
    <message>
        <source>The map was not saved</source>
        <translation>The map was not saved</translation>
    </message>
    <message>
        <source>Carnet could not write {path}. Check that the folder exists and that you may write there, then try again.</source>
        <translation>Carnet could not write {path}. Check that the folder exists and that you may write there, then try again.</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Referral tree</translation>
    </message>
    <message>
        <source>Who introduced you to whom, drawn by Carnet</source>
        <translation>Who introduced you to whom, drawn by Carnet</translation>
    </message>
    <message>
        <source>Back to actual size (100 %)</source>
        <translation>Back to actual size (100 %)</translation>
    </message>
</context>
<context>
    <name>ReferralStyle</name>
    <message>
        <source>Not contacted yet</source>
        <translation>Not contacted yet</translation>
    </message>
    <message>
        <source>Contacted, not met yet</source>
        <translation>Contacted, not met yet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>May you say you call on behalf of the connector?</source>
        <translation>May you say you call on behalf of the connector?</translation>
    </message>
    <message>
        <source>Where things stand since the connector gave the name</source>
        <translation>Where things stand since the connector gave the name</translation>
    </message>
    <message>
        <source>How many names this person gave you</source>
        <translation>How many names this person gave you</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn connections</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Me ({name})</translation>
    </message>
    <message>
        <source>People you are connected with on LinkedIn but nobody introduced: mark those you know, or record who gave you their name, to bring them into your tree.</source>
        <translation>People you are connected with on LinkedIn but nobody introduced: mark those you know, or record who gave you their name, to bring them into your tree.</translation>
    </message>
    <message>
        <source>{organization} is one of your target companies</source>
        <translation>{organization} is one of your target companies</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Also named by: {names}</source>
        <translation>Also named by: {names}</translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message>
        <source>Each person sits under the one who gave you their name. Right-click someone to note where things stand; drag a person onto whoever gave you their name.</source>
        <translation>Each person sits under the one who gave you their name. Right-click someone to note where things stand; drag a person onto whoever gave you their name.</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Find a person…</translation>
    </message>
    <message>
        <source>Find a person in the tree</source>
        <translation>Find a person in the tree</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Referral tree</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Open card</translation>
    </message>
    <message>
        <source>Add someone I know…</source>
        <translation>Add someone I know…</translation>
    </message>
    <message>
        <source>Add a person {name} introduced me to…</source>
        <translation>Add a person {name} introduced me to…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} of {count}</translation>
    </message>
    <message>
        <source>Recorded: {connector} gave you {person}&apos;s name.</source>
        <translation>Recorded: {connector} gave you {person}&apos;s name.</translation>
    </message>
    <message>
        <source>{person} stays under {first}, who gave their name first; right-click to change.</source>
        <translation>{person} stays under {first}, who gave their name first; right-click to change.</translation>
    </message>
    <message>
        <source>Right-click {person} to note whether you may use the name.</source>
        <translation>Right-click {person} to note whether you may use the name.</translation>
    </message>
    <message>
        <source>Remove this introduction?</source>
        <translation>Remove this introduction?</translation>
    </message>
    <message>
        <source>Forget that {connector} gave you {person}&apos;s name? {person} stays in your contacts, with their calls and notes.</source>
        <translation>Forget that {connector} gave you {person}&apos;s name? {person} stays in your contacts, with their calls and notes.</translation>
    </message>
    <message>
        <source>Who gave me {name}&apos;s name?…</source>
        <translation>Who gave me {name}&apos;s name?…</translation>
    </message>
    <message>
        <source>I know {name} personally</source>
        <translation>I know {name} personally</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>May I use {connector}&apos;s name?</source>
        <translation>May I use {connector}&apos;s name?</translation>
    </message>
    <message>
        <source>Has {connector} told them you will call?</source>
        <translation>Has {connector} told them you will call?</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>This person can hire you, or decide who is hired</source>
        <translation>This person can hire you, or decide who is hired</translation>
    </message>
    <message>
        <source>Show under</source>
        <translation>Show under</translation>
    </message>
    <message>
        <source>Remove the introduction by {connector}…</source>
        <translation>Remove the introduction by {connector}…</translation>
    </message>
    <message>
        <source>Open {name}&apos;s card</source>
        <translation>Open {name}&apos;s card</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Show in the list</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Show on the map</translation>
    </message>
    <message>
        <source>Write a message to {name}…</source>
        <translation>Write a message to {name}…</translation>
    </message>
    <message>
        <source>Thank the relay, {connector}…</source>
        <translation>Thank the relay, {connector}…</translation>
    </message>
    <message>
        <source>Your referral tree starts with you</source>
        <translation>Your referral tree starts with you</translation>
    </message>
    <message>
        <source>Add the people you know: each name they give you will sit under them, relay by relay, up to the person who can hire you.</source>
        <translation>Add the people you know: each name they give you will sit under them, relay by relay, up to the person who can hire you.</translation>
    </message>
    <message>
        <source>Call {name} now…</source>
        <translation>Call {name} now…</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>&amp;Remind me each day of what is due, at</source>
        <translation>&amp;Remind me each day of what is due, at</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Time of the daily reminder</translation>
    </message>
    <message>
        <source>&amp;Start Carnet with my session, hidden in the notification area</source>
        <translation>&amp;Start Carnet with my session, hidden in the notification area</translation>
    </message>
    <message>
        <source>This desktop shows no notification area: Carnet cannot remind you there nor wait in it hidden. Your choices are kept for when it has one.</source>
        <translation>This desktop shows no notification area: Carnet cannot remind you there nor wait in it hidden. Your choices are kept for when it has one.</translation>
    </message>
    <message>
        <source>Carnet runs in portable mode (from its own folder, a USB stick for example) and leaves nothing on this computer, so it cannot start with your session.</source>
        <translation>Carnet runs in portable mode (from its own folder, a USB stick for example) and leaves nothing on this computer, so it cannot start with your session.</translation>
    </message>
    <message>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <source>Carnet could not change what starts with your session: {reason}</source>
        <translation>Carnet could not change what starts with your session: {reason}</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Today</source>
        <translation>Open Today</translation>
    </message>
    <message>
        <source>Quit Carnet</source>
        <translation>Quit Carnet</translation>
    </message>
    <message>
        <source>Today in Carnet</source>
        <translation>Today in Carnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned call(s) still to make this week</source>
        <translation>
            <numerusform>%Ln planned call still to make this week</numerusform>
            <numerusform>%Ln planned calls still to make this week</numerusform>
        </translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>With {names}</translation>
    </message>
    <message>
        <source>Click to open Today.</source>
        <translation>Click to open Today.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Export follow-ups to a &amp;calendar (.ics)…</source>
        <translation>Export follow-ups to a &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Weekly report (PDF)…</source>
        <translation>&amp;Weekly report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print weekly report…</source>
        <translation>&amp;Print weekly report…</translation>
    </message>
    <message>
        <source>Get back in touch with {name}</source>
        <translation>Get back in touch with {name}</translation>
    </message>
    <message>
        <source>Last contact: {date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Due on {date}</translation>
    </message>
    <message>
        <source>From Carnet</source>
        <translation>From Carnet</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar</source>
        <translation>Export follow-ups to a calendar</translation>
    </message>
    <message>
        <source>Carnet follow-ups</source>
        <translation>Carnet follow-ups</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>The calendar was not exported</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Weekly report {date}</source>
        <translation>Weekly report {date}</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Save the weekly report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>The report was not saved</translation>
    </message>
    <message>
        <source>Carnet could not write the file {file}: {detail}.</source>
        <translation>Carnet could not write the file {file}: {detail}.</translation>
    </message>
    <message>
        <source>Weekly report saved</source>
        <translation>Weekly report saved</translation>
    </message>
    <message>
        <source>The report is in {file}.</source>
        <translation>The report is in {file}.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups written to {file}.

Import this file into Google Calendar (Settings › Import), Outlook or Apple Calendar. Importing a newer file later updates the same events instead of adding them twice.</source>
        <translation>
            <numerusform>%Ln follow-up written to {file}.

Import this file into Google Calendar (Settings › Import), Outlook or Apple Calendar. Importing a newer file later updates the same events instead of adding them twice.</numerusform>
            <numerusform>%Ln follow-ups written to {file}.

Import this file into Google Calendar (Settings › Import), Outlook or Apple Calendar. Importing a newer file later updates the same events instead of adding them twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>One page for your coach: the week&apos;s figures, the charts, your progress toward each target company and the calls planned for the next week.</source>
        <translation>One page for your coach: the week&apos;s figures, the charts, your progress toward each target company and the calls planned for the next week.</translation>
    </message>
    <message>
        <source>This week (since {date})</source>
        <translation>This week (since {date})</translation>
    </message>
    <message>
        <source>Last week (from {date})</source>
        <translation>Last week (from {date})</translation>
    </message>
    <message>
        <source>Show people by their initials only</source>
        <translation>Show people by their initials only</translation>
    </message>
    <message>
        <source>Names become initials, such as “H. M.”, and each follow-up shows its kind instead of its wording, which may hold names.</source>
        <translation>Names become initials, such as “H. M.”, and each follow-up shows its kind instead of its wording, which may hold names.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Carnet copies your data each day you use it, and before every update or restore. Choose the copy to put back. Your current data is copied first, so you can come back to it.</source>
        <translation>Carnet copies your data each day you use it, and before every update or restore. Choose the copy to put back. Your current data is copied first, so you can come back to it.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind of copy</source>
        <translation>Kind of copy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Notebook entries</source>
        <translation>Notebook entries</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Calls and meetings</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Carnet has made no backup of this data yet.</source>
        <translation>Carnet has made no backup of this data yet.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Backups are kept in {folder}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backup file…</source>
        <translation>Backup file…</translation>
    </message>
    <message>
        <source>Restore a backup file saved with Carnet</source>
        <translation>Restore a backup file saved with Carnet</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Daily copy</translation>
    </message>
    <message>
        <source>Before an update of Carnet</source>
        <translation>Before an update of Carnet</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before: {reason}</source>
        <translation>Before: {reason}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>Put this backup back?</source>
        <translation>Put this backup back?</translation>
    </message>
    <message>
        <source>Carnet will show your data as it was on {date}. What you changed since then will be replaced; a copy of your current data is kept among the backups.</source>
        <translation>Carnet will show your data as it was on {date}. What you changed since then will be replaced; a copy of your current data is kept among the backups.</translation>
    </message>
    <message>
        <source>This backup is no longer there.</source>
        <translation>This backup is no longer there.</translation>
    </message>
    <message>
        <source>This file is not a Carnet backup.</source>
        <translation>This file is not a Carnet backup.</translation>
    </message>
    <message>
        <source>This backup is damaged: SQLite&apos;s check of it failed. Choose another one.</source>
        <translation>This backup is damaged: SQLite&apos;s check of it failed. Choose another one.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Carnet. Install the latest Carnet to restore it.</source>
        <translation>This backup was made by a newer version of Carnet. Install the latest Carnet to restore it.</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>This backup cannot be restored</translation>
    </message>
    <message>
        <source>Your data was left as it was.</source>
        <translation>Your data was left as it was.</translation>
    </message>
    <message>
        <source>Carnet cannot restore just now</source>
        <translation>Carnet cannot restore just now</translation>
    </message>
    <message>
        <source>The notebook entry you are writing could not be saved. Copy its text elsewhere, or correct it, then restore again.</source>
        <translation>The notebook entry you are writing could not be saved. Copy its text elsewhere, or correct it, then restore again.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Your data file is damaged</translation>
    </message>
    <message>
        <source>Carnet cannot read all of your data file {file}: it was damaged, perhaps by a disk problem or a power cut.</source>
        <translation>Carnet cannot read all of your data file {file}: it was damaged, perhaps by a disk problem or a power cut.</translation>
    </message>
    <message>
        <source>Carnet found no good backup to put back, so the file was left as it is. Keep it: whoever helps you with Carnet may be able to recover it.</source>
        <translation>Carnet found no good backup to put back, so the file was left as it is. Keep it: whoever helps you with Carnet may be able to recover it.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Carnet can put back your latest good backup, from {date}: {people} and {notes}. What you entered after it would have to be entered again. The damaged file is kept in {folder}.</source>
        <translation>Carnet can put back your latest good backup, from {date}: {people} and {notes}. What you entered after it would have to be entered again. The damaged file is kept in {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook entries</source>
        <translation>
            <numerusform>%Ln notebook entry</numerusform>
            <numerusform>%Ln notebook entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data file is empty</source>
        <translation>Your data file is empty</translation>
    </message>
    <message>
        <source>Your data file {file} is missing or empty, although Carnet has backups of your data: another program or a disk problem may have emptied it.</source>
        <translation>Your data file {file} is missing or empty, although Carnet has backups of your data: another program or a disk problem may have emptied it.</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>Restore from a back&amp;up…</source>
        <translation>Restore from a back&amp;up…</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Export this person&apos;s data…</translation>
    </message>
    <message>
        <source>Delete this person and all their data…</source>
        <translation>Delete this person and all their data…</translation>
    </message>
    <message>
        <source>Put back an automatic copy, or a backup file you saved</source>
        <translation>Put back an automatic copy, or a backup file you saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>A new language applies the next time Carnet starts.</source>
        <translation>A new language applies the next time Carnet starts.</translation>
    </message>
    <message>
        <source>How long before Carnet reminds you to get back in touch with someone</source>
        <translation>How long before Carnet reminds you to get back in touch with someone</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>&amp;Weeks start on</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Weeks start on</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms…</source>
        <translation>Keep-in-touch rhythms…</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Carnet is already open with this data on the computer “{host}”.

Close it there, then start Carnet again. If that computer stopped without closing Carnet, delete the file {lock} and start again.</source>
        <translation>Carnet is already open with this data on the computer “{host}”.

Close it there, then start Carnet again. If that computer stopped without closing Carnet, delete the file {lock} and start again.</translation>
    </message>
    <message>
        <source>Carnet is already open with this data (process {pid}), but it does not answer.

Wait until it has finished starting, or close it, then start Carnet again.</source>
        <translation>Carnet is already open with this data (process {pid}), but it does not answer.

Wait until it has finished starting, or close it, then start Carnet again.</translation>
    </message>
    <message>
        <source>Carnet cannot open your data</source>
        <translation>Carnet cannot open your data</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until…</source>
        <translation>Snooze until…</translation>
    </message>
    <message>
        <source>Until which day should “{what}” wait?</source>
        <translation>Until which day should “{what}” wait?</translation>
    </message>
</context>
<context>
    <name>StageLegend</name>
    <message>
        <source>Can hire</source>
        <translation>Can hire</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>Carnet cannot open your data</source>
        <translation>Carnet cannot open your data</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Add a target company</source>
        <translation>Add a target company</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>1 — most wanted</source>
        <translation>1 — most wanted</translation>
    </message>
    <message>
        <source>A company you would like to work for: Carnet will show the chains of people that lead there.</source>
        <translation>A company you would like to work for: Carnet will show the chains of people that lead there.</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>The companies you want to work for, nearest first: how many relays still separate you from the person who can hire you, and the next call to make.</source>
        <translation>The companies you want to work for, nearest first: how many relays still separate you from the person who can hire you, and the next call to make.</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Target company</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Relays away</source>
        <translation>Relays away</translation>
    </message>
    <message>
        <source>Target companies</source>
        <translation>Target companies</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Show in the referral tree</source>
        <translation>Show in the referral tree</translation>
    </message>
    <message>
        <source>Chains to the people inside</source>
        <translation>Chains to the people inside</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <source>Add a target company…</source>
        <translation>Add a target company…</translation>
    </message>
    <message>
        <source>Remove from targets…</source>
        <translation>Remove from targets…</translation>
    </message>
    <message>
        <source>(priority {n})</source>
        <translation>(priority {n})</translation>
    </message>
    <message>
        <source>Decision maker: {names}</source>
        <translation>Decision maker: {names}</translation>
    </message>
    <message>
        <source>Decision maker: not known yet. Right-click a person in the referral tree to mark them.</source>
        <translation>Decision maker: not known yet. Right-click a person in the referral tree to mark them.</translation>
    </message>
    <message>
        <source>To {person}</source>
        <translation>To {person}</translation>
    </message>
    <message>
        <source>Declined: not a way in</source>
        <translation>Declined: not a way in</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Nobody there is a way in yet: the people you know there declined.</source>
        <translation>Nobody there is a way in yet: the people you know there declined.</translation>
    </message>
    <message>
        <source>Nobody there in your contacts yet.</source>
        <translation>Nobody there in your contacts yet.</translation>
    </message>
    <message>
        <source>You have met the person who can hire you.</source>
        <translation>You have met the person who can hire you.</translation>
    </message>
    <message numerus="yes">
        <source>You have met someone inside: %Ln relays to the person who can hire you.</source>
        <translation>
            <numerusform>You have met someone inside: %Ln relay to the person who can hire you.</numerusform>
            <numerusform>You have met someone inside: %Ln relays to the person who can hire you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %Ln relays away from the person who can hire you.</source>
        <translation>
            <numerusform>You are %Ln relay away from the person who can hire you.</numerusform>
            <numerusform>You are %Ln relays away from the person who can hire you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call {person}.</source>
        <translation>Call {person}.</translation>
    </message>
    <message>
        <source>Call {person} on behalf of {connector}.</source>
        <translation>Call {person} on behalf of {connector}.</translation>
    </message>
    <message>
        <source>Call {person}, without naming {connector}: they asked you not to.</source>
        <translation>Call {person}, without naming {connector}: they asked you not to.</translation>
    </message>
    <message>
        <source>Ask {connector} whether you may use their name, then call {person}.</source>
        <translation>Ask {connector} whether you may use their name, then call {person}.</translation>
    </message>
    <message>
        <source>Thank {connector} and tell them how it went with {person}.</source>
        <translation>Thank {connector} and tell them how it went with {person}.</translation>
    </message>
    <message>
        <source>Follow up with {person} to get a meeting.</source>
        <translation>Follow up with {person} to get a meeting.</translation>
    </message>
    <message>
        <source>{person} declined: ask {connector} for another name at {company}.</source>
        <translation>{person} declined: ask {connector} for another name at {company}.</translation>
    </message>
    <message>
        <source>{person} declined: ask your contacts who else knows {company}.</source>
        <translation>{person} declined: ask your contacts who else knows {company}.</translation>
    </message>
    <message>
        <source>Ask {person} who decides on hiring at {company}, and for their name.</source>
        <translation>Ask {person} who decides on hiring at {company}, and for their name.</translation>
    </message>
    <message>
        <source>You have met {person}, who decides. Tell the people who led you there how it went, and thank them.</source>
        <translation>You have met {person}, who decides. Tell the people who led you there how it went, and thank them.</translation>
    </message>
    <message>
        <source>Nobody at {company} in your contacts yet: ask the people you know who knows {company}.</source>
        <translation>Nobody at {company} in your contacts yet: ask the people you know who knows {company}.</translation>
    </message>
    <message>
        <source>Remove from your targets?</source>
        <translation>Remove from your targets?</translation>
    </message>
    <message>
        <source>Stop following {company} as a target company? The company and the people who work there stay in your contacts.</source>
        <translation>Stop following {company} as a target company? The company and the people who work there stay in your contacts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relays away</source>
        <translation>
            <numerusform>%Ln relay away</numerusform>
            <numerusform>%Ln relays away</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company in the list</source>
        <translation>Choose a company in the list</translation>
    </message>
    <message>
        <source>You will see how many relays still separate you from someone inside.</source>
        <translation>You will see how many relays still separate you from someone inside.</translation>
    </message>
    <message>
        <source>Aim at the companies you want</source>
        <translation>Aim at the companies you want</translation>
    </message>
    <message>
        <source>Name the companies you would like to work for: Carnet then shows how close your network brings you to each of them, and whom to call next.</source>
        <translation>Name the companies you would like to work for: Carnet then shows how close your network brings you to each of them, and whom to call next.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nothing yet. Calls, notebook entries and introductions show here.</source>
        <translation>Nothing yet. Calls, notebook entries and introductions show here.</translation>
    </message>
    <message>
        <source>Notebook: {title}</source>
        <translation>Notebook: {title}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{name} gave you this name</source>
        <translation>{name} gave you this name</translation>
    </message>
    <message>
        <source>Gave you the name of {name}</source>
        <translation>Gave you the name of {name}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Done: {title}</translation>
    </message>
    <message>
        <source>Overdue: {title}</source>
        <translation>Overdue: {title}</translation>
    </message>
    <message>
        <source>Planned: {title}</source>
        <translation>Planned: {title}</translation>
    </message>
    <message>
        <source>Thank the connector</source>
        <translation>Thank the connector</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Open and correct…</source>
        <translation>Open and correct…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Informed: {title}</source>
        <translation>Informed: {title}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Follow-up not changed</source>
        <translation>Follow-up not changed</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save a &amp;backup file…</source>
        <translation>Save a &amp;backup file…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Restore from a backup file…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Contacts (LinkedIn, Google, Outlook, vCard) (*.csv *.vcf *.zip *.txt)</source>
        <translation>Contacts (LinkedIn, Google, Outlook, vCard) (*.csv *.vcf *.zip *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard for address books (*.vcf)</source>
        <translation>vCard for address books (*.vcf)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <source>Carnet contacts.csv</source>
        <translation>Carnet contacts.csv</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Carnet backup {date}</source>
        <translation>Carnet backup {date}</translation>
    </message>
    <message>
        <source>Save a backup file</source>
        <translation>Save a backup file</translation>
    </message>
    <message>
        <source>Carnet backup files (*.zip)</source>
        <translation>Carnet backup files (*.zip)</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>This backup cannot be restored</translation>
    </message>
    <message>
        <source>Replace your data with this backup?</source>
        <translation>Replace your data with this backup?</translation>
    </message>
    <message>
        <source>The backup {file} was saved on {date}. People in it: {people}.

It will replace all the data Carnet shows now. Your current data is first copied to {folder}, so nothing is lost.</source>
        <translation>The backup {file} was saved on {date}. People in it: {people}.

It will replace all the data Carnet shows now. Your current data is first copied to {folder}, so nothing is lost.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Carnet now shows the data of {file}.</source>
        <translation>Carnet now shows the data of {file}.</translation>
    </message>
    <message>
        <source>Your previous data is kept in {copy}.</source>
        <translation>Your previous data is kept in {copy}.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
        <source>Carnet could not write the file</source>
        <translation>Carnet could not write the file</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to {file}.</source>
        <translation>
            <numerusform>%Ln person exported to {file}.</numerusform>
            <numerusform>%Ln people exported to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your data is in {file}.

To carry it to another computer, copy this file there and choose File › Restore from a backup…, then Backup file…</source>
        <translation>All your data is in {file}.

To carry it to another computer, copy this file there and choose File › Restore from a backup…, then Backup file…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>The data changed since: this step can no longer be undone or redone.</source>
        <translation>The data changed since: this step can no longer be undone or redone.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Merge {name}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Log the call with {name}</source>
        <translation>Log the call with {name}</translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>My week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>Monday: plan the calls</source>
        <translation>Monday: plan the calls</translation>
    </message>
    <message>
        <source>Friday: review</source>
        <translation>Friday: review</translation>
    </message>
    <message>
        <source>Tick this week&apos;s calls: {fewest} to {most} people you may call, on someone&apos;s recommendation or whom you know. Qualify a lead first if you are unsure.</source>
        <translation>Tick this week&apos;s calls: {fewest} to {most} people you may call, on someone&apos;s recommendation or whom you know. Qualify a lead first if you are unsure.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Through</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>People you may call this week</source>
        <translation>People you may call this week</translation>
    </message>
    <message>
        <source>Selected lead:</source>
        <translation>Selected lead:</translation>
    </message>
    <message>
        <source>Save this week&apos;s plan</source>
        <translation>Save this week&apos;s plan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>This week&apos;s planned calls</source>
        <translation>This week&apos;s planned calls</translation>
    </message>
    <message>
        <source>Carry the calls not made over to next week</source>
        <translation>Carry the calls not made over to next week</translation>
    </message>
    <message>
        <source>you know them</source>
        <translation>you know them</translation>
    </message>
    <message numerus="yes">
        <source>%Ln parked leads left out of the plan.</source>
        <translation>
            <numerusform>%Ln parked lead left out of the plan.</numerusform>
            <numerusform>%Ln parked leads left out of the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>What became of the calls planned for the week of {date}</source>
        <translation>What became of the calls planned for the week of {date}</translation>
    </message>
    <message>
        <source>Meeting obtained</source>
        <translation>Meeting obtained</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Not called yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls planned</source>
        <translation>
            <numerusform>%Ln call planned</numerusform>
            <numerusform>%Ln calls planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln made</source>
        <translation>
            <numerusform>%Ln made</numerusform>
            <numerusform>%Ln made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings obtained</source>
        <translation>
            <numerusform>%Ln meeting obtained</numerusform>
            <numerusform>%Ln meetings obtained</numerusform>
        </translation>
    </message>
    <message>
        <source>No call planned this week yet.</source>
        <translation>No call planned this week yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls picked</source>
        <translation>
            <numerusform>%Ln call picked</numerusform>
            <numerusform>%Ln calls picked</numerusform>
        </translation>
    </message>
    <message>
        <source>aim for at least {n}.</source>
        <translation>aim for at least {n}.</translation>
    </message>
    <message>
        <source>more than {n} is a lot: keep time to prepare each call.</source>
        <translation>more than {n} is a lot: keep time to prepare each call.</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>Week from {first} to {last}</source>
        <translation>Week from {first} to {last}</translation>
    </message>
    <message>
        <source>New people contacted</source>
        <translation>New people contacted</translation>
    </message>
    <message>
        <source>Calls this week</source>
        <translation>Calls this week</translation>
    </message>
    <message>
        <source>Meetings obtained, warm calls (12 weeks)</source>
        <translation>Meetings obtained, warm calls (12 weeks)</translation>
    </message>
    <message>
        <source>Meetings obtained, cold calls (12 weeks)</source>
        <translation>Meetings obtained, cold calls (12 weeks)</translation>
    </message>
    <message>
        <source>Meetings obtained, calls to people you know (12 weeks)</source>
        <translation>Meetings obtained, calls to people you know (12 weeks)</translation>
    </message>
    <message>
        <source>Names obtained per meeting (12 weeks)</source>
        <translation>Names obtained per meeting (12 weeks)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>No target company yet.</source>
        <translation>No target company yet.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Nothing planned yet.</translation>
    </message>
    <message>
        <source>Planned until {date}</source>
        <translation>Planned until {date}</translation>
    </message>
    <message>
        <source>Made with Carnet on {date}.</source>
        <translation>Made with Carnet on {date}.</translation>
    </message>
    <message>
        <source>People are shown by their initials.</source>
        <translation>People are shown by their initials.</translation>
    </message>
    <message>
        <source>Relays to the person who can hire you, per target company</source>
        <translation>Relays to the person who can hire you, per target company</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>the file could not be created</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Welcome to Carnet</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>Your search, in a few words</source>
        <translation>Your search, in a few words</translation>
    </message>
    <message>
        <source>e.g. Key account manager, luxury goods</source>
        <translation>e.g. Key account manager, luxury goods</translation>
    </message>
    <message>
        <source>Who you are and what you bring, in two sentences</source>
        <translation>Who you are and what you bring, in two sentences</translation>
    </message>
    <message>
        <source>What exactly people can do for you, e.g. two names at a target company</source>
        <translation>What exactly people can do for you, e.g. two names at a target company</translation>
    </message>
    <message>
        <source> new people a week</source>
        <translation> new people a week</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>&amp;Role you are looking for</source>
        <translation>&amp;Role you are looking for</translation>
    </message>
    <message>
        <source>Your &amp;pitch</source>
        <translation>Your &amp;pitch</translation>
    </message>
    <message>
        <source>Your precise &amp;ask</source>
        <translation>Your precise &amp;ask</translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation>Weekly &amp;goal</translation>
    </message>
    <message>
        <source>Carnet helps you meet the people who can hire you, one recommendation at a time. What you write here appears in every call preparation; you can change it later under File → My profile.</source>
        <translation>Carnet helps you meet the people who can hire you, one recommendation at a time. What you write here appears in every call preparation; you can change it later under File → My profile.</translation>
    </message>
</context>
<context>
    <name>_SidePanel</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Works at one of your target companies</source>
        <translation>Works at one of your target companies</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people you know directly; {total} in your tree.</source>
        <translation>
            <numerusform>%Ln person you know directly; {total} in your tree.</numerusform>
            <numerusform>%Ln people you know directly; {total} in your tree.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave you %Ln names</source>
        <translation>
            <numerusform>Gave you %Ln name</numerusform>
            <numerusform>Gave you %Ln names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Explore with demo data</translation>
    </message>
    <message>
        <source>A ready-made network in a separate file: your own data is not touched.</source>
        <translation>A ready-made network in a separate file: your own data is not touched.</translation>
    </message>
    <message>
        <source>Import my LinkedIn connections</source>
        <translation>Import my LinkedIn connections</translation>
    </message>
    <message>
        <source>From the Connections.csv file (or the zip) that LinkedIn sends you.</source>
        <translation>From the Connections.csv file (or the zip) that LinkedIn sends you.</translation>
    </message>
    <message>
        <source>Start with an empty notebook</source>
        <translation>Start with an empty notebook</translation>
    </message>
    <message>
        <source>Add the first people you will call, and who introduced you to them.</source>
        <translation>Add the first people you will call, and who introduced you to them.</translation>
    </message>
    <message>
        <source>You can open this welcome again from the Help menu.</source>
        <translation>You can open this welcome again from the Help menu.</translation>
    </message>
</context>
</TS>
