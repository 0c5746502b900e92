"""Keyboard and screen-reader access on every main screen, and readable colours.

- Tab goes through every focusable control and comes back to where it started (no keyboard
  trap); each control it reaches is visible, enabled and has a name a screen reader can say
  (its own accessible name, its text, or a label whose buddy it is).
- Text colours of the app's palette and style sheet reach WCAG AA (4.5:1) on a light and on a
  dark system palette.
- Every menu action has a tooltip, and Help › Keyboard shortcuts lists every shortcut.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from screens import each_screen, settle

from ui import style

MAX_STOPS = 400
SECTIONS = 4  # Tab presses a control may keep for its own parts (day, month, year)


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _focus_chain(qtbot, top: QWidget) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the focused control until focus comes back; (stops, problems)."""
    top.activateWindow()
    top.raise_()
    settle()
    start = QApplication.focusWidget()
    if start is None or start.window() is not top:
        top.focusNextChild()
        settle()
        start = QApplication.focusWidget()
    assert start is not None and start.window() is top, "nothing on this screen takes the keyboard focus"
    stops, problems = [start], []
    current, presses_here = start, 0
    for _ in range(MAX_STOPS):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        settle(2)
        following = QApplication.focusWidget()
        if following is None or following.window() is not top:
            problems.append(f"Tab from {_describe(current)} leaves the window")
            break
        if following is current:  # a date edit steps through day, month, year first
            presses_here += 1
            if presses_here > SECTIONS and not (current is start and len(stops) == 1):
                problems.append(f"keyboard trap: Tab stays in {_describe(current)}")
                break
            if presses_here > SECTIONS:
                return stops, problems  # the only control on the screen
            continue
        presses_here = 0
        if following is start:
            return stops, problems
        if not following.isVisible() or not following.isEnabled():  # judged when Tab lands, not after:
            problems.append(f"Tab stops on hidden or disabled {_describe(following)}")  # panes change later
        stops.append(following)
        current = following
    else:
        problems.append(f"Tab never came back to {_describe(start)} after {MAX_STOPS} stops")
    return stops, problems


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or _name(widget) or '?'})"


def test_tab_reaches_every_control_of_every_screen_and_comes_back(qtbot, db_path):
    problems = []
    for screen, top in each_screen(qtbot, db_path):
        stops, chain_problems = _focus_chain(qtbot, top)
        problems += [f"{screen}: {p}" for p in chain_problems]
        for widget in stops:
            if not _name(widget):
                problems.append(f"{screen}: {_describe(widget)} has no accessible name or label")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- contrast

contrast = style.contrast


def test_contrast_is_computed_as_wcag_defines_it():
    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#767676"), QColor("white")), 2) == 4.54


def _palettes() -> dict[str, QPalette]:
    """Fusion's light palette, and a dark palette like a desktop in dark mode sets."""
    light = QApplication.style().standardPalette()
    dark = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#2f6f6a"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#353535"),
                        (QPalette.ColorRole.ToolTipText, "#e6e6e6"), (QPalette.ColorRole.PlaceholderText, "#a0a0a0")):
        dark.setColor(role, QColor(value))
    return {"light": light, "dark": dark}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_colours_reach_wcag_aa_on_light_and_dark_palettes(qapp, theme):
    palette = style.adapted_palette(_palettes()[theme])
    R = QPalette.ColorRole
    pairs = {"window text": (R.WindowText, R.Window), "text": (R.Text, R.Base),
             "alternate rows": (R.Text, R.AlternateBase), "buttons": (R.ButtonText, R.Button),
             "selection": (R.HighlightedText, R.Highlight), "tooltips": (R.ToolTipText, R.ToolTipBase),
             "placeholders": (R.PlaceholderText, R.Base)}
    problems = []
    for what, (fore, back) in pairs.items():
        ratio = contrast(palette.color(fore), palette.color(back))
        if ratio < 4.5:
            problems.append(f"{what}: {ratio:.2f}:1")
    sheet = style.style_sheet(10, palette)
    window = palette.color(R.Window)
    plain_rules = [rule for rule in re.findall(r"\{([^}]*)\}", sheet) if "background" not in rule]
    for colour in set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", " ".join(plain_rules))):
        ratio = contrast(QColor(colour), window)
        if ratio < 4.5:
            problems.append(f"style sheet text {colour} on the window: {ratio:.2f}:1")
    accent = contrast(QColor("white"), QColor(style.ACCENT_COLOR))
    assert accent >= 4.5, f"white on the accent button: {accent:.2f}:1"
    assert not problems, f"{theme}: " + "; ".join(problems)


# ---------------------------------------------------------------- menus and help

def test_every_menu_action_has_a_tooltip_and_every_shortcut_is_listed_in_help(qtbot, db_path):
    from PySide6.QtWidgets import QMainWindow

    missing = []
    for screen, top in each_screen(qtbot, db_path):
        if not isinstance(top, QMainWindow):
            continue
        for menu_action in top.menuBar().actions():
            for action in menu_action.menu().actions():
                if action.isSeparator() or action.menu() is not None:
                    continue
                plain = action.text().replace("&", "").rstrip("…").strip()
                tip = action.toolTip().replace("&", "").rstrip("…").strip()
                if not action.statusTip().strip() and (not tip or tip == plain):
                    missing.append(f"{screen}: {plain}")
        if screen == "agenda editor":
            listed = " ".join(keys for _what, keys in top.shortcut_rows())
            unlisted = [f"{action.text()} ({sequence.toString()})"
                        for menu_action in top.menuBar().actions() for action in menu_action.menu().actions()
                        for sequence in action.shortcuts()
                        if sequence.toString(sequence.SequenceFormat.NativeText) not in listed]
            assert not unlisted, f"shortcuts missing from Help › Keyboard shortcuts: {unlisted}"
            assert "F1" in listed and "Ctrl+Shift+N" in listed
    assert not missing, "menu actions without a tooltip or status tip:\n" + "\n".join(sorted(set(missing)))


def test_no_screen_fixes_a_text_colour_that_a_dark_theme_would_hide():
    """Text colours on the window's own background come from ui/style.py (muted_color,
    over_color), which switch for dark themes; a fixed colour is fine only with its own background."""
    from pathlib import Path

    fixed = []
    for path in sorted((Path(__file__).resolve().parents[2] / "ui").rglob("*.py")):
        if path.name == "style.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"(?<![-\w])color:\s*#[0-9a-fA-F]{3,6}", line) and "background" not in line:
                fixed.append(f"{path.name}:{number}")
    assert not fixed, f"use ui.style.muted_color()/over_color() here: {fixed}"
