"""Pictures drawn at build time as static SVG: the archive's timeline and an entity's network.

Each picture is an <svg role="img"> with a <title> and a <desc> that say in
words what it shows; the page puts the same figures next to it as a list or
a table, so nothing is only in the picture. Layouts are computed, never
random: the same data always gives the same bytes. Colours come from the
stylesheet (classes and `currentColor`), so the pictures follow dark mode.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from markupsafe import Markup

from .render_text import escape_text

# Timeline: one bar per period, as tall as its share of the busiest period.
TIMELINE_WIDTH = 640
TIMELINE_HEIGHT = 160
TIMELINE_AXIS = 24  # room under the bars for the labels
TIMELINE_MAX_LABELS = 12
TIMELINE_MAX_SLOT = 56
# A label's width in the picture's units, about: the stylesheet sets them in 12px
# sans-serif, whose characters average under 7px ("Sep 2019" is some 50).
LABEL_CHAR_WIDTH = 7.0
LABEL_SPACE = 10.0  # between two labels

# Network: the entity in the middle, its neighbours on a circle around it.
NETWORK_WIDTH = 640  # wide enough for labels beside the nodes
NETWORK_HEIGHT = 400
NETWORK_RADIUS = 140
NETWORK_NODES = 12
NETWORK_LABEL_CHARS = 22


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # "2018"
    count: int


@dataclass(frozen=True, slots=True)
class Neighbour:
    name: str
    type: str
    count: int  # articles naming both


def timeline_svg(bars: list[Bar], title: str, description: str, element_id: str) -> Markup:
    """Bars by period, left to right in time; empty when there is nothing to draw."""
    if not bars:
        return Markup("")
    busiest = max(bar.count for bar in bars) or 1
    # A few years are drawn as narrow bars from the left, not as wide blocks.
    slot = min(TIMELINE_WIDTH / len(bars), TIMELINE_MAX_SLOT)
    gap = min(slot * 0.2, 8.0)
    chart_height = TIMELINE_HEIGHT - TIMELINE_AXIS
    labelled = _labelled_bars([bar.label for bar in bars], slot)
    shapes = []
    for number, bar in enumerate(bars):
        height = max(chart_height * bar.count / busiest, 1.0)
        x = number * slot + gap / 2
        shapes.append(
            f'<rect class="chart-bar" x="{x:.1f}" y="{chart_height - height:.1f}"'
            f' width="{slot - gap:.1f}" height="{height:.1f}"/>'
        )
        if number in labelled:
            shapes.append(_bar_label(bar.label, x, x + slot - gap))
    shapes.append(
        f'<line class="chart-axis" x1="0" y1="{chart_height}" x2="{TIMELINE_WIDTH}"'
        f' y2="{chart_height}"/>'
    )
    return _svg(element_id, title, description, TIMELINE_WIDTH, TIMELINE_HEIGHT, shapes)


def _labelled_bars(labels: list[str], slot: float) -> set[int]:
    """Which bars get a label: evenly spaced from the first, as many as fit side
    by side, and the last ("Jan 2018", "Apr 2018" ... "Nov 2019" under 23 months)."""
    widest = max(len(label) for label in labels) * LABEL_CHAR_WIDTH + LABEL_SPACE
    every = max(math.ceil(len(labels) / TIMELINE_MAX_LABELS), math.ceil(widest / slot))
    chosen = list(range(0, len(labels), every))
    last = len(labels) - 1
    while chosen and (last - chosen[-1]) * slot < widest:
        chosen.pop()  # too close to the last bar's label: the newest period is named
    return {*chosen, last}


def _bar_label(label: str, left: float, right: float) -> str:
    """A label centred under its bar, or from the bar's left or right edge where
    centring it would cut it at the picture's edge."""
    half = len(label) * LABEL_CHAR_WIDTH / 2
    middle = (left + right) / 2
    if middle - half < 0:
        anchor, x = "start", left
    elif middle + half > TIMELINE_WIDTH:
        anchor, x = "end", right
    else:
        anchor, x = "middle", middle
    return (
        f'<text class="chart-label" x="{x:.1f}" y="{TIMELINE_HEIGHT - 6}"'
        f' text-anchor="{anchor}">{escape_text(label)}</text>'
    )


def network_svg(
    center: Neighbour, neighbours: list[Neighbour], links: list[tuple[int, int]], element_id: str
) -> Markup:
    """`center` in the middle; `neighbours` clockwise from the top, heaviest first.

    An edge joins the centre to each neighbour, as thick as the articles they
    share; `links` are pairs of neighbours (by position) also named together.
    """
    if not neighbours:
        return Markup("")
    neighbours = neighbours[:NETWORK_NODES]
    middle_x, middle_y = NETWORK_WIDTH / 2, NETWORK_HEIGHT / 2
    heaviest = max(neighbour.count for neighbour in neighbours) or 1
    circle = _circle(len(neighbours))
    shapes = []
    for first, second in links:
        if first < len(circle) and second < len(circle):
            shapes.append(
                f'<line class="network-link" x1="{circle[first].x_text}"'
                f' y1="{circle[first].y_text}" x2="{circle[second].x_text}"'
                f' y2="{circle[second].y_text}"/>'
            )
    for neighbour, point in zip(neighbours, circle, strict=True):
        width = 1 + 5 * neighbour.count / heaviest
        shapes.append(
            f'<line class="network-edge" x1="{middle_x}" y1="{middle_y}" x2="{point.x_text}"'
            f' y2="{point.y_text}" stroke-width="{width:.1f}"/>'
        )
    for neighbour, point in zip(neighbours, circle, strict=True):
        shapes.append(
            _node(neighbour, point, 6 + 6 * neighbour.count / heaviest, middle_x, middle_y)
        )
    shapes.append(_node(center, _Point.at(middle_x, middle_y), 14, middle_x, middle_y))
    names = ", ".join(f"{neighbour.name} ({neighbour.count})" for neighbour in neighbours)
    description = (
        f"{center.name} in the middle, joined to the {len(neighbours)} names most often"
        f" named in the same articles; the number of shared articles: {names}."
    )
    title = f"Names seen with {center.name}"
    return _svg(element_id, title, description, NETWORK_WIDTH, NETWORK_HEIGHT, shapes)


@dataclass(frozen=True, slots=True)
class _Point:
    """A node's place in the drawing, and its coordinates as the SVG gives them."""

    x: float
    y: float
    x_text: str
    y_text: str

    @classmethod
    def at(cls, x: float, y: float) -> _Point:
        return cls(x, y, f"{x:.1f}", f"{y:.1f}")


@functools.cache
def _circle(count: int) -> tuple[_Point, ...]:
    """`count` places on the circle, clockwise from the top.

    Every entity page draws one of a dozen circles: their coordinates are
    worked out and written once.
    """
    middle_x, middle_y = NETWORK_WIDTH / 2, NETWORK_HEIGHT / 2
    return tuple(
        _Point.at(
            middle_x + NETWORK_RADIUS * math.sin(2 * math.pi * number / count),
            middle_y - NETWORK_RADIUS * math.cos(2 * math.pi * number / count),
        )
        for number in range(count)
    )


def _node(
    neighbour: Neighbour, point: _Point, radius: float, middle_x: float, middle_y: float
) -> str:
    x, y = point.x, point.y
    label = neighbour.name
    if len(label) > NETWORK_LABEL_CHARS:
        label = label[: NETWORK_LABEL_CHARS - 1].rstrip() + "…"
    # Labels sit outside the circle: left of nodes on the left half, right of the others.
    if abs(x - middle_x) < 1:
        anchor, label_x = "middle", x
        label_y = y - radius - 6 if y < middle_y else y + radius + 16
    else:
        anchor = "end" if x < middle_x else "start"
        label_x = x - radius - 4 if x < middle_x else x + radius + 4
        label_y = y + 4
    return (
        f'<circle class="network-node node-{escape_text(neighbour.type)}" cx="{point.x_text}"'
        f' cy="{point.y_text}" r="{radius:.1f}"/>'
        f'<text class="network-label" x="{label_x:.1f}" y="{label_y:.1f}"'
        f' text-anchor="{anchor}">{escape_text(label)}</text>'
    )


def _svg(
    element_id: str, title: str, description: str, width: int, height: int, shapes: list[str]
) -> Markup:
    return Markup(
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}"'
        f' aria-labelledby="{element_id}-title {element_id}-desc">'
        f'<title id="{element_id}-title">{escape_text(title)}</title>'
        f'<desc id="{element_id}-desc">{escape_text(description)}</desc>'
        + "".join(shapes)
        + "</svg>"
    )
