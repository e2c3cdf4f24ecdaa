"""The fix told in the cause's own sentence: "Root cause was a typo in the config that could be fixed with a small
script that rewrote it", "… an expired token, which was resolved by rotating it".

A "Root cause and resolution" written as one sentence tells both halves: what broke, then (after "which was
fixed by", "that can be fixed with") how. A careful reader filling in the resolution copies that clause from its
verb on; the cause keeps its whole sentence, as written. A clause that goes on with "but" ("… which was fixed by
the vendor in 2.3, but we had not upgraded") tells no fix of this incident.
"""

from __future__ import annotations

import re

# "(which|that|and) (was|can be|could to be|has been) fixed (with|by|using|through) …": the verb's clause to the end.
# Without a "which" or "that" of its own, only a modal tells a fix ("… in apache server can to be fixed with …"):
# "the config was fixed by" may be what the cause was.
_FIX_CLAUSE = re.compile(
    r"(?:(?:,[ \t]*|[ \t])(?:which|that|and|it)[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been|got"
    r"|(?:can|could|would|will)[ \t]+(?:to[ \t]+)?be)"
    r"|[ \t](?:can|could|would|will|should)[ \t]+(?:to[ \t]+)?be)[ \t]+"
    r"(?:then[ \t]+|later[ \t]+|finally[ \t]+|easily[ \t]+)?"
    r"(?P<fix>(?:fixed|resolved|corrected|solved|remedied|repaired)[ \t]+(?:with|by|using|through)[ \t][^\n]{1,600})",
    re.IGNORECASE,
)
# "… changed that php file so we just edited the file name and restarted the server": the writers' own deed, run on
# after the cause with "so" or "then" (a run-on sentence that never ends where the fix begins).
_WE_DID = re.compile(
    r"(?:,[ \t]*|[ \t])(?:so|then|and[ \t]+then|and[ \t]+so)[ \t]+"
    r"(?P<fix>(?:we|I)[ \t]+(?:just[ \t]+|then[ \t]+|simply[ \t]+)?"
    r"(?:edited|changed|fixed|corrected|renamed|restarted|replaced|updated|removed|reverted|rolled[ \t]+back"
    r"|patched|modified|deleted)\b[^\n]{1,600})",
    re.IGNORECASE,
)
_BUT = re.compile(r",?[ \t]+(?:but|however|although)\b", re.IGNORECASE)


def fix_in_the_sentence(sentence: str) -> str | None:
    """The fix a cause's one sentence tells after what broke, as its clause reads (capitalised); else ``None``."""
    found = _FIX_CLAUSE.search(sentence[:2000]) or _WE_DID.search(sentence[:2000])
    if found is None or found.start() == 0 or _BUT.search(found.group("fix")):
        return None
    fix = found.group("fix").strip()
    return fix[:1].upper() + fix[1:]
