"""The words a status page heads its updates with, and the kind of entry each is.

A module of its own: the reader of other tools' exports looks them up for any
file with headings, and importing them from ``timeline.kinds`` loaded the whole
``timeline`` package (a fifth of the reader's memory) for documents without a timeline.
"""

from __future__ import annotations

from app.model import EventKind

STATUS_KINDS = {
    "investigating": EventKind.DETECTION,
    "identified": EventKind.ACTION,
    "monitoring": EventKind.ACTION,
    "update": EventKind.NOTE,
    "resolved": EventKind.RESOLUTION,
    "completed": EventKind.RESOLUTION,
}
