"""Bar charts drawn on the server as shapes for an inline SVG: no script, nothing fetched.

A `Figure` is a table (the data a chart shows, its table alternative and its CSV download are
the same rows); `draw` lays it out as columns over days or as horizontal bars, stacked or side
by side, in a viewBox that scales to the page. Colours come from CSS classes (`s-<series>`),
so the Content-Security-Policy needs no inline style.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from bot.importexport.csv_table import neutralised

WIDTH = 720.0         # a column chart; its page scrolls it sideways on a phone
BAR_WIDTH = 480.0     # a bar chart: narrower, so that its names stay legible on a phone
COLUMN_HEIGHT = 260.0
ROW_HEIGHT = 26.0
LEFT = 44.0           # room for the value axis of a column chart
LABEL_WIDTH = 170.0   # room for the category names of a bar chart
LABEL_CHARS = 24
TOP, RIGHT, BOTTOM = 12.0, 16.0, 34.0
MAX_DAY_LABELS = 8


@dataclass(frozen=True, slots=True)
class Series:
    key: str     # the CSS class is s-<key>; the CSV column name
    label: str   # as the legend and the table's heading show it


@dataclass(frozen=True, slots=True)
class Figure:
    """One chart's data: each row is a category (its label cells first) and a value for each
    series. `columns` draws categories as columns, one a day (the first label cell is the
    ISO date; the axis shows its month and day), else as horizontal bars."""

    key: str
    title: str
    description: str
    label_headings: tuple[str, ...]     # the table's headings of the label cells
    label_keys: tuple[str, ...]         # their CSV column names
    series: tuple[Series, ...]
    rows: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]
    stacked: bool = True
    columns: bool = False
    # How the chart and the table show each row's label cells, where not as they are (a
    # channel with no id is "no channel"); the CSV keeps the cells as they are.
    shown: tuple[tuple[str, ...], ...] = ()

    def labels(self, index: int) -> tuple[str, ...]:
        return self.shown[index] if self.shown else self.rows[index][0]

    @property
    def empty(self) -> bool:
        return not any(any(values) for _, values in self.rows)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    series: str
    tip: str


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"


@dataclass(frozen=True, slots=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class Drawing:
    width: float
    height: float
    rects: tuple[Rect, ...]
    texts: tuple[Text, ...]
    rules: tuple[Rule, ...]


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... at or above `value` (at least 1)."""
    if value <= 1:
        return 1
    power: int = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _extent(figure: Figure) -> int:
    if figure.stacked:
        return max((sum(v) for _, v in figure.rows), default=0)
    return max((max(v, default=0) for _, v in figure.rows), default=0)


def _tip(figure: Figure, row: int, index: int, value: int) -> str:
    labels = " · ".join(label for label in figure.labels(row) if label)
    return f"{labels}: {figure.series[index].label} {value}"


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "…"


def draw(figure: Figure) -> Drawing:
    return _columns(figure) if figure.columns else _bars(figure)


def _segments(figure: Figure, values: tuple[int, ...],
              scale: float) -> list[tuple[int, float, float, int]]:
    """(series index, offset along the value axis, length, value) of each non-zero value:
    stacked, each starts where the one before ended; side by side, all start at 0."""
    out = []
    done = 0.0
    for index, value in enumerate(values):
        if value <= 0:
            continue
        length = value * scale
        out.append((index, done if figure.stacked else 0.0, length, value))
        if figure.stacked:
            done += length
    return out


def _columns(figure: Figure) -> Drawing:
    height = COLUMN_HEIGHT
    plot_w, plot_h = WIDTH - LEFT - RIGHT, height - TOP - BOTTOM
    top = nice_ceiling(_extent(figure))
    scale = plot_h / top
    base = TOP + plot_h
    rules = [Rule(LEFT, base - plot_h * f, WIDTH - RIGHT, base - plot_h * f)
             for f in (0.0, 0.5, 1.0)]
    texts = [Text(LEFT - 6, base - plot_h * f + 4, _number(top * f), "end")
             for f in (0.0, 0.5, 1.0)]
    n = max(1, len(figure.rows))
    slot = plot_w / n
    every = max(1, math.ceil(n / MAX_DAY_LABELS))
    groups = 1 if figure.stacked else len(figure.series)
    bar = slot * 0.8 / groups
    rects = []
    for i, (labels, values) in enumerate(figure.rows):
        x0 = LEFT + i * slot + slot * 0.1
        for index, offset, length, value in _segments(figure, values, scale):
            x = x0 if figure.stacked else x0 + index * bar
            rects.append(Rect(round(x, 1), round(base - offset - length, 1), round(bar, 1),
                              round(length, 1), figure.series[index].key,
                              _tip(figure, i, index, value)))
        if i % every == 0:
            texts.append(Text(round(x0 + slot * 0.4, 1), base + 18, labels[0][5:], "middle"))
    return Drawing(WIDTH, height, tuple(rects), tuple(texts), tuple(rules))


def _bars(figure: Figure) -> Drawing:
    height = TOP + ROW_HEIGHT * len(figure.rows) + BOTTOM
    left = LABEL_WIDTH
    plot_w = BAR_WIDTH - left - RIGHT - 40   # room for the total after the longest bar
    top = nice_ceiling(_extent(figure))
    scale = plot_w / top
    base_y = TOP + ROW_HEIGHT * len(figure.rows)
    rules = [Rule(left, TOP, left, base_y)]
    texts = [Text(left + plot_w * f, base_y + 18, _number(top * f), "middle")
             for f in (0.0, 0.5, 1.0)]
    groups = 1 if figure.stacked else len(figure.series)
    bar = ROW_HEIGHT * 0.7 / groups
    rects = []
    for i, (_, values) in enumerate(figure.rows):
        y0 = TOP + i * ROW_HEIGHT + ROW_HEIGHT * 0.15
        texts.append(Text(left - 8, y0 + ROW_HEIGHT * 0.5, _short(figure.labels(i)[0]), "end"))
        end = 0.0
        for index, offset, length, value in _segments(figure, values, scale):
            y = y0 if figure.stacked else y0 + index * bar
            rects.append(Rect(round(left + offset, 1), round(y, 1), round(length, 1),
                              round(bar, 1), figure.series[index].key,
                              _tip(figure, i, index, value)))
            end = max(end, offset + length)
        texts.append(Text(round(left + end + 6, 1), y0 + ROW_HEIGHT * 0.5,
                          str(sum(values)) if figure.stacked else
                          " / ".join(str(v) for v in values)))
    return Drawing(BAR_WIDTH, height, tuple(rects), tuple(texts), tuple(rules))


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def to_csv(figure: Figure) -> str:
    """The figure's rows as CSV, one column a label cell and a series: exactly what the chart
    and its table show. Text cells that a spreadsheet would run as a formula are defused as
    the fact export does."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*figure.label_keys, *(s.key for s in figure.series)])
    for labels, values in figure.rows:
        writer.writerow([*(neutralised(cell) for cell in labels), *values])
    return buffer.getvalue()
