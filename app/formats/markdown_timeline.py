"""The timeline's vocabulary (kind names, table columns), for callers that knew it here.

Reading a timeline is in ``app.formats.markdown_read.timeline``.
"""

from __future__ import annotations

from app.formats.markdown_read.timeline.blocks import KIND_COLUMNS as _KIND_COLUMNS
from app.formats.markdown_read.timeline.blocks import TEXT_COLUMNS as _TEXT_COLUMNS
from app.formats.markdown_read.timeline.blocks import TIME_COLUMNS as _TIME_COLUMNS
from app.formats.markdown_read.timeline.kinds import HEADING_PHASES as _HEADING_PHASES
from app.formats.markdown_read.timeline.kinds import KINDS as _KINDS

__all__ = ["_HEADING_PHASES", "_KINDS", "_KIND_COLUMNS", "_TEXT_COLUMNS", "_TIME_COLUMNS"]
