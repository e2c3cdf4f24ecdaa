"""Who wrote a post-mortem, as headers and bylines name them: "Sam Lee, Ana Ruiz", "J. Okonjo, IT Service
Manager", "Nikhil Rao, Store Systems", "*Posted March 5, 2025 by Elena Markov*"."""

from __future__ import annotations

import re

from app.formats.markdown_read.labels import without_mention

# A role after a name ("J. Okonjo, IT Service Manager") belongs to it: it is not a second author.
_ROLE_WORDS = frozenset(
    [
        "manager",
        "engineer",
        "lead",
        "director",
        "head",
        "officer",
        "analyst",
        "sre",
        "specialist",
        "consultant",
        "administrator",
        "admin",
        "sysadmin",
        "devops",
        "dba",
        "intern",
        "student",
        "architect",
        "developer",
        "coordinator",
        "commander",
        "chief",
        "president",
        "vp",
        "cto",
        "ceo",
        "cio",
        "ciso",
        "owner",
        "team",
        # the unit after a name: "Hannah Weiss, Network Engineering", "Gareth Pryce, Digital Services"
        "engineering",
        "operations",
        "services",
        "support",
        "department",
        # a team or a department: "Nikhil Rao, Store Systems", "Ana Ruiz, Platform", "Sam Lee, IT Security"
        *("systems", "platform", "infrastructure", "infra", "group", "division", "unit", "office", "desk"),
        *("squad", "tribe", "guild", "ops", "it", "security", "network", "networking", "reliability"),
        *("helpdesk", "finance", "sales", "marketing", "hr", "legal", "product", "qa", "staff", "crew", "dept"),
        *("noc", "soc", "inc", "ltd", "llc", "corp", "gmbh", "plc"),
    ]
)
# The small words of a person's name ("Ludwig van Beethoven"): lowercase, and still a name.
_NAME_PARTICLES = frozenset(["van", "von", "de", "da", "del", "della", "di", "du", "le", "la", "bin", "al", "ter"])


_WIDE_SEPARATORS = str.maketrans({"、": ",", "，": ",", "；": ";"})


def author_names(value: str) -> list[str]:
    """ "Sam Lee, Ana Ruiz" as two authors; "J. Okonjo, IT Service Manager" as one, with the role."""
    names: list[str] = []
    # pandoc writes "Tomasz Nowak; Aisha Bello"; people write "Grace Liu and Omar Haddad".
    # Japanese and Chinese separate names with "、" or a full-width comma: "佐藤 一郎、王 芳".
    if not value.isascii():
        value = value.translate(_WIDE_SEPARATORS)
    parts = [part.strip() for piece in value.split(";") for part in piece.split(",")]
    if len(parts) == 1 and (pair := _person_pair(parts[0])) is not None:
        parts = pair
    for part in parts:
        if names and part and _is_affiliation(part):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(without_mention(part))
    return names


# "GitHub Username: [ada](https://github.com/ada)", "Email: ada@example.org": how to reach a writer, listed under
# their name; a line that is only a link says the same.
_CONTACT = re.compile(
    r"[ \t]*(?:git[ \t]*hub|git[ \t]*lab|user[ \t]*name|e-?mail|linked[ \t]*in|twitter|website|blog|handle|profile"
    r"|contact|phone|slack|x)(?:[ \t]+(?:user[ \t]*name|handle|profile|account|id))?[ \t]*:"
    r"|[ \t]*(?:<?https?://\S+>?|\[[^\]\n]{0,80}\]\([^)\n]{0,300}\))[ \t]*$",
    re.IGNORECASE,
)


def without_contacts(names: list[str]) -> list[str]:
    """The people of a list under an "Author:" label, without the lines saying how to reach them."""
    return [name for name in names if not _CONTACT.match(name[:400])]


def without_roles(names: list[str]) -> list[str]:
    """The people alone, their roles or teams left out: "Nia Obi, Problem Manager" is Nia Obi.

    ``author_names`` keeps a role with its person; whoever calls this keeps the role's words elsewhere
    (the label's line stays as written)."""
    people = []
    for name in names:
        person, _, role = name.partition(",")
        people.append(person.strip() if role.strip() and _is_affiliation(role.strip()) else name)
    return people


def names_a_team(value: str) -> bool:
    """Whether ``value`` names a team or a role rather than people ("Realtime team", "Platform SRE")."""
    return bool(_ROLE_WORDS & {word.lower() for word in re.findall(r"[^\W\d_]+", value[:200])})


def _is_affiliation(part: str) -> bool:
    """Whether a comma-part after a name says who the person is or where they work, not a second person:
    a role or a team's word ("IT Service Manager", "Store Systems", "NOC"), or words written in lowercase
    ("store systems"). Initials ("JD") are a person's."""
    named = _NAME_THEN_ROLE.fullmatch(part.strip())
    if named and not _ROLE_WORDS & {word.lower() for word in re.findall(r"[^\W\d_]+", named.group("name"))}:
        return False  # "Lena Hartmann (Platform Team)": a person, the team only said in brackets after the name
    words = re.findall(r"[^\W\d_]+", part)
    if not words or part.lstrip().startswith("@"):
        return False  # "@mkim": a handle is a person
    if not any(char in " \t" for char in part.strip()) and not _ROLE_WORDS & {word.lower() for word in words}:
        return False  # "t.oduya", "j_smith": one word, a handle, is a person (a team has a role's word)
    if _ROLE_WORDS & {word.lower() for word in words}:
        return True
    return len(words) > 1 and any(word.islower() and word not in _NAME_PARTICLES for word in words)


# Two to four capitalised words (a particle between them), then the person's role or team in brackets.
_NAME_THEN_ROLE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]{0,30}"
    r"(?:[ \t]+(?:(?:van|von|de|da|del|di|du|le|la|bin|al|ter)[ \t]+)?[A-Z][\w'’.-]{0,30}){1,3})"
    r"[ \t]*\([^()\n]{1,60}\)"
)
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _person_pair(text: str) -> list[str] | None:
    """ "Grace Liu and Omar Haddad" as two names, when both sides are names."""
    if " and " not in text and "&" not in text and "\tand" not in text and "and\t" not in text:
        return None  # splitting on a pattern with runs of spaces round "and" re-reads each run: quadratic
    names = _AND.split(text, maxsplit=1)
    if len(names) == 2 and all(_AUTHOR_NAME.fullmatch(name.strip()) for name in names):
        return [name.strip() for name in names]
    return None


# A blog's byline: "*Posted March 5, 2025 by Elena Markov, Infrastructure*", "By Sam Lee and Ana Ruiz".
_BYLINE = re.compile(
    r"[*_]*(?P<posted>(?:posted|published|written|authored|prepared|compiled)\b[^*_\n]{0,60}?[ \t])?"
    r"by[ \t]+([^,·|*_\n]{2,80})",
    re.IGNORECASE,
)
# A blog theme's byline under the title: the day it was posted, then its writers ("January 14th, 2024 by
# QuinnM", "12 February, 2024 · by Ada Klein and Bram Ott"). The date vouches for the line as a byline.
_DATED_BYLINE = re.compile(
    r"[*_]*(?P<posted>[A-Za-z0-9 \t,.]{0,30}?\b(?:19|20)\d\d[ \t]*[·•|,–—-]?[ \t]+)by[ \t]+([^,·|*_\n]{2,80})",
    re.IGNORECASE,
)
# The theme's inline HTML round a byline ("<small><i>…</i></small>", "<time datetime=…>…</time>").
_INLINE_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
# The full stop after a name's last word (two letters or more: an initial's stop is part of the name).
_SENTENCE_AFTER_NAME = re.compile(r"(?<=[a-z]{2})\.(?=[ \t]|$)")
# An author's name as headers and bylines write it: one to four capitalised words, initials
# ("J. Okonjo") or a handle ("@mreyes"); looser than a task owner's full name (task_details._FULL_NAME).
# A handle may be lowercase ("@maria.santos & @dev.patel", as a chat's mentions read).
_AUTHOR_NAME = re.compile(r"@?[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}|@\w[\w.'-]{0,40}")


# An issue page's line under its title: "**Open** · opened by **mkoval** · 4 comments", "mkoval opened this
# issue on Mar 3, 2025 · 4 comments". Whoever opened the issue wrote the post-mortem it holds.
_OPENED_BY = re.compile(
    r"(?:^|[·•|][ \t]*)opened[ \t]+by[ \t]+[*_]{0,2}@?(?P<who>[\w.'-]{1,60}(?:[ \t]+[A-Z][\w.'-]{0,40}){0,2})[*_]{0,2}"
    r"(?=[ \t]*(?:[·•|,]|on\b|$))",
    re.IGNORECASE,
)
_OPENED_THIS = re.compile(
    r"(?:^|[·•|][ \t]*)[*_]{0,2}@?(?P<who>[\w.'-]{1,60}(?:[ \t]+[A-Z][\w.'-]{0,40}){0,2})[*_]{0,2}[ \t]+opened[ \t]+"
    r"(?:this[ \t]+)?(?:issue|pull[ \t]+request|incident)\b",
    re.IGNORECASE,
)


_LONGEST_ROLE = 5  # words


def byline_names(line: str) -> list[str] | None:
    """The people a byline names, or ``None`` when ``line`` is not one."""
    if "opened" in line.lower()[:300]:
        opened = _OPENED_BY.search(line[:300]) or _OPENED_THIS.search(line[:300])
        if opened is not None:
            return [opened.group("who")]
    line = _INLINE_TAG.sub("", line[:400]) if "<" in line[:400] else line
    found = _BYLINE.match(line.strip()) or _DATED_BYLINE.match(line.strip())
    if found is None:
        return None
    # "Written up by Rosa Mendes. Status: Draft": the names end with their sentence (not at "J. Okonjo"'s initial)
    named = _SENTENCE_AFTER_NAME.split(found.group(2), maxsplit=1)[0]
    role, colon, person = named.partition(":")
    if colon and person.strip() and len(role.split()) <= _LONGEST_ROLE:
        named = person  # "By the On Call Person: Jany Muong": the role they wrote it in, then who
    names = [name.strip() for name in re.split(r"[ \t]+(?:and|&)[ \t]+", named.strip())]
    if not all(_AUTHOR_NAME.fullmatch(name) for name in names):
        return None
    if not found.group("posted") and not all(" " in name for name in names):
        return None  # "By Friday": a plain "By" line names people by their full names
    return [without_mention(name) for name in names]


# A blog's byline of names alone, in italics on a line of its own: "*Ines Garrido, Tomas Lindqvist*".
_ITALIC_LINE = re.compile(r"(?P<mark>[*_])(?![*_ \t])(?P<names>[^*_\n]{5,200})(?<![ \t])(?P=mark)")
# A person's full name: two or three capitalised words ("Ana María Ruiz", "Kwame O. Mensah").
_FULL_NAME = re.compile(r"(?:[^\W\d_][\w'’-]*|[A-Z]\.)(?:[ \t]+(?:[^\W\d_][\w'’-]*|[A-Z]\.)){1,2}")
_LIST_SPLIT = re.compile(r"[ \t]*(?:,|;|[ \t]and[ \t]|&)[ \t]*")


def italic_names_byline(line: str) -> list[str] | None:
    """The people an italic line of names alone names, when it names two or more ("*Ines Garrido and Tomas
    Lindqvist*"); one italic name, or italic words such as "*Postmortem — data platform*", are not a byline."""
    found = _ITALIC_LINE.fullmatch(line.strip()) if len(line) <= 240 else None
    if found is None:
        return None
    names = [name.strip() for name in _LIST_SPLIT.split(found.group("names"))]
    if len(names) < 2 or not all(_FULL_NAME.fullmatch(name) for name in names):
        return None
    words = [word for name in names for word in name.split()]
    if not all(word[0].isupper() for word in words) or names_a_team(" ".join(names)):
        return None
    return names
