"""A time said in words at the front of a timeline entry in Spanish, Portuguese, French, Italian, German or Dutch.

"- A las 3 de la tarde, Diego escala a Lucía …", "- Gegen 15 Uhr ruft Jana …", "- Vers 15 h, Camille …",
"- Om 3 uur 's middags belt Bram …": the hour after the words that say "at" or "around", then perhaps the
part of the day. A careful reader reads the entry's time from them, as ``said_leads`` does for English ("At
ten past three, …"): with the part of the day, the hour it names; without one, the first such hour after the
entry above. The entry keeps its words, the time among them.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_HOUR = r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>[0-5]\d))?"
# The language's "at" or "around", the hour, its minutes, then perhaps a quarter or a half and the part of the day.
_SAID = re.compile(
    r"[ \t]*(?:"
    # Spanish, Portuguese: "a las 3 de la tarde", "hacia las 15:20", "às 3 da tarde", "por volta das 15h".
    rf"(?:(?:hacia|sobre|alrededor[ \t]+de|a)[ \t]+las|às|por[ \t]+volta[ \t]+das)[ \t]+{_HOUR}[ \t]*h?"
    r"(?P<es_part>[ \t]+y[ \t]+(?:media|cuarto)|[ \t]+menos[ \t]+cuarto|[ \t]+e[ \t]+meia)?"
    r"(?:[ \t]+(?P<es_day>de[ \t]+la[ \t]+(?:mañana|tarde|noche|madrugada)|d[ao][ \t]+(?:manhã|tarde|noite)))?"
    # French: "vers 15 h", "à 3 heures de l'après-midi".
    rf"|(?:vers|à)[ \t]+{_HOUR.replace('hour', 'fr_hour').replace('minute', 'fr_minute')}[ \t]*(?:h|heures?)"
    r"(?P<fr_minute2>[ \t]*[0-5]\d)?"
    r"(?:[ \t]+(?P<fr_day>du[ \t]+matin|de[ \t]+l['’]après-midi|du[ \t]+soir))?"
    # Italian: "alle 3 del pomeriggio", "verso le 15".
    rf"|(?:alle|verso[ \t]+le|intorno[ \t]+alle)[ \t]+{_HOUR.replace('hour', 'it_hour').replace('minute', 'it_minute')}"
    r"(?:[ \t]+(?P<it_day>del[ \t]+mattino|di[ \t]+mattina|del[ \t]+pomeriggio|di[ \t]+sera))?"
    # German, Dutch: "gegen 15 Uhr", "um 3 Uhr nachmittags", "om 3 uur 's middags", "rond 15.20 uur".
    rf"|(?:gegen|um|om|rond|omstreeks)[ \t]+{_HOUR.replace('hour', 'de_hour').replace('minute', 'de_minute')}"
    r"[ \t]+(?:uhr|uur)"
    r"(?:[ \t]+(?P<de_day>morgens|vormittags|mittags|nachmittags|abends|nachts"
    r"|['’]s[ \t]+(?:ochtends|middags|avonds|nachts)))?"
    r")(?![\w:])",
    re.IGNORECASE,
)
# The parts of the day that put an hour written under twelve in the afternoon or the evening.
_LATER_HALF = ("tarde", "noche", "noite", "après-midi", "soir", "pomeriggio", "sera", "nachmittags", "abends")
_LATER_HALF += ("middags", "avonds", "mittags")
_HALF_PAST = {"y media": 30, "e meia": 30, "y cuarto": 15, "menos cuarto": -15}
# How far into an entry a said time is looked for: it leads the entry or it is not its time.
_LOOKED_AT = 120


def other_language_said_lead(
    text: str, day: date, zone: tzinfo | None, previous: datetime | None
) -> tuple[datetime, str] | None:
    """The time said at the front of ``text`` in one of these languages, on ``day``, and the entry's text."""
    said = _SAID.match(text[:_LOOKED_AT])
    if said is None:
        return None
    groups = said.groupdict()
    hour = int(next(groups[name] for name in ("hour", "fr_hour", "it_hour", "de_hour") if groups[name] is not None))
    minute_text = next(
        (groups[name] for name in ("minute", "fr_minute", "fr_minute2", "it_minute", "de_minute") if groups[name]),
        "0",
    )
    minute = int(minute_text.strip())
    part = " ".join((groups["es_part"] or "").split()).lower()
    day_part = " ".join((groups["es_day"] or groups["fr_day"] or groups["it_day"] or groups["de_day"] or "").split())
    if hour > 23:
        return None
    moment = datetime.combine(day, time(hour, minute), tzinfo=zone or UTC) + timedelta(minutes=_HALF_PAST.get(part, 0))
    if day_part and hour < 12 and any(day_part.lower().endswith(word) for word in _LATER_HALF):
        moment += timedelta(hours=12)  # "a las 3 de la tarde": 15:00
    elif not day_part and hour < 12 and previous is not None and previous.date() == day and moment < previous:
        moment += timedelta(hours=12)  # "gegen 3 Uhr" after 14:52: the first such hour after the entry above
    return moment, text.strip()
