"""Sentences that state the zone of a document's times: "All times in CET", "Timeline (times in BST)",
"時刻はすべてJST", "Все время указано по МСК", "Tüm saatler TSİ'dir".

The names of zones are ``app.timezones``'; this module reads the sentences around them, in English and the
other languages the importer reads. Nothing here raises: a sentence that states no zone gives ``None``.
"""

from __future__ import annotations

import itertools
import re
from datetime import tzinfo

from app.timezones import ABBREVIATIONS, PARENTHESES, zone_named
from app.zone_cities import CITY_PHRASE

# "All times in CET", "All times are UTC", "(times in BST)", "Time (PDT)", "times are in Pacific time".
_STATEMENT = re.compile(
    r"\btimes?\b(?:\s+(?:are|is|were))?(?:\s+(?:shown|given|listed|written|expressed|reported|stated))?"
    r"(?:\s+(?:in|as))?\s+(?P<zone>[A-Za-z+\-−][\w/+\-−:]*(?:\s+[A-Za-z]+){0,3})",
    re.IGNORECASE,
)
# Japanese, Chinese and Korean say the times' zone with no spaces round its name: "時刻はすべてJST",
# "時間は日本時間", "以下时间均为北京时间", "모든 시간은 한국 시간 기준".
_EAST_ASIAN_TIMES_SUBJECT = re.compile(r"時刻|時間|日時|タイムスタンプ|时间|时刻|시간|시각|기준")
_EAST_ASIAN_LOCAL_TIME = re.compile(r"北京时间|北京時間|中国标准时间|日本(?:標準)?時間?|한국[ \t]?(?:표준)?시간?")
_LATIN_ZONE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+\-−:]{1,15}")
_IN_ZONE = re.compile(r"\bin\s+(?P<zone>[A-Za-z+\-−][\w/+\-−:]*(?:\s+[A-Za-z]+){0,3})", re.IGNORECASE)


def zone_statement(text: str) -> tzinfo | None:
    """The zone a phrase states for the times near it, or ``None``.

    "All times in CET", "All times are UTC", "Timeline (times in BST)",
    "Time (PDT)", "2024-09-12 (all times PDT)", "times are in Pacific time",
    "(UTC)", "Date and Time in CET".
    """
    text = text[:300]
    for inside in PARENTHESES.findall(text):
        zone = zone_named(inside) or zone_statement_words(inside)
        if zone is not None:
            return zone
    if text.isascii() is False and (zone := _east_asian_statement(text)) is not None:
        return zone
    lower = text.lower()
    if "time" not in lower and _OTHER_TIMES_SUBJECT.search(text) is not None:
        # "Alle Zeiten in MEZ", "Wszystkie godziny w CET", "Alla tider i CEST"; "Alla tider i svensk tid"
        zone = zone_in_sentence(text)
        if zone is None and (national := _NATIONAL_TIME.search(text)) is not None:
            city = next(city for city, said in national.groupdict().items() if said)
            zone = zone_named(f"{city} time")
        if zone is None and (city_clock := CITY_PHRASE.search(text)) is not None:
            zone = zone_named(city_clock.group())  # "Heures de Paris.": the times are the city's clock
        return zone
    if "time" in lower:
        for pattern in (_STATEMENT, _IN_ZONE):
            for match in pattern.finditer(text):
                zone = _longest_zone(match["zone"])
                if zone is not None:
                    return zone
        return zone_in_sentence(text)
    return None


# How far after the word for times an East Asian statement names the zone: "時刻はすべてJST", "以下时间均为北京时间",
# "모든 시간은 한국 시간 기준" (the zone follows within a few characters; "CATチームの対応時間" names none).
_EAST_ASIAN_STATEMENT_REACH = 16


def _east_asian_statement(text: str) -> tzinfo | None:
    """The zone a Japanese, Chinese or Korean sentence states for the times, a few characters after its
    word for them: a local time's name, an offset or an abbreviation in capitals ("pt" in "p99 响应时间 pt"
    is no zone)."""
    for subject in itertools.islice(_EAST_ASIAN_TIMES_SUBJECT.finditer(text), 4):
        after = text[subject.end() : subject.end() + _EAST_ASIAN_STATEMENT_REACH]
        if (local := _EAST_ASIAN_LOCAL_TIME.search(after)) is not None:
            return zone_named(local.group())
        for word in _LATIN_ZONE_WORD.findall(after):
            if not ((word.isupper() and len(word) >= 3) or any(sign in word for sign in "+-−")):
                continue
            if (zone := zone_named(word)) is not None:
                return zone
    return None


# The subject of a sentence that states the zone of the times: "All times in this report are Eastern
# Daylight Time", "Times below are in Pacific time", "All timestamps: CET", "Every time below is IST".
# A country's clock named in its own words, by the city whose clock it is: "svensk tid", "czasu polskiego".
_NATIONAL_TIME = re.compile(
    r"\b(?:(?P<Stockholm>svensk[ \t]+(?:normal|sommar)?tid)"
    r"|(?P<Warsaw>czas(?:u|ie)?[ \t]+polsk(?:i|iego|im)|polskiego[ \t]+czasu|czas(?:u|ie)?[ \t]+warszawsk\w{1,3})"
    r"|(?P<Moscow>московск\w{1,3}[ \t]+времени?|время[ \t]+московское|по[ \t]+(?:москве|мск))"
    r"|(?P<Turkey>türkiye[ \t]+saati\w{0,3}))\b",
    re.IGNORECASE,
)
# The same subject in the other languages whose post-mortems are read (and in their writers' English).
_OTHER_TIMES_SUBJECT = re.compile(
    r"\b(?:zeiten|uhrzeiten|zeitangaben|heures|horaires|horas|horarios|horários|orari|tijden|tijdstippen"
    r"|godziny|czasy|tider|tidpunkter|klockslag|время|времени|saatler|saat"
    # "All the hours are in CET": "times" as a French or Spanish writer says it in English ("les heures").
    r"|(?:all[ \t]+(?:the[ \t]+)?|the[ \t]+)hours)\b",
    re.IGNORECASE,
)
_TIMES_SUBJECT = re.compile(
    rf"\b(?:times|timestamps?|time\s+stamps|every\s+time)\b|{_OTHER_TIMES_SUBJECT.pattern}", re.IGNORECASE
)
_SENTENCE_WORD = re.compile(r"[^\s()\[\]\"“”]+")
_APOSTROPHE_SUFFIX = re.compile(r"['’][^\W\d_]{1,4}$")
# Words between the subject and the zone, at most: "in this report are", "below are given in".
_STATEMENT_GAP = 6


def zone_in_sentence(sentence: str) -> tzinfo | None:
    """The zone a sentence states for the times, a few plain words after its subject ("times"), or ``None``.

    The words between say nothing of a clock ("three times at 10:05 CET" is a count, not a statement),
    an abbreviation counts only in capitals ("times we eat" names no East Africa time) and a name only
    with a capital ("Times below are in Pacific time")."""
    # "A note on times: our team is in New York, so all times here are US/Eastern": the statement may
    # follow an earlier mention of times; each subject is tried (a few at most, in a short sentence).
    for subject in itertools.islice(_TIMES_SUBJECT.finditer(sentence[:300]), 4):
        zone = _zone_after_subject(sentence[subject.end() : 300])
        if zone is not None:
            return zone
    return None


def _zone_after_subject(rest: str) -> tzinfo | None:
    # "Tüm saatler TSİ'dir": Turkish puts its suffixes on a name after an apostrophe.
    words = [_APOSTROPHE_SUFFIX.sub("", word.strip(".,;:!?*_")) for word in _SENTENCE_WORD.findall(rest)]
    for index, word in enumerate(words[: _STATEMENT_GAP + 1]):
        if any(character.isdigit() for character in word):
            return None
        if not word[:1].isupper():
            continue
        for count in range(min(5, len(words) - index), 0, -1):
            name = " ".join(words[index : index + count])
            if count == 1 and name.lower() in ABBREVIATIONS and not name.isupper():
                continue  # "Eat", "Cat" at the start of a clause
            zone = zone_named(name)
            if zone is not None:
                return zone
    return None


def zone_statement_words(text: str) -> tzinfo | None:
    """A zone in a short phrase that is mostly the statement: "all times PDT", "times in BST"."""
    match = _STATEMENT.search(text)
    return _longest_zone(match["zone"]) if match else None


def _longest_zone(words_text: str) -> tzinfo | None:
    words = words_text.rstrip(".,;:").split()
    for count in range(len(words), 0, -1):
        zone = zone_named(" ".join(words[:count]).rstrip(".,;:"))
        if zone is not None:
            return zone
    return None
