"""The guest-list window: who a session is for, chosen on screen, saved, and taken back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.ops import agenda, invitations, roster
from ui.roster.guest_list import GuestListWindow


@pytest.fixture
def session(workspace):
    series = agenda.create_series(workspace.db, title="Distrito Norte conversations").value
    session = agenda.add_session(workspace.db, series.id, title="Families").value
    for name, perspective in (("Ana López", "Parent/caregiver"), ("Bo Chen", "Parent/caregiver"),
                              ("Chidi Okafor", "Student"), ("Dana Ruiz", "")):
        roster.add_participant(workspace.db, series.id, name=name, perspective=perspective)
    workspace.edited()
    return session


def names(window: GuestListWindow) -> dict[str, bool]:
    return {window.people.item(i).text(): window.people.item(i).checkState() == Qt.CheckState.Checked
            for i in range(window.people.count())}


def test_ticking_one_perspective_invites_only_them_and_undo_invites_everyone_again(qtbot, workspace, session):
    window = GuestListWindow(workspace, session.series_id, session.id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # its shortcuts work once it has the keyboard
    assert window.everyone.isChecked() and all(names(window).values())  # nobody chosen yet: everyone
    for i in range(window.people.count()):
        window.people.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert window.ticked_only.isChecked()  # ticking by hand means choosing by hand
    window.perspective.setCurrentText("Parent/caregiver")
    window.tick_perspective()
    assert window.count.text() == "2 ticked"
    qtbot.keyClick(window.people, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in invitations.invited(workspace.db, session.id)] == ["Ana López", "Bo Chen"]
    assert names(window) == {"Ana López — Parent/caregiver": True, "Bo Chen — Parent/caregiver": True,
                             "Chidi Okafor — Student": False, "Dana Ruiz": False}

    qtbot.keyClick(window.people, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert invitations.chosen_ids(workspace.db, session.id) == []
    assert window.everyone.isChecked() and all(names(window).values())


def test_nobody_ticked_is_refused_and_saves_nothing(qtbot, workspace, session, shown_messages):
    window = GuestListWindow(workspace, session.series_id, session.id)
    qtbot.addWidget(window)
    for i in range(window.people.count()):
        window.people.item(i).setCheckState(Qt.CheckState.Unchecked)
    window.save()
    assert shown_messages and "Say who is invited" in shown_messages[-1]
    assert invitations.chosen_ids(workspace.db, session.id) == []
