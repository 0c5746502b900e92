"""English labels the core defines (block and note kinds, session formats, document titles,
roster columns, ...), listed so ``make translations`` extracts them.

Screens translate these at run time in the contexts below (``translate("BlockKind", kind.label)``);
lupdate cannot see a label held in a variable, so each one is named here once.
``tests/test_translations.py`` fails when the core gains a label that is missing from this list.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

BLOCK_KINDS = [
    QT_TRANSLATE_NOOP("BlockKind", "Welcome"), QT_TRANSLATE_NOOP("BlockKind", "Pairs"),
    QT_TRANSLATE_NOOP("BlockKind", "Triads"), QT_TRANSLATE_NOOP("BlockKind", "Small groups"),
    QT_TRANSLATE_NOOP("BlockKind", "Fishbowl"), QT_TRANSLATE_NOOP("BlockKind", "Large group"),
    QT_TRANSLATE_NOOP("BlockKind", "Break"), QT_TRANSLATE_NOOP("BlockKind", "Meal"),
    QT_TRANSLATE_NOOP("BlockKind", "Provocation round"), QT_TRANSLATE_NOOP("BlockKind", "Reflection"),
    QT_TRANSLATE_NOOP("BlockKind", "Closing"), QT_TRANSLATE_NOOP("BlockKind", "Other"),
]
NOTE_KINDS = [
    QT_TRANSLATE_NOOP("NoteKind", "Note"), QT_TRANSLATE_NOOP("NoteKind", "Quote"),
    QT_TRANSLATE_NOOP("NoteKind", "Theme"), QT_TRANSLATE_NOOP("NoteKind", "Tension"),
    QT_TRANSLATE_NOOP("NoteKind", "Question"), QT_TRANSLATE_NOOP("NoteKind", "Aha"),
    QT_TRANSLATE_NOOP("NoteKind", "Need"), QT_TRANSLATE_NOOP("NoteKind", "Offer"),
    QT_TRANSLATE_NOOP("NoteKind", "Request"), QT_TRANSLATE_NOOP("NoteKind", "Parking lot"),
    QT_TRANSLATE_NOOP("NoteKind", "Action"), QT_TRANSLATE_NOOP("NoteKind", "Survey"),
]
# Session formats go through ui/formatting.py's module-level tr(), which lupdate files under "".
SHARED = [QT_TRANSLATE_NOOP("", "In person"), QT_TRANSLATE_NOOP("", "Virtual"), QT_TRANSLATE_NOOP("", "Hybrid")]
FOLLOW_UPS = [QT_TRANSLATE_NOOP("DebriefView", "To call"), QT_TRANSLATE_NOOP("DebriefView", "Called"),
              QT_TRANSLATE_NOOP("DebriefView", "Done")]
DEBRIEF = [
    QT_TRANSLATE_NOOP("DebriefView", "What worked today, and what should we do differently next time?"),
    QT_TRANSLATE_NOOP("DebriefView", "What new openings or directions did the group surface?"),
    QT_TRANSLATE_NOOP("DebriefView", "How did people take part? Who went quiet, who carried a lot, and who would "
                                     "value a personal call?"),
    QT_TRANSLATE_NOOP("DebriefView", "What do we need to prepare or change before the next session?"),
    QT_TRANSLATE_NOOP("DebriefView", "What do participants need from us to put the framework to use?"),
]
FRAMEWORK_FIELDS = [
    QT_TRANSLATE_NOOP("FrameworkEditor", "Value statement"), QT_TRANSLATE_NOOP("FrameworkEditor", "Tensions"),
    QT_TRANSLATE_NOOP("FrameworkEditor", "Guardrails"), QT_TRANSLATE_NOOP("FrameworkEditor", "Open questions"),
]
DOCUMENTS = [
    QT_TRANSLATE_NOOP("DocumentsTab", "Facilitator run-sheet"), QT_TRANSLATE_NOOP("DocumentsTab", "Participant agenda"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Group assignments"), QT_TRANSLATE_NOOP("DocumentsTab", "Seating chart"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Logistics sheet"), QT_TRANSLATE_NOOP("DocumentsTab", "Name tents"), QT_TRANSLATE_NOOP("DocumentsTab", "Sign-in sheet"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Fishbowl seat cards"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Session summary (internal)"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Session summary"), QT_TRANSLATE_NOOP("DocumentsTab", "Values framework"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Trend analysis"),
    QT_TRANSLATE_NOOP("DocumentsTab", "US Letter"), QT_TRANSLATE_NOOP("DocumentsTab", "A4"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Document"), QT_TRANSLATE_NOOP("DocumentsTab", "Session"),
    QT_TRANSLATE_NOOP("DocumentsTab", "Paper"),
]
MESSAGES = [
    QT_TRANSLATE_NOOP("MessagesTab", "Invitation"), QT_TRANSLATE_NOOP("MessagesTab", "Confirmation"), QT_TRANSLATE_NOOP("MessagesTab", "Reminder the day before"),
    QT_TRANSLATE_NOOP("MessagesTab", "Reminder on the day"), QT_TRANSLATE_NOOP("MessagesTab", "Thank-you with summary"),
    QT_TRANSLATE_NOOP("MessagesTab", "Message"), QT_TRANSLATE_NOOP("MessagesTab", "Session"),
    QT_TRANSLATE_NOOP("MessagesTab", "Participant"), QT_TRANSLATE_NOOP("MessagesTab", "Subject"),
    QT_TRANSLATE_NOOP("MessagesTab", "Message text"), QT_TRANSLATE_NOOP("MessagesTab", "Filled in"),
    QT_TRANSLATE_NOOP("MessagesTab", "Save template"), QT_TRANSLATE_NOOP("MessagesTab", "Reset to default"),
    QT_TRANSLATE_NOOP("MessagesTab", "Copy message"), QT_TRANSLATE_NOOP("MessagesTab", "Write drafts"),
]
ROSTER_COLUMNS = [
    QT_TRANSLATE_NOOP("ImportDialog", "Name"), QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Last name"), QT_TRANSLATE_NOOP("ImportDialog", "Preferred name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Pronouns"), QT_TRANSLATE_NOOP("ImportDialog", "Email"),
    QT_TRANSLATE_NOOP("ImportDialog", "Phone"), QT_TRANSLATE_NOOP("ImportDialog", "Organization"),
    QT_TRANSLATE_NOOP("ImportDialog", "Perspective"), QT_TRANSLATE_NOOP("ImportDialog", "Languages"),
    QT_TRANSLATE_NOOP("ImportDialog", "Interpretation"), QT_TRANSLATE_NOOP("ImportDialog", "Access needs"),
    QT_TRANSLATE_NOOP("ImportDialog", "Dietary"), QT_TRANSLATE_NOOP("ImportDialog", "Childcare"),
    QT_TRANSLATE_NOOP("ImportDialog", "Consent to record"),
    QT_TRANSLATE_NOOP("ImportDialog", "Acknowledgement"), QT_TRANSLATE_NOOP("ImportDialog", "Stipend"),
    QT_TRANSLATE_NOOP("ImportDialog", "Stipend status"), QT_TRANSLATE_NOOP("ImportDialog", "All sessions"),
    QT_TRANSLATE_NOOP("ImportDialog", "Team role"),
]
ROSTER = [
    QT_TRANSLATE_NOOP("RosterView", "Participant"), QT_TRANSLATE_NOOP("RosterView", "Facilitator"),
    QT_TRANSLATE_NOOP("RosterView", "Note-taker"), QT_TRANSLATE_NOOP("RosterView", "Interpreter"),
]
ROSTER_HEADERS = [
    QT_TRANSLATE_NOOP("RosterTableModel", "Name"), QT_TRANSLATE_NOOP("RosterTableModel", "Preferred name"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Pronouns"), QT_TRANSLATE_NOOP("RosterTableModel", "Perspective"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Organization"), QT_TRANSLATE_NOOP("RosterTableModel", "Team role"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Email"), QT_TRANSLATE_NOOP("RosterTableModel", "Phone"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Languages"), QT_TRANSLATE_NOOP("RosterTableModel", "Interpretation"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Access needs"), QT_TRANSLATE_NOOP("RosterTableModel", "Dietary"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Childcare"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Consent to record"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Acknowledgement"), QT_TRANSLATE_NOOP("RosterTableModel", "Stipend"),
    QT_TRANSLATE_NOOP("RosterTableModel", "Stipend status"), QT_TRANSLATE_NOOP("RosterTableModel", "All sessions"),
]
ROSTER_VALUES = [
    QT_TRANSLATE_NOOP("RosterTableModel", "participant"), QT_TRANSLATE_NOOP("RosterTableModel", "facilitator"),
    QT_TRANSLATE_NOOP("RosterTableModel", "note-taker"), QT_TRANSLATE_NOOP("RosterTableModel", "interpreter"),
    QT_TRANSLATE_NOOP("RosterTableModel", "by name"), QT_TRANSLATE_NOOP("RosterTableModel", "organization only"),
    QT_TRANSLATE_NOOP("RosterTableModel", "anonymous"), QT_TRANSLATE_NOOP("RosterTableModel", "yes"),
    QT_TRANSLATE_NOOP("RosterTableModel", "no"),
]
