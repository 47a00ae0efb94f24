"""Static charts drawn by matplotlib as inline SVG: each claim's status day by day, and a document's timeline.

Layout is matplotlib's: every cell has a fixed size, so labels, cells and legend cannot overlap whatever the
number of claims and days, and the figure is cut to what it draws (``bbox_inches="tight"``), so nothing is
clipped. Text stays text (``svg.fonttype: none``: searchable, selectable, sharp in print), laid out with
DejaVu Sans, which browsers without it replace by a narrower sans-serif.

The SVG is deterministic for nbval: a fixed ``svg.hashsalt``, no date or creator in the metadata, the XML
prolog and metadata dropped, and every id prefixed by the chart's name (so two charts on one page never share
an id). Text goes through matplotlib's XML escaping with mathtext off, so ``$`` and markup show as typed.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import textwrap

from .html import Html, escape
from .palette import STATUS_COLOURS, status_colour
from .timeline import Event

CELL_WIDTH, CELL_HEIGHT = 0.68, 0.28      # inches: one day by one claim
DAY_WIDTH, EVENT_LINE = 0.36, 0.2         # inches: one day, one line of an event's label
FONT_SIZE = 9
LABEL_WIDTH = 64                          # characters before an event's label wraps
KIND_COLOURS = {"published": "#0969da", "said": "#1a7f37", "mentioned": "#9a6700"}
KIND_LABELS = {"said": "a party speaks", "published": "publication", "mentioned": "a date the text mentions"}
STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "crosscheck",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": FONT_SIZE,
    "text.parse_math": False,
    "axes.linewidth": 0.6,
}


class Chart(Html):
    """An inline SVG chart: HTML in a notebook and on the site, a one-line description as text."""


def _svg(figure, name: str, title: str) -> str:
    """The figure as inline SVG markup, deterministic, with prefixed ids and an accessible name."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.08, metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)
    prefix = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "chart"
    used = set(re.findall(r"url\(#([^)]+)\)", text)) | set(re.findall(r'href="#([^"]+)"', text))
    text = re.sub(r'\sid="([^"]+)"', lambda m: f' id="{prefix}-{m.group(1)}"' if m.group(1) in used else "", text)
    text = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}-{m.group(1)})", text)
    text = re.sub(r'(xlink:href|href)="#([^"]+)"', lambda m: f'{m.group(1)}="#{prefix}-{m.group(2)}"', text)
    head = f'<svg class="cc-chart-svg cc-chart-{prefix}" role="img" aria-label="{escape(title)}"'
    text = head + text[len("<svg"):]
    close = text.index(">") + 1
    return text[:close] + f"<title>{escape(title)}</title>" + text[close:]


def _figure(width: float, height: float):
    """A figure outside pyplot (no backend, no global state: a kernel's own plots are left alone)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(max(width, 0.5), max(height, 0.3)))
    return figure, figure.add_axes((0, 0, 1, 1))


def _day_label(day: dt.date) -> str:
    return f"{day.strftime('%a')}\n{day.day} {day.strftime('%b')}"


def status_by_day_chart(frame, title: str = "Each claim's status, day by day") -> Chart:
    """Claims down, days across, each cell coloured by the claim's status that day, a legend of the statuses
    above. ``frame``: claims as the index, ISO dates as the columns, statuses as the values (status_by_day)."""
    import matplotlib
    from matplotlib.patches import Patch, Rectangle

    days = [dt.date.fromisoformat(str(c)) for c in frame.columns]
    claims = [str(c) for c in frame.index]
    found = set(str(v) for v in frame.to_numpy().ravel())
    statuses = [s for s in STATUS_COLOURS if s in found] + sorted(found - set(STATUS_COLOURS))
    with matplotlib.rc_context(STYLE):
        figure, axes = _figure(CELL_WIDTH * len(days), CELL_HEIGHT * len(claims))
        for i, row in enumerate(frame.itertuples(index=False, name=None)):
            for j, status in enumerate(row):
                axes.add_patch(Rectangle((j + 0.04, i + 0.06), 0.92, 0.88, color=status_colour(str(status)), lw=0))
        axes.set_xlim(0, max(len(days), 1))
        axes.set_ylim(max(len(claims), 1), 0)
        axes.set_xticks([j + 0.5 for j in range(len(days))], [_day_label(d) for d in days])
        axes.set_yticks([i + 0.5 for i in range(len(claims))], claims)
        _plain(axes)
        handles = [Patch(color=status_colour(s), label=s) for s in statuses]
        axes.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1), ncol=min(len(handles), 5),
                    frameon=False, borderaxespad=0.4, handlelength=1.2, columnspacing=1.4)
        svg = _svg(figure, "status-by-day", title)
    span = f"{days[0].isoformat()} to {days[-1].isoformat()}" if days else "no days"
    return Chart(f'<figure class="cc-chart">{svg}</figure>', f"chart: {len(claims)} claim(s) by {len(days)} day(s), {span}")


def _plain(axes) -> None:
    axes.tick_params(length=0, pad=3)
    for side in axes.spines.values():
        side.set_visible(False)


def _wrapped(event: Event) -> list[str]:
    when = event.start.isoformat() if event.start == event.end else f"{event.start.isoformat()} to {event.end.isoformat()}"
    return textwrap.wrap(f"{when}  {event.label}", LABEL_WIDTH, break_long_words=True) or [when]


def _timeline_axis(axes, first: dt.date, days: int) -> None:
    labels = [(first + dt.timedelta(days=j)) for j in range(days)]
    axes.set_xticks([j + 0.5 for j in range(days)], [f"{d.strftime('%a')[:2]}\n{d.day}" for d in labels])
    axes.xaxis.tick_top()
    axes.set_yticks([])
    axes.grid(axis="x", color="#d0d7de", lw=0.6)
    axes.set_axisbelow(True)
    _plain(axes)


def timeline_chart(events: list[Event], title: str = "Timeline") -> Chart:
    """The events on a day axis, one row each: a dot for a day, a bar for a span of days, and the event in full
    to the right (wrapped), coloured by kind, with the months and a legend of the kinds above."""
    if not events:
        return Chart('<p class="cc-none">No dated events.</p>', "empty timeline")
    import matplotlib
    from matplotlib.lines import Line2D

    first = min(e.start for e in events) - dt.timedelta(days=1)
    last = max(e.end for e in events) + dt.timedelta(days=1)
    days = (last - first).days + 1
    lines = [_wrapped(e) for e in events]
    gap = 0.4  # lines of space between two events
    height = sum(len(x) for x in lines) + gap * len(events)
    with matplotlib.rc_context(STYLE):
        figure, axes = _figure(DAY_WIDTH * days, EVENT_LINE * height)
        top = 0.0
        for event, text in zip(events, lines):
            y = top + gap / 2 + len(text) / 2
            top += len(text) + gap
            x0, x1 = (event.start - first).days + 0.5, (event.end - first).days + 0.5
            colour = KIND_COLOURS.get(event.kind, "#57606a")
            if x0 == x1:
                axes.plot([x0], [y], "o", color=colour, ms=5)
            else:
                axes.plot([x0, x1], [y, y], "-", color=colour, lw=5, alpha=0.7, solid_capstyle="round")
            axes.text(days + 0.3, y, "\n".join(text), va="center", ha="left", color="#1f2328", clip_on=False,
                      linespacing=1.25)
        axes.set_xlim(0, days)
        axes.set_ylim(height, 0)
        _timeline_axis(axes, first, days)
        months = first.strftime("%B %Y") + (f" to {last.strftime('%B %Y')}" if last.month != first.month else "")
        kinds = [k for k in KIND_COLOURS if any(e.kind == k for e in events)]
        handles = [Line2D([], [], marker="o", ls="", color=KIND_COLOURS[k], label=KIND_LABELS[k]) for k in kinds]
        axes.legend(handles=handles, title=months, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=max(len(handles), 1),
                    frameon=False, borderaxespad=2.6, handletextpad=0.3, alignment="left")
        svg = _svg(figure, "timeline", title)
    return Chart(f'<figure class="cc-chart">{svg}</figure>',
                 f"timeline of {len(events)} event(s), {first.isoformat()} to {last.isoformat()}")
