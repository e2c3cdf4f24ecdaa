"""A "Lessons learned" beside a section named as the closing words ("Closing notes", "Notas finales").

Alone, a report's lessons are its closing notes (the editor has no other field for them). A report
that also ends with a section named for its closing words says where those are: a careful reader takes
that section as the closing notes and keeps the lessons as written, under their own heading, rather
than taking the first of the two and leaving "Closing notes" aside.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import LESSON_PARTS, LESSON_WHEN_BESIDE_PARTS, plain_name
from app.formats.markdown_read.names_other_languages import fold
from app.formats.markdown_read.policy_lessons import LESSONS_NAMES

Assigned = dict[int, str | None]

# The lessons in the languages the section names are read in (folded: no accents, lower case).
_LESSONS = frozenset(
    fold(name)
    for name in (
        *LESSONS_NAMES,
        *("what we learned", "what we learnt", "key learnings"),
        *("gelernte lektionen", "was wir gelernt haben", "erkenntnisse", "lessons learned"),
        *("leçons apprises", "leçons tirées", "enseignements", "ce que nous avons appris"),
        *("lecciones aprendidas", "lo que aprendimos", "lezioni apprese", "cosa abbiamo imparato"),
        *("lições aprendidas", "o que aprendemos", "geleerde lessen", "wat we geleerd hebben"),
        *("lekcje", "lekcje na przyszłość", "czego się nauczyliśmy", "lärdomar", "vad vi lärde oss"),
    )
)

# What went well or badly: parts of the lessons, not closing words of another name.
_PARTS = frozenset(
    fold(name)
    for name in (
        *LESSON_PARTS,
        *LESSON_WHEN_BESIDE_PARTS,
        *("was lief gut", "was lief schlecht", "co poszło dobrze", "co poszło źle", "co poszło nie tak"),
        *("vad gick bra", "vad gick dåligt", "vad gick mindre bra"),
    )
)


def lessons_beside_closing_words(sections: list[Section], assigned: Assigned) -> None:
    """With a closing-notes section of another name, the lessons' section stays as written."""
    closing = [section for section in sections if assigned.get(id(section)) == "closing_notes"]
    if len(closing) < 2:
        return
    names = {id(section): fold(plain_name(section.heading)) for section in closing}
    lessons = [section for section in closing if names[id(section)] in _LESSONS]
    if not lessons or not any(names[id(section)] not in _LESSONS | _PARTS for section in closing):
        return
    for section in lessons:
        assigned[id(section)] = None
