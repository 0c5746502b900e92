"""``facilitator live ...``: drive a running session from a terminal, a script or a foot pedal.

Every command writes to the same log as the app, so an open window follows within a second.
"""

from __future__ import annotations

from typing import Any

import click

from facilitator.cli.common import Context, echo_json
from facilitator.live import LiveSession, LiveStatus
from facilitator.live.text import countdown


def _iso(moment) -> str | None:
    return moment.astimezone().isoformat(timespec="seconds") if moment else None


def status_json(status: LiveStatus) -> dict[str, Any]:
    step = status.current
    return {
        "state": status.state,
        "running": status.running,
        "step_index": step.index if step else None,
        "block_index": step.block_index if step else None,
        "sub_block_index": step.sub_index if step else None,
        "block_id": step.block.id if step else None,
        "block_title": step.block.title if step else None,
        "heading_title": step.heading.title if step and step.heading else None,
        "allotted_seconds": round(status.allotted_seconds, 3),
        "elapsed_seconds": round(status.elapsed_seconds, 3),
        "remaining_seconds": round(status.remaining_seconds, 3),
        "overtime_seconds": round(status.overtime_seconds, 3),
        "phase": status.phase,
        "behind_minutes": round(status.behind_seconds / 60, 1),
        "projected_end": _iso(status.projected_end),
        "scheduled_end": _iso(status.scheduled_end),
        "projected_over_minutes": round(status.projected_over_seconds / 60, 1),
        "next_block_title": status.next_step.block.title if status.next_step else None,
        "started_at": _iso(status.started_at),
        "can_absorb": [{"block_title": a.step.block.title, "minutes": round(a.allotted_seconds / 60, 1),
                        "fixed": a.step.fixed, "compress_minutes": a.cut_seconds // 60} for a in status.absorbers],
        "blocks": [{"number": s.step.index + 1, "title": s.step.block.title, "planned_minutes": s.step.block.minutes,
                    "allotted_minutes": round(s.allotted_seconds / 60, 2),
                    "actual_minutes": round(s.actual_seconds / 60, 2), "skipped": s.skipped}
                   for s in status.steps],
    }


def _summary(status: LiveStatus) -> str:
    if status.state == "not_started":
        return "Not started."
    if status.state == "finished":
        return f"Finished at {status.ended_at.astimezone():%H:%M}."
    step = status.current
    timing = f"{countdown(status)} over" if status.overtime_seconds else f"{countdown(status)} left"
    behind = status.behind_seconds / 60
    drift = f"{abs(behind):.0f} min {'behind' if behind > 0 else 'ahead'}" if round(behind) else "on plan"
    paused = " (paused)" if status.state == "paused" else ""
    return (f"{step.index + 1}. {step.block.title}: {timing}{paused}; {drift}; "
            f"ends {status.projected_end.astimezone():%H:%M} (scheduled {status.scheduled_end.astimezone():%H:%M})")


def _runner(obj: Context, series_ref: str, session_ref: str) -> LiveSession:
    _series_id, session_id = obj.session_id(series_ref, session_ref)
    return LiveSession(obj.db, session_id)


@click.group("live")
def live_group() -> None:
    """Run a session live: the same timer and log as the app's live view."""


def _simple(name: str, method: str, help_text: str) -> None:
    @live_group.command(name, help=help_text)
    @click.argument("series_ref", metavar="SERIES")
    @click.argument("session_ref", metavar="SESSION")
    @click.pass_obj
    def command(obj: Context, series_ref: str, session_ref: str) -> None:
        click.echo(_summary(getattr(_runner(obj, series_ref, session_ref), method)()))


_simple("start", "start", "Start the timer on the first block.")
_simple("pause", "pause", "Pause the timer.")
_simple("resume", "resume", "Resume the timer.")
_simple("toggle", "toggle", "Start, pause or resume: one key for a foot pedal.")
_simple("next", "next", "Move on to the next block.")
_simple("previous", "previous", "Go back to the previous block.")
_simple("compress", "compress", "Take the projected overrun out of later flexible blocks.")
_simple("undo-compress", "undo_compress", "Undo the last compression.")
_simple("reset", "reset", "Forget this run, e.g. after a rehearsal.")


@live_group.command("status")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def live_status(obj: Context, series_ref: str, session_ref: str, as_json: bool) -> None:
    """Where the session is, computed from the log."""
    status = _runner(obj, series_ref, session_ref).status()
    if as_json:
        echo_json(status_json(status))
    else:
        click.echo(_summary(status))


@live_group.command("extend", context_settings={"ignore_unknown_options": True})
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.argument("minutes", type=int)
@click.pass_obj
def live_extend(obj: Context, series_ref: str, session_ref: str, minutes: int) -> None:
    """Give the current block MINUTES more (negative: fewer)."""
    click.echo(_summary(_runner(obj, series_ref, session_ref).extend(minutes)))


@live_group.command("jump")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.argument("number", type=int)
@click.pass_obj
def live_jump(obj: Context, series_ref: str, session_ref: str, number: int) -> None:
    """Go to block NUMBER in running order (1 is the first; sub-blocks count)."""
    click.echo(_summary(_runner(obj, series_ref, session_ref).jump(number)))


@live_group.command("skip")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.argument("number", type=int, required=False)
@click.pass_obj
def live_skip(obj: Context, series_ref: str, session_ref: str, number: int | None) -> None:
    """Skip the current block, or drop block NUMBER from the rest of the plan."""
    click.echo(_summary(_runner(obj, series_ref, session_ref).skip(number)))


@live_group.command("report")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def live_report(obj: Context, series_ref: str, session_ref: str, as_json: bool) -> None:
    """Planned against actual minutes per block, for the debrief."""
    status = _runner(obj, series_ref, session_ref).status()
    rows = status_json(status)["blocks"]
    if as_json:
        echo_json(rows)
        return
    click.echo(f"{'#':>2}  {'planned':>7}  {'given':>6}  {'actual':>6}  block")
    for row in rows:
        note = "  (skipped)" if row["skipped"] else ""
        click.echo(f"{row['number']:>2}  {row['planned_minutes']:>7}  {row['allotted_minutes']:>6.0f}  "
                   f"{row['actual_minutes']:>6.1f}  {row['title']}{note}")
    planned = sum(r["planned_minutes"] for r in rows)
    actual = sum(r["actual_minutes"] for r in rows)
    click.echo(f"    {planned:>7}  {'':>6}  {actual:>6.1f}  total")


def register(main: click.Group) -> None:
    main.add_command(live_group)
