"""Clock times said with a word for "at" and written with a dot, as Swedish and Indonesian prose writes them.

"Mellan kl. 14.05 och kl. 15.48", "pukul 10.20 sampai 12.45 WIB": the word ("kl.", "klockan", "pukul",
"jam") says the dotted number after it is a clock, not a decimal or a version, and an Indonesian range joins
its two clocks with "sampai" or "hingga" (until) or "s.d.". Rewritten as the readers of English ranges read
them ("14:05", "from 10:20 to 12:45"), so the window readers need no words of these languages.
"""

from __future__ import annotations

import re

_CLOCK = r"([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d:]|\.\d)"
_CLOCK_WORD = r"(?:kl\.?|klockan|pukul|jam)"
# "pukul 10.20 sampai 12.45", "10.20–12.45 WIB" after "pukul": an Indonesian range, either clock dotted.
_INDONESIAN_RANGE = re.compile(
    rf"(?<!\w){_CLOCK_WORD}[ \t]+{_CLOCK}[ \t]*(?:sampai(?:[ \t]+dengan)?|hingga|s\.?d\.?|s/d|[-–—])[ \t]*"
    rf"(?:{_CLOCK_WORD}[ \t]+)?{_CLOCK}",
    re.IGNORECASE,
)
# "antara pukul 10.20 dan 12.45": between, and.
_BETWEEN = re.compile(
    rf"(?<!\w)antara[ \t]+(?:{_CLOCK_WORD}[ \t]+)?{_CLOCK}[ \t]+dan[ \t]+(?:{_CLOCK_WORD}[ \t]+)?{_CLOCK}",
    re.IGNORECASE,
)
_WORD_THEN_DOTTED = re.compile(rf"(?<!\w){_CLOCK_WORD}[ \t]+{_CLOCK}", re.IGNORECASE)


def clock_words_read(text: str) -> str:
    """``text`` with "kl. 14.05" as "14:05" and an Indonesian range of clocks as "from 10:20 to 12:45"."""
    if "." not in text and ":" not in text:
        return text
    text = _BETWEEN.sub(r"between \1:\2 and \3:\4", text)
    text = _INDONESIAN_RANGE.sub(r"from \1:\2 to \3:\4", text)
    return _WORD_THEN_DOTTED.sub(r"\1:\2", text)
