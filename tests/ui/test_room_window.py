"""The groups window opens from the agenda editor's registry and sends pages to the presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from facilitator.demo.roster import add_participant, add_sample_roster
from facilitator.groups import assign
from facilitator.plan import templates
from ui import registry
from ui.workspace import Workspace


def test_find_your_group_pages_go_to_the_live_presenter(qtbot, db_path, monkeypatch):
    import importlib

    import ui.room_window

    importlib.reload(ui.room_window)  # registers the action even if an earlier test forgot it
    from ui.live.launch import open_live_window

    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    add_sample_roster(workspace.db, series.id)
    session_id = series.sessions[0].id
    breakout = assign.assign_groups(workspace.db, session_id, groups=5, time_limit=0.05).rounds[0]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))

    action = next(a for a in registry.session_actions() if a.key == "groups")
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
    assert headings == [g.label for g in breakout.groups]  # five groups fit one page
    assert not live.presenter.page_count.isVisibleTo(live.presenter)  # a single page needs no "1/2"
    window.board.pages_button.click()  # the next press: names A-Z with their group
    assert live.presenter.page_title.text() == "Find your group: names A–Z"
    qtbot.waitUntil(lambda: [label.text() for label in live.presenter.findChildren(QLabel, "columnBody")][0]
                    .startswith("Amara Okafor — Group"))  # the previous page's labels are gone
    live.close()
    window.close()
    workspace.close()


def test_find_your_group_shows_all_twelve_groups_within_one_cycle(qtbot, db_path):
    import importlib

    import ui.room_window
    from facilitator.clock import FakeClock
    from ui.live.launch import _windows
    from ui.live.presenter import PAGE_SECONDS
    from ui.live.window import LiveWindow

    importlib.reload(ui.room_window)
    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    add_sample_roster(workspace.db, series.id)
    for number, name in enumerate(["Åsa Lind", "Ngozi Eze", "Dmitri Volkov", "李雷", "Fatima Zahra", "José Núñez",
                                   "Aroha Ngata", "Kwame Mensah", "Ólafur Jónsson", "Priya Nair", "Yusuf Kaya",
                                   "Mei Tanaka", "Rania Haddad", "Sven Berg", "Thandiwe Dube", "Zeynep Arslan",
                                   "Liam O'Brien", "Ana Souza", "Kofi Boateng", "Ingrid Holm", "Omar Farouk",
                                   "Lucía Pérez", "Hana Novak", "Tariq Aziz"]):
        add_participant(workspace.db, series.id, name=name, organization=f"Org {number % 7}")
    session_id = series.sessions[0].id
    breakout = assign.assign_groups(workspace.db, session_id, groups=12, time_limit=0.5).rounds[0]
    clock = FakeClock()
    live = _windows.show(session_id, lambda: LiveWindow(workspace, series.id, session_id, clock=clock))
    qtbot.addWidget(live)
    window = ui.room_window.open_room_window(workspace, series.id, session_id)
    qtbot.addWidget(window)
    window.board.pages_button.click()
    presenter = live.presenter

    def on_screen() -> list[str]:
        return [label.text() for label in presenter.findChildren(QLabel, "columnHeading")]

    seen = []
    for page in (1, 2):  # one cycle: 1/2, then 2/2 after PAGE_SECONDS, without a key pressed
        qtbot.waitUntil(lambda: presenter.page_count.text().startswith(f"{page}/2"))
        qtbot.waitUntil(lambda: len(on_screen()) == 6 and on_screen()[0] not in seen)
        seen += on_screen()
        clock.advance(PAGE_SECONDS)
    assert seen == [g.label for g in breakout.groups]
    assert presenter.page_count.isVisibleTo(presenter)
    live.close()
    window.close()
    workspace.close()


def test_the_fishbowl_is_one_click_from_the_live_block_the_session_card_and_the_menu(qtbot, db_path):
    import importlib

    from PySide6.QtWidgets import QPushButton

    import ui.room_window
    from facilitator.clock import FakeClock
    from ui.live.window import LiveWindow
    from ui.series_overview import SeriesOverview

    importlib.reload(ui.room_window)
    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    session = series.sessions[0]
    live = LiveWindow(workspace, series.id, session.id, clock=FakeClock())
    qtbot.addWidget(live)
    live.show()
    assert not live.block_tools.isVisibleTo(live)  # the welcome block has no tools of its own
    live.live.start()
    number = next(s.step.index for s in live.live.status().steps if s.step.block.kind.value == "fishbowl") + 1
    live.live.jump(number)
    live._pull()
    [button] = live.block_tools.findChildren(QPushButton)
    assert button.text() == "Open: Fishbowl"
    button.click()
    groups = ui.room_window._windows.get(session.id)
    qtbot.addWidget(groups)
    assert groups.isVisible() and groups.tabs.currentWidget() is groups.fishbowl

    menu_items = [a.text() for a in live.menuBar().actions()[0].menu().actions()]
    assert "Fish&bowl" in menu_items and "Sea&ting" in menu_items

    overview = SeriesOverview(workspace)
    qtbot.addWidget(overview)
    overview.set_series(series.id)
    overview.sessions.setCurrentIndex(overview.model.index(0, 0))
    overview._fill_session_menu()
    fishbowl = next(a for a in overview.session_menu.actions() if a.text() == "Fish&bowl")
    groups.tabs.setCurrentIndex(0)
    fishbowl.trigger()
    assert groups.tabs.currentWidget() is groups.fishbowl
    live.close()
    groups.close()
    workspace.close()
