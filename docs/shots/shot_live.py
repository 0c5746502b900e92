"""Screenshots of the live view and the presenter screen: normal, wrap-up and overtime, plus a
static page. A fake clock sets the scene, so every run produces the same pictures."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator import paths
from facilitator.clock import FakeClock
from facilitator.demo.series import ensure_demo
from facilitator.plan.agenda import parse_clock
from facilitator.storage import series as store


def shoot(out_dir: Path) -> list[Path]:
    from ui.features import load_features
    from ui.live.window import LiveWindow
    from ui.workspace import Workspace

    load_features()  # the notes pane docks beside the timer, as in the app

    workspace = Workspace(paths.data_dir() / "shots-live.db")
    ensure_demo(workspace.db)
    series_id = store.list_series(workspace.db)[0]["id"]
    session = store.list_sessions(workspace.db, series_id)[0]
    start = datetime.combine(datetime.fromisoformat(session.date).date(), parse_clock(session.start_time))
    clock = FakeClock(start.astimezone())
    window = LiveWindow(workspace, series_id, session.id, clock=clock)
    window.resize(1600, 900)
    window.show()
    presenter = window.presenter
    presenter.resize(1280, 720)
    window.presenter_toggle.setChecked(True)
    presenter.resize(1280, 720)
    written: list[Path] = []

    def grab(widget, name: str) -> None:
        window._pull()
        QApplication.processEvents()
        path = out_dir / name
        widget.grab().save(str(path))
        written.append(path)

    window.live.start()
    clock.advance(16 * 60)
    window.live.next()  # a minute over on the welcome
    clock.advance(4 * 60 + 20)
    grab(window, "live_facilitator.png")
    grab(presenter, "live_presenter_normal.png")
    clock.advance(9 * 60 + 5)
    grab(presenter, "live_presenter_wrapup.png")
    clock.advance(2 * 60 + 40)
    window.message.setText("Please return to your tables")
    window._push_message()
    grab(window, "live_facilitator_overtime.png")
    grab(presenter, "live_presenter_overtime.png")
    window.message.clear()
    window._push_message()
    window.live.next()
    window.live.compress()
    presenter.show_page("Small groups", [
        ("Table 1", ["Amara Okafor", "Bao Tran", "Carmen Ruiz", "Dmitri Volkov"]),
        ("Table 2", ["Esther Cohen", "Farid Haddad", "Grace Lee", "Hiroshi Sato"]),
        ("Table 3", ["Ines Duarte", "José Martínez", "Kwame Mensah", "Leila Nasser"]),
    ])
    grab(presenter, "live_presenter_page.png")
    window.close()
    workspace.close()
    return written
