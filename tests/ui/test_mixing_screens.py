"""The groups window opens from the agenda editor's registry and sends pages to the presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from facilitator import templates
from facilitator.mixing import assign
from facilitator.mixing.sample_roster import add_sample_roster
from ui import registry
from ui.workspace import Workspace


def test_find_your_group_pages_go_to_the_live_presenter(qtbot, db_path, monkeypatch):
    import importlib

    import ui.mixing_screens

    importlib.reload(ui.mixing_screens)  # registers the action even if an earlier test forgot it
    from ui.live.launch import open_live_window

    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    add_sample_roster(workspace.db, series.id)
    session_id = series.sessions[0].id
    breakout = assign.assign_groups(workspace.db, session_id, groups=5, time_limit=0.05).rounds[0]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))

    action = next(a for a in registry.session_actions() if a.key == "mixing")
    window = action.callback(workspace, series.id, session_id)
    qtbot.addWidget(window)
    assert action.callback(workspace, series.id, session_id) is window  # one window per session
    window.board.pages_button.click()
    assert told and "live view" in told[0]  # no live view open yet: say how to get one

    live = open_live_window(workspace, series.id, session_id)
    qtbot.addWidget(live)
    window.board.pages_button.click()
    assert live.presenter.showing_page()
    headings = [label.text() for label in live.presenter.findChildren(QLabel, "columnHeading")]
    assert headings == [g.label for g in breakout.groups[:4]]  # the first page holds four groups
    window.board.pages_button.click()
    window.board.pages_button.click()  # the third page: names A-Z with their group
    assert live.presenter.page_title.text() == "Find your group: names A–Z"
    qtbot.waitUntil(lambda: [label.text() for label in live.presenter.findChildren(QLabel, "columnBody")][0]
                    .startswith("Amara Okafor — Group"))  # the previous page's labels are gone
    live.close()
    window.close()
    workspace.close()
