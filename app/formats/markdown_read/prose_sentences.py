"""Which sentences of prose tell what: the impact, a cause's label, where the story turns to the fix or the plans.

An Issue Summary written as one paragraph ("From 08:00 to 08:45 GMT, checkout returned errors for 45% of
users. The root cause was an expired certificate."), a "Root Cause and Resolution" or a "Remediation and
prevention" written as prose are read sentence by sentence; these say where the sentences end, what each
one tells, and where the text is cut (cut, never rewritten).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.cause_words import CAUSE_SENTENCE

# A sentence that starts telling what will be done: "We will…", "Going forward, …", "To prevent…".
_PLANNED_START = re.compile(
    r"(?:(?:We|The team|Our team|Engineering|[A-Z][a-z]+ team)(?: will| are going to| plan to| intend to| are also)\b"
    r"|Going forward\b|Moving forward\b|In the future\b|To prevent\b|Next,? we will\b)"
)


def planned_from_the_start(text: str) -> bool:
    """Whether ``text`` opens telling what will be done ("We will …", "To prevent this, …", "Going forward …")."""
    return _PLANNED_START.match(text) is not None


def opens_telling_the_fix(text: str) -> bool:
    """Whether ``text`` opens telling the fix ("We updated …", "The fix was …", "To resolve this, …")."""
    return _RESOLUTION_START.match(text) is not None


def split_done_and_planned(text: str) -> tuple[str, list[str]]:
    """A resolution told as prose, cut where it starts telling what will be done next.

    The sentences from there on are the improvements, one each, their wrapped
    lines joined; the text before them stays the resolution, cut not rewritten.
    Prose that opens with plans, or a list, is left whole.
    """
    if text.lstrip().startswith(("-", "*", "+")):
        return text, []
    for start in _SENTENCE_STARTS.finditer(text[:LONGEST_SUMMARY]):
        position = start.end()
        if position > 0 and _PLANNED_START.match(text, position):
            done = text[:position].rstrip()
            plans = [" ".join(sentence.split()) for sentence in SENTENCE_END.split(text[position:])]
            plans = [plan for plan in plans if not COURTESY.match(plan)]
            return (done, [plan for plan in plans if plan]) if done else (text, [])
    return text, []


# A sentence that starts telling the fix: "The fix was…", "We rolled back…", "The issue was resolved by…".
_RESOLUTION_START = re.compile(
    r"(?:(?:The|Our|A) (?:fix|resolution|solution|remedy|workaround|patch)\b"
    r"|To (?:fix|resolve|solve|mitigate|remedy|restore|address)\b"
    r"|(?:We|The team|Engineers?|The on-?call(?: engineer)?|I|They) (?:then |finally |quickly )?"
    r"(?:fixed|resolved|restored|rolled|reverted|mitigated|corrected|patched|replaced|renewed|restarted|redeployed"
    r"|applied|removed|disabled|re-?enabled|increased|updated|fixed"
    # Deeds that only a fix does: "We re-created the index", "We rebuilt the cache and re-ran the job".
    r"|re-?created|rebuilt|re-?indexed|re-?added|re-?issued|re-?installed|reinstated|re-?ran|reconfigured"
    r"|deleted|purged|cleared|rotated|redesigned|rewrote|raised|lowered|scaled)\b"
    # "Adding the index back fixed it.", "A size limit and a restart cleared it.": the sentence says it ended it.
    r"|(?=[^.!?\n]{0,100}\b(?:fixed|resolved|solved|cleared|ended) (?:it|this|them|the (?:issue|problem|outage|"
    r"incident|errors?|timeouts?|backlog))\b)"
    r"|(?:It|This|The (?:issue|problem|outage|incident|error|bug)) was (?:fixed|resolved|mitigated|corrected|solved)\b"
    # "By correcting the typo and enabling logging, the site was resurrected": the deed that brought it back.
    r"|By [a-z]{2,20}ing\b(?=[^.!?\n]{0,200}\b(?:restored|resurrected|revived|recovered|back|fixed|resolved"
    r"|online|working)\b)"
    r"|(?:Fixed|Resolved|Resolution|Mitigation)\b"
    # Spanish and Portuguese: "La solución fue…", "Resolvemos trocando…", "Para corregirlo…".
    r"|(?:La|Nuestra|A|Nossa) (?:soluci[oó]n|soluç[aã]o|correcci[oó]n|correç[aã]o)\b"
    r"|(?:Resolvimos|Resolvemos|Solucionamos|Corregimos|Corrigimos|Arreglamos|Consertamos)\b"
    r"|(?:Lo|O) (?:resolvimos|resolvemos|solucionamos|corregimos|corrigimos|arreglamos|consertamos)\b"
    r"|Para (?:corregir|corrigir|resolver|solucionar|arreglar|consertar)\w*\b"
    r"|(?:Se|Foi) (?:resolvi[oó]|solucion[oó]|corrigi[oó]|resolvido|corrigido|solucionado)\b)",
)
LIST_MARKER = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]+")
# After a sentence's end, or at a paragraph's start (a wrapped line's start is mid-sentence).
_SENTENCE_STARTS = re.compile(r"(?:^|(?<=[.!?])[ \t\n]+|(?<=\n\n))(?=\S)")


def split_cause_and_resolution(text: str) -> tuple[str, str | None]:
    """A "Root Cause and Resolution" written as prose, cut where it starts telling the fix.

    The cut is at the start of the first sentence, after the first, that opens
    like "The fix was", "We rolled back" or "The issue was resolved by"; the
    text is cut, not rewritten, so both parts keep their words and line breaks.
    """
    for start in _SENTENCE_STARTS.finditer(text[:LONGEST_SUMMARY]):
        position = start.end()
        line_start = text.rfind("\n", 0, position) + 1
        if LIST_MARKER.fullmatch(text, line_start, position):
            continue  # "7. I fixed the typo": a step of a numbered list, not where the story turns to the fix
        # "-The issue was resolved by …": a dash typed as a bullet with no space after it.
        unspaced = text.startswith("-", position) and text[position + 1 : position + 2].isupper()
        told = _RESOLUTION_START.match(text, position + unspaced) or _a_deed_on_its_line(text, line_start, position)
        if position > 0 and told:
            cause, resolution = text[:position].rstrip(), text[position + unspaced :].strip()
            if cause and resolution:
                return cause, resolution
    return text, None


# "The config file was quickly deleted.", "The server was restarted.": a remedy done, told in the passive.
_PASSIVE_DEED = re.compile(
    r"(?:The|This|That|Our|Its|All|Each|Every|Both)\b[^.!?\n]{0,80}?\b(?:was|were|is|are|got)[ \t]+"
    r"(?:(?:then|quickly|immediately|finally|manually|promptly|also)[ \t]+)?"
    r"(?:deleted|removed|restarted|rebooted|replaced|re-?created|relinked|reverted|rolled[ \t]+back|corrected"
    r"|patched|restored|reconfigured|redeployed|reinstalled|renamed|cleared|flushed|re-?enabled)\b"
)
# What makes such a sentence the cause's: "was deleted by a cron job", "was restarted because …".
_TOLD_AS_CAUSE = re.compile(r"\b(?:by|because|due[ \t]+to|caus\w*|accidentally|mistakenly)\b", re.IGNORECASE)


def _a_deed_on_its_line(text: str, line_start: int, position: int) -> bool:
    """Whether a sentence written on a line of its own (the cause's lines above it) tells a remedy done, in the
    passive, with no agent or reason that would make it part of the cause."""
    if position != line_start or (found := _PASSIVE_DEED.match(text, position)) is None:
        return False
    end = text.find("\n", position)
    return not _TOLD_AS_CAUSE.search(text, found.start(), end if end >= 0 else len(text))


# The Issue Summary written as one paragraph ("From 08:00 to 08:45 GMT, checkout returned errors
# for 45% of users. The root cause was an expired certificate."): which sentence says what.
# After ".", "!" or "?" and before a capital, but not after a title or an initial ("Dr. Smith", "J. Okonjo").
SENTENCE_END = re.compile(
    r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bMrs\.)(?<!\bProf\.)"
    r"(?<!\b[A-Z]\.)(?<=[.!?])"
    r"(?!(?<=[ap]\.m\.)[ \t\n]+(?:Eastern|Central|Mountain|Pacific|Atlantic|UTC|GMT|[ECMPA][SD]T)\b)"
    r"[ \t\n]+(?=[\"“«(\[]?[A-Z0-9А-ЯЁ])"
)  # (nor after "3 a.m." before its zone: "3 a.m. Eastern we began …"; Russian capitals open a sentence too)

# Where a Japanese or Chinese sentence ends: its full stop, written with no space after it ("…発生しました。原因は…").
CJK_SENTENCE_END = re.compile(r"(?<=[。！？])[ \t\n]*")


def sentences_of(text: str) -> list[str]:
    """The sentences of ``text``, in any of the languages read: after ". " and the like, and after "。"."""
    return [part.strip() for sentence in SENTENCE_END.split(text) for part in CJK_SENTENCE_END.split(sentence)]


IMPACT_SENTENCE = re.compile(
    r"\b(?:users?|customers?|clients?|visitors?|impact\w*|affected|affecting|damage[ds]?|unavailable|unreachable"
    r"|down|outage|errors?|slow\w*|latenc\w*|failed|failing|could not|couldn't|unable|not able to|delay(?:s|ed)?"
    r"|degraded|disrupt\w*|time[ds]? ?out|timeouts|inaccessible|unresponsive|backed up|backlog|lost|dropped"
    r"|not delivered|undelivered|cut off|doubled|tripled|abandoned|(?:arrived|came|ran|were|was)[ \t]+late)\b"
    # "pods were OOM-killed", "the worker crashed": what the service went through.
    r"|\b(?:OOM|crash(?:ed|es|ing)?|killed)\b"
    # "got a 404 response", "served HTTP 503 errors": what a visitor saw.
    r"|\b[45]\d\d[ \t]+(?:responses?|pages?|status(?:es)?|codes?)\b"
    # "Attackers ran malicious executables on the host": a breach's impact is what the intruder could do.
    r"|\b(?:attackers?|intruders?|malicious|compromised|breach(?:ed)?|unauthori[sz]ed)\b"
    r"|\d[ \t]?%"
    # "About 41,000 calls were cut off", "reviewed 1,400 transactions": a count of what the incident touched.
    r"|\b\d[\d,]{0,12}[ \t]+(?:[a-z]+[ \t]+)?(?:calls|orders|requests|messages|e-?mails|transactions|payments|files"
    r"|jobs|flights|tickets|accounts|invoices|posts|notifications|queries|deliveries|webhooks|sessions"
    # "1,240 employees would have been paid late", "9,000 searches returned nothing", "1,530 parcels".
    r"|employees|people|students|patients|riders|passengers|fans|shoppers|parcels|shipments|labels|carts"
    r"|searches|downloads|installs|builds|deploys|devices|records|uploads|logins|sign-?ins|bookings"
    # "readings from about 410,000 smart meters", "2,300 sensors": what a fleet of devices sends.
    r"|meters|readings|sensors|vehicles|terminals|stores|sites|branches|members|subscribers)\b"
    # Russian: "Это привело к невозможности обработки платежей", "полная недоступность", "жалобы пользователей".
    r"|\b(?:привел[оаи]?[ \t]+к|недоступн\w*|невозможн\w*|пользовател\w*|клиент\w*|сбо[йяюе]\w*|ошибк\w*)"
    # "The result of this was some applications not being able to return data": what the incident did.
    # Japanese and Chinese, written without spaces (no word's edge to look for): "お客様", "請求金額が約3万円に",
    # "利用できなくなりました", "影響", "用户无法登录".
    r"|影響|被害|損害|請求|停止|遅延|お客様|ユーザー|利用でき|エラー|影响|用户|客户|无法|故障|延迟|宕机"
    r"|^[ \t]*The[ \t]+(?:result|consequence|effect)[ \t]+of[ \t]+(?:this|that|which)[ \t]+(?:was|is|meant)\b",
    re.IGNORECASE,
)
# "We apologise to the customers who were affected", "The team thanks everyone": said to people, not
# a measure of the impact nor a plan. Only a sentence that opens so ("…, we are sorry to say, checkout
# was down" tells the impact).
COURTESY = re.compile(
    # "Finally, we want to apologize …", "Once again, thank you …": after a word that only orders the sentences.
    r"(?:(?:Finally|Lastly|Again|Once again|Once more|Above all|Most importantly|In closing),[ \t]+)?"
    r"(?:We|I|The team|Our team)?[ \t]*(?:(?:would like to |want to |are |am )?(?:sincerely |deeply )?"
    r"(?:apologi[sz]e|thanks?|sorry)|(?:Our |Many )?(?:apolog(?:y|ies)|thanks)\b|Thank you)"
    # "We'd like to give you some additional information about the service disruption": the report's own
    # opening words, about the impact but not telling it.
    r"|(?:We|I)(?:'d| would)[ \t]+like[ \t]+to[ \t]+(?:give|share|provide|offer)[ \t]+(?:you[ \t]+)?(?:with[ \t]+)?"
    r"(?:some[ \t]+)?(?:more|additional|further|an?)?[ \t]*(?:information|details|update|explanation|account)\b",
    re.IGNORECASE,
)
# "We have modified this tool to remove capacity more slowly", "We are making several changes": a change made
# or planned after the incident, which a reader takes for a measure however its words speak of the service.
CHANGE_MADE = re.compile(
    r"(?:We|The team|Our team)[ \t]+(?:have|has|will|are|'ve|are going to|plan to)[ \t]+(?:also[ \t]+)?"
    r"(?:modified|changed|updated|added|introduced|implemented|built|improved|making|adding|changing|modify|add|build"
    r"|introduce|implement|improve|change|update)\b",
    re.IGNORECASE,
)
LONGEST_SUMMARY = 20_000
"""Characters of a summary paragraph searched for sentences (a summary is a paragraph or two)."""


def impact_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that tell the impact (not its cause, nor an apology)."""
    sentences = [sentence.strip() for sentence in SENTENCE_END.split(text[:LONGEST_SUMMARY]) if sentence.strip()]
    return [
        sentence
        for sentence in sentences
        if not COURTESY.match(sentence)
        and not CHANGE_MADE.match(sentence)
        and IMPACT_SENTENCE.search(sentence)
        and not CAUSE_SENTENCE.search(sentence)
    ]


# "Root cause: the pool was exhausted.": the field names what the label said.
_SENTENCE_LABEL = re.compile(r"(?:the[ \t]+)?(?:root[ \t]+cause|cause|impact)[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)


def without_label(sentence: str) -> str:
    label = _SENTENCE_LABEL.match(sentence)
    if label is None:
        return sentence
    rest = sentence[label.end() :]
    return rest[0].upper() + rest[1:]


def is_a_table(text: str) -> bool:
    """Whether ``text`` is one pipe table and nothing else (its rows looked at, up to 200)."""
    rows = [line.strip() for line in text.strip().split("\n", 200)[:200]]
    return len(rows) >= 2 and all(row.startswith("|") and row.endswith("|") for row in rows)
