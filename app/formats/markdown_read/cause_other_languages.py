"""A sentence naming an incident's cause in Polish, Dutch or German: "Przyczyną awarii był brak zasilania na
węźle operatora.", "De oorzaak van de storing was een verlopen certificaat.", "Die Ursache des Ausfalls war …".

Each language says "the cause (of the failure) was" in its own order: Polish puts the cause in the instrumental
before its verb ("Przyczyną … był"), Dutch and German open with the noun and its article. A sentence saying the
cause is not known ("Przyczyna nie do końca znana", "De oorzaak is nog onbekend") names none: the verb must
follow the noun (and what it is of) at once, and an unknown-word after it rules it out.
"""

from __future__ import annotations

import re

# Fixed words with bounded gaps, anchored at a word's start: linear on any sentence.
CAUSE_ELSEWHERE = re.compile(
    # Polish: "Przyczyną awarii był …", "Główną przyczyną problemu była …", "Przyczyna awarii: …".
    r"\b(?:(?:główn|bezpośredni|faktyczn)(?:ą|a)[ \t]+)?przyczyn(?:ą|a)(?:[ \t]+(?:tej|tego|naszej)?[ \t]*"
    r"(?:awarii|problemu|przerwy|usterki|incydentu|błędu|niedostępności|wyłączenia))?"
    r"(?:[ \t]+(?:był[aoy]?|jest|są|to)\b|[ \t]*:)"
    # Dutch: "De oorzaak van de storing was …", "De hoofdoorzaak is …", "veroorzaakt door".
    r"|\bde[ \t]+(?:hoofd|grond|directe[ \t]+)?oorzaak(?:[ \t]+van[ \t]+(?:de|het|deze)[ \t]+[\w-]{2,30})?"
    r"[ \t]+(?:was|is|bleek)\b|\bveroorzaakt[ \t]+door\b"
    # German: "Die Ursache des Ausfalls war …", "Ursache war …", "verursacht durch".
    r"|\b(?:die[ \t]+)?(?:haupt|grund|eigentliche[ \t]+)?ursache(?:[ \t]+(?:des|der|für[ \t]+den|für[ \t]+die)"
    r"[ \t]+[\w-]{2,30})?[ \t]+(?:war|ist|lag)\b|\bverursacht[ \t]+durch\b",
    re.IGNORECASE,
)
# "… was nog onbekend", "… ist unbekannt", "… jest nieznana": the cause not known yet.
_UNKNOWN = re.compile(r"\b(?:onbekend|unbekannt|unklar|nieznan\w*|niejasn\w*|niewiadom\w*)\b", re.IGNORECASE)


def names_cause_elsewhere(sentence: str) -> re.Match[str] | None:
    """Where ``sentence`` says what caused the incident in Polish, Dutch or German; ``None`` when it does not."""
    text = sentence[:2000]
    found = CAUSE_ELSEWHERE.search(text)
    if found is None or _UNKNOWN.search(text, found.end(), found.end() + 60):
        return None
    return found
