"""The write-up's status told beside its version number: "Version: 1.2 (final)", "Version: 0.3 – draft".

Controlled documents (a university's, a council's, a regulator's) carry a version line instead of a status
line, and mark the version that counts in words after its number. A careful reader takes that word as the
document's status; the line stays as written, since the version number itself has no field.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.names import STATUSES
from app.formats.markdown_read.tokens import name_key
from app.model import Status

VERSION_LABELS = ("version", "document version", "doc version", "revision", "version / status", "version/status")
# "1.2 (final)", "v0.3 - draft", "2.0, approved", "1.0 [in review]": a version number, then the status in words.
_NUMBER_THEN_WORDS = re.compile(
    r"[ \t]*v?\d{1,3}(?:\.\d{1,3}){0,3}[ \t]*(?:[(\[][ \t]*(?P<bracketed>[^()\[\]]{1,30}?)[ \t]*[)\]]"
    r"|[-–—,:/][ \t]*(?P<after>[^()\[\]]{1,30}?))[ \t]*\.?",
    re.IGNORECASE,
)


def status_in_version(value: str) -> Status | None:
    """The status a version line's value names after its number, or ``None`` (a bare "1.2" names none)."""
    found = _NUMBER_THEN_WORDS.fullmatch(value[:80])
    if found is None:
        return None
    return STATUSES.get(name_key(found["bracketed"] or found["after"]))
