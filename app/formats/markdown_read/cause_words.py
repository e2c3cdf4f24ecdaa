"""The words that say a sentence names an incident's cause ("was caused by", "the root cause"), a cause ruled out
("the network was not the cause"), or a slip told as the cause ("was entered incorrectly")."""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.cause_other_languages import names_cause_elsewhere

# What a hedged cause is said of ("it", "the outage") and how it is tied to what caused it ("relates to").
_HEDGED_SUBJECT = r"(?:it|this|the[ \t]+(?:issue|problem|outage|incident|failure|error|crash|breakage))"
_HEDGED_LINK = (
    r"(?:(?:is|was)[ \t]+)?(?:relates?|related|comes?|came|stems?|stemmed|(?:is|was)[ \t]+due)[ \t]+(?:to|from)\b"
)
# ("The page was due to be updated at 3 PM" says when, not why: "due to be" names no cause.)
CAUSE_SENTENCE = re.compile(
    # ("… the bug was discovered to be caused by a misspelt column", "has been caused by": the same, told later.)
    r"\broot[- ]cause\b|\b(?:was|were|is|are|be|been) (?:caused|triggered) by\b|\bthe cause\b|\bdue to\b(?![ \t]+be\b)"
    # "The issue stemmed from an orphaned certificate", "The problem is suspected to have risen from missing
    # modules": the incident and where it came from.
    # ("The vulnerability originated with a DNS change": a security report's incident, and where it began.)
    r"|\b(?:(?:issue|problem|outage|incident|failure|error|downtime|disruption|breach|exposure)s?"
    r"|vulnerabilit(?:y|ies))[ \t]+"
    r"(?:(?:is|was|are|were)[ \t]+(?:suspected|believed|thought|likely|found)[ \t]+to[ \t]+(?:have[ \t]+)?)?"
    r"(?:(?:stemmed|stems?|arose|arisen|arises?|risen|originated|originates?|come|came|comes)[ \t]+from"
    r"|originated[ \t]+with|originates?[ \t]+with)\b"
    # "An expired certificate for the webhook caused every instance to go down": what caused it, as the subject
    # (not the incident itself: "The outage caused …" tells its effects).
    r"|^[ \t]*(?:an?|the)[ \t]+(?!(?:outage|incident|issue|problem|disruption|downtime|impact|result|effect)\b)"
    # (A capital "This"/"It" on the way starts a sentence the writer ran on without its stop: "The server returns
    # a 500 error This caused outage": the effect told again, not what caused it.)
    r"(?:(?!(?-i:This|It|That)\b)[\w.'/-]+[ \t]+){0,12}?(?:caused|triggered)[ \t]+(?!by\b)\w"
    # "… was affected by an outage caused by a Denial-of-Service attack": the incident, then what caused it.
    r"|\b(?:outage|incident|failure|downtime|disruption|interruption|degradation|crash|error)s?[ \t]+"
    r"(?:was[ \t]+|were[ \t]+)?(?:caused|triggered)[ \t]+by\b"
    # "The actual cause of the breakdown is …", "the main cause was …".
    r"|\bthe (?:actual|real|main|underlying|primary|direct|immediate|true|probable|likely) cause\b"
    # Spanish and Portuguese: "La causa raíz fue …", "A causa foi …", "causado por", "debido a", "devido a"
    r"|\bcausa ra[ií]z\b|\b(?:la|a) causa (?:fue|foi|era|principal)\b|\bcausad[oa]s? por\b|\b(?:debido|devido) a\b"
    # Japanese and Chinese: "原因は、…の管理ミスでした", "根本原因是…", "…が原因でした".
    r"|原因は|が原因|根本原因|原因是|原因在于|导致了"
    # A cause told with a hedge: "I'm very confident it relates to the cluster's old k8s", "We suspect the issue
    # stems from the proxy": the writer's best account of the cause, still the cause a summary gives.
    r"|\b(?:I'?m|I[ \t]+am|we'?re|we[ \t]+are)[ \t]+(?:(?:very|fairly|quite|pretty|reasonably)[ \t]+)?"
    r"(?:confident|sure|certain)[ \t]+(?:that[ \t]+)?"
    + _HEDGED_SUBJECT
    + r"[ \t]+"
    + _HEDGED_LINK
    + r"|\b(?:I|we)[ \t]+(?:strongly[ \t]+)?(?:suspect|believe|assume)[ \t]+(?:that[ \t]+)?"
    + _HEDGED_SUBJECT
    + r"[ \t]+"
    + _HEDGED_LINK,
    re.IGNORECASE,
)
# "By then it was clear that the network was not the cause", "It was not caused by the deploy": a cause ruled out.
_RULED_OUT = re.compile(
    r"\b(?:not|n't|never|no[ \t]+longer|ruled[ \t]+out)[ \t]+(?:\w+[ \t]+){0,2}?(?:the[ \t]+)?(?:root[- ])?"
    r"(?:cause|caused|triggered|due)\b",
    re.IGNORECASE,
)


# A step that went wrong by mistake: what a narrative report names as the cause without saying "cause".
A_SLIP = re.compile(
    r"\b(?:was|were|had[ \t]+been)[ \t]+(?:\w+[ \t]+){0,2}?(?:entered|typed|set|configured|applied|run|deployed|"
    r"pushed|deleted|removed|changed)[ \t]+(?:incorrectly|wrongly|by[ \t]+mistake|mistakenly|by[ \t]+accident)\b"
    r"|\b(?:mistakenly|accidentally|inadvertently|erroneously)[ \t]+\w+",
    re.IGNORECASE,
)


# "One node had run out of memory, which broke the proxy", "a script deleted the index, taking search down": the
# sentence tells what set the failure off and what it did, so its first half is the cause a summary gives. ("This
# caused the app to be down" opens with the effect: its cause is the sentence before, and it tells the impact.
# "the pains that caused, not being able to …" names no effect after its verb: it tells a hardship, no chain.)
A_CHAIN = re.compile(
    # ("resolve the issues that caused this maintenance to snowball": a cause referred to, not named.)
    r"(?<!issues[ \t])(?<!problems[ \t])(?<!events[ \t])(?<!things[ \t])(?<!factors[ \t])"
    r"(?<=[\w,)][ \t])(?:which|that)[ \t]+(?:then[ \t]+|in[ \t]+turn[ \t]+)?"
    r"(?:broke|took[ \t]+down|brought[ \t]+down|knocked[ \t]+out|crashed|caused|triggered|led[ \t]+to)\b(?!,)"
    r"|,[ \t]+(?:which[ \t]+)?(?:causing|breaking|taking[ \t]+down|bringing[ \t]+down|knocking[ \t]+out|crashing)\b",
    re.IGNORECASE,
)


def names_a_cause(sentence: str) -> bool:
    """Whether ``sentence`` says what caused the incident (not that something did not)."""
    text = sentence[:2000]
    if names_cause_elsewhere(text) is not None:
        return True  # "Przyczyną awarii był brak zasilania": the same words in Polish, Dutch or German
    return bool(CAUSE_SENTENCE.search(text)) and not _RULED_OUT.search(text)


# "The signing certificates expired. This caused failed sign-ins": a sentence pointing back at the one before.
_POINTS_BACK = re.compile(
    r"[ \t]*(?:this|that|which|it|these)[ \t]+(?:\w+[ \t]+){0,2}?(?:caused|led[ \t]+to|resulted[ \t]+in|triggered)\b",
    re.IGNORECASE,
)


def cause_pointed_back_at(sentences: list[str]) -> str | None:
    """The sentence a "This caused …" right after it names as the cause, else ``None``."""
    for before, sentence in itertools.pairwise(sentences):
        if _POINTS_BACK.match(sentence[:200]) and not _RULED_OUT.search(before[:2000]):
            return before
    return None
