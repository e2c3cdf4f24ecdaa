"""Printing library data on a terminal or into files: tables, CSV and JSON, always safe to show.

Anything from a document or a file name may hold characters that a terminal
obeys (escape sequences, a carriage return that overwrites the line, bidi
overrides that reorder it). They are printed as visible escapes, ``\\x1b``,
in every format; JSON's own escapes keep its values exact.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from app.terminal import UNSAFE_ABOVE_C0, printable

# Within a JSON string json.dumps already escaped C0; the rest becomes \\uXXXX, which decodes to the same text.
_UNSAFE_IN_JSON = re.compile(f"[{UNSAFE_ABOVE_C0}]")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return printable(str(value))


def write_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for index, cell in enumerate(row):
            widths[index] = min(max(widths[index], len(cell)), 80)
    last = len(headers) - 1

    def line(values: Sequence[str]) -> str:
        # The last column is not padded (no trailing spaces) and never cut.
        return "  ".join(v if i == last else _fit(v, widths[i]) for i, v in enumerate(values)).rstrip()

    out.write(line(list(headers)) + "\n")
    for row in cells:
        out.write(line(row) + "\n")


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def write_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else printable(str(v)) if isinstance(v, str) else v for v in row])


def write_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    text = json.dumps(data, ensure_ascii=False, indent=2)
    out.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
