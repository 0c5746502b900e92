"""Screenshots of the roster screen, the import mapping dialog and the check-in list, on the
demo series and its 22 fictional people."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.demo.series import ensure_demo
from facilitator.paths import data_dir
from facilitator.plan.model import AttendanceStatus
from facilitator.roster import attendance as att
from facilitator.roster.spreadsheets import read_table
from facilitator.storage import roster as store
from facilitator.storage import series as series_store
from ui.main_window import MainWindow
from ui.roster import screens
from ui.roster.checkin import CheckInView
from ui.roster.import_dialog import ImportDialog
from ui.roster.view import RosterView
from ui.workspace import Workspace

LATE_SIGNUPS = """First name;Last name;E-mail;Organisation;Stakeholder group;Interpreter language;Dietary;T-shirt size
Rosa;Quispe Mamani;rosa.quispe@example.org;Neighbors for Public Schools;Community organizer;;Vegetarian;M
Yusuf;Demir;yusuf.demir@example.org;Eastside Parents United;Parent/caregiver;Turkish;Halal;L
Hana;Kobayashi;hana.k@example;Westview High School;Student;;;S
Olu;Bankole;olu.bankole@example.org;Bright Futures Foundation;Funder;;;XL
"""


def shoot(out_dir: Path) -> list[Path]:
    app = QApplication.instance()
    workspace = Workspace(data_dir() / "workspace.db")
    series_id = ensure_demo(workspace.db) or series_store.list_series(workspace.db)[0]["id"]
    session = series_store.list_sessions(workspace.db, series_id)[0]
    people = store.list_participants(workspace.db, series_id)
    written = []

    screens.register()
    window = MainWindow(workspace)
    window.resize(1360, 820)
    window.show()
    window.open_series(series_id)
    roster = next(page for page in window.series_view._feature_pages if isinstance(page, RosterView))
    window.series_view.tabs.setCurrentWidget(roster)
    roster.table.selectRow(3)
    app.processEvents()
    path = out_dir / "roster.png"
    window.grab().save(str(path))
    written.append(path)

    csv_path = data_dir() / "late-signups.csv"
    csv_path.write_text(LATE_SIGNUPS, encoding="utf-8")
    dialog = ImportDialog(workspace, series_id, read_table(csv_path), roster.undo_stack(), roster)
    dialog.resize(900, 600)
    dialog.show()
    app.processEvents()
    path = out_dir / "import_mapping.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.reject()

    for person in people[:13]:
        att.check_in(workspace.db, session.id, person.id)
    att.set_status(workspace.db, session.id, [people[15].id], AttendanceStatus.ABSENT)
    workspace.edited()
    checkin = CheckInView(workspace, session.id)
    checkin.resize(820, 420)
    checkin.show()
    checkin.search.setText("priya")
    checkin.search.returnPressed.emit()
    checkin.search.setText("so")
    app.processEvents()
    path = out_dir / "checkin.png"
    checkin.grab().save(str(path))
    written.append(path)

    for widget in (window, checkin):
        widget.close()
    workspace.close()
    return written
