"""A timeline table whose time columns are headed by their zones: "| UTC | KST | What happened |".

A team spread over time zones writes each entry's clock twice, one column per zone, and names the
columns by the zone alone. A careful reader takes the first such column as the time of the row (its
header is the zone of its clocks) and keeps the other clock in the entry's text; the table is one
event a row, not one block of text.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from app.timezones import zone_named

_LONGEST_HEADER = 24
"""A zone column's header is the zone's name alone: a longer cell is a column of something else."""
# A clock in a row's cell ("00:07", "07-09 00:00", "9:15 am").
_CLOCK = re.compile(r"\d[:.h]\d\d|\d ?[ap]\.?m\b", re.IGNORECASE)


def header_zone(name: str) -> tzinfo | None:
    """The zone a column header names when it is nothing but a zone ("UTC", "KST", "UTC+9"), else ``None``."""
    name = name.strip().strip("*_`").strip()
    if not name or len(name) > _LONGEST_HEADER or not name[0].isalpha():
        return None
    return zone_named(name)


def may_be_zone_header(names: list[str]) -> bool:
    """Whether a table's header names a column by a zone alone (asked before the table is read)."""
    return any(header_zone(name) is not None for name in names)


def zone_column(names: list[str], rows: list[list[str]]) -> int | None:
    """The first column headed by a zone alone whose cells are nearly all clocks, else ``None``."""
    for at, name in enumerate(names):
        if header_zone(name) is None:
            continue
        cells = [row[at] for row in rows if at < len(row) and row[at].strip()]
        timed = sum(1 for cell in cells if len(cell) <= _LONGEST_HEADER and _CLOCK.search(cell))
        if cells and timed * 3 >= len(cells) * 2:
            return at
    return None
