"""A generated library of post-mortems of realistic size, half JSON and half Markdown, for ``bench_library``.

Deterministic (seeded), so two runs measure the same files. A real
post-mortem runs to a few pages: a title and metadata, an introduction, a
summary, 15-40 timeline lines, cause and resolution, 2-8 action items,
closing notes and sometimes a small flowchart and an extra section.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

SERVICES = [
    "search",
    "checkout",
    "auth",
    "payments",
    "edge",
    "storage",
    "ci",
    "mail",
    "billing",
    "api",
    "mobile",
    "analytics",
    "dns",
    "queue",
    "cache",
    "notifications",
    "recommendations",
    "inventory",
]
OWNERS = [
    "Ada Lovelace",
    "Grace Hopper",
    "Linus",
    "Margaret Hamilton",
    "Ken",
    "Barbara Liskov",
    "Dana Ito",
    "Sam Okoro",
    "Priya Natarajan",
    "Mira",
    "Oskar",
    "Tien",
]


def _words(text: str) -> list[str]:
    return text.split()


COMMON = _words(
    "the a an of to and in on for with was were is are it this that we our at by from as not no after before "
    "then when while all some more than into out up down again which who had has have been be did could would"
)
TECHNICAL = _words(
    "replica primary failover latency timeout certificate expired deploy rollback config flag cache stampede "
    "disk full quota throttle retry storm connection pool exhausted memory leak kernel upgrade dns resolver zone "
    "record load balancer health check alert pager escalation customer impact region database index migration "
    "lock contention queue backlog consumer lag partition leader election network packet loss firewall rule "
    "rate limit token bucket cron job batch window schema deadlock thread starvation garbage collection pause "
    "heap budget capacity planning runbook on-call"
)
_SYLLABLES = _words("ka lo mi ne ru sa ti vo ze bar cor den fil gat hum jor kel mur nor pex qua rin sol tor vex wal")


def _tail_words(count: int = 4000) -> list[str]:
    """A long tail of rarer words (names of hosts, tools, error codes): most appear in few post-mortems."""
    rng = random.Random(0)
    words: set[str] = set()
    while len(words) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.add(word if rng.random() < 0.8 else f"{word}-{rng.randint(1, 99)}")
    return sorted(words)


TAIL = _tail_words()


def _zipf(words: list[str]) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(len(words))]


_POOLS = [(COMMON, _zipf(COMMON), 0.45), (TECHNICAL, _zipf(TECHNICAL), 0.35), (TAIL, _zipf(TAIL), 0.20)]


def _word(rng: random.Random) -> str:
    pick = rng.random()
    for words, weights, share in _POOLS:
        if pick < share:
            return rng.choices(words, weights)[0]
        pick -= share
    return rng.choice(TAIL)


def _sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = [_word(rng) for _ in range(rng.randint(low, high))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _paragraph(rng: random.Random, sentences: tuple[int, int] = (2, 5)) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(*sentences)))


def document(number: int):
    from app.model import (
        EventKind,
        ExtraSection,
        Flowchart,
        FlowEdge,
        FlowNode,
        HumorElement,
        IssueSummary,
        Measures,
        Metadata,
        PostMortem,
        RootCauseAndResolution,
        Severity,
        Status,
        Task,
        TaskStatus,
        TimelineEvent,
    )

    rng = random.Random(number)
    start = datetime(2021, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60))
    service = rng.choice(SERVICES)
    detect = timedelta(minutes=rng.randint(1, 90))
    resolve = detect + timedelta(minutes=rng.randint(5, 600))
    timeline = [TimelineEvent(kind=EventKind.DETECTION, time=start + detect, text=_sentence(rng))]
    for step in range(rng.randint(15, 40)):
        moment = start + detect + (resolve - detect) * (step + 1) / 42
        kind = rng.choice(
            [EventKind.ACTION, EventKind.ACTION, EventKind.NOTE, EventKind.MISLEADING, EventKind.ESCALATION]
        )
        timeline.append(TimelineEvent(kind=kind, time=moment, text=_sentence(rng, 6, 30)))
    timeline.append(TimelineEvent(kind=EventKind.RESOLUTION, time=start + resolve, text=_sentence(rng)))
    tasks = [
        Task(
            text=_sentence(rng, 5, 12),
            owner=rng.choice(OWNERS),
            due=(start + timedelta(days=rng.randint(7, 120))).date() if rng.random() < 0.85 else None,
            status=rng.choice([TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.DONE]),
            link=f"https://tracker.example.com/OPS-{number * 10 + index}" if rng.random() < 0.7 else "",
        )
        for index in range(rng.randint(2, 8))
    ]
    humor = HumorElement()
    if rng.random() < 0.3:
        humor = HumorElement(
            caption=_sentence(rng),
            flowchart=Flowchart(
                nodes=[FlowNode(id=f"n{i}", label=_sentence(rng, 2, 5)) for i in range(1, 6)],
                edges=[FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(1, 5)],
            ),
            closing=_sentence(rng),
        )
    return PostMortem(
        metadata=Metadata(
            title=f"{service.capitalize()} {rng.choice(['outage', 'degradation', 'incident', 'data loss'])} "
            f"#{number}: {_sentence(rng, 3, 6).rstrip('.')}",
            status=rng.choice(list(Status)),
            severity=rng.choice([*Severity, None]),
            authors=rng.sample(OWNERS, rng.randint(1, 3)),
            service=service,
        ),
        introduction=_paragraph(rng),
        summary=IssueSummary(
            start=start,
            end=start + resolve + timedelta(minutes=rng.randint(0, 60)),
            impact=_paragraph(rng),
            root_cause=_sentence(rng),
        ),
        timeline=timeline,
        root_cause=RootCauseAndResolution(cause=_paragraph(rng, (3, 6)), resolution=_paragraph(rng)),
        measures=Measures(improvements=[_sentence(rng) for _ in range(rng.randint(1, 4))], tasks=tasks),
        closing_notes=_paragraph(rng, (1, 3)),
        humor=humor,
        extra_sections=[ExtraSection(heading="Lessons Learned", body=_paragraph(rng))] if rng.random() < 0.4 else [],
    )


def generate(folder: Path, count: int) -> list[Path]:
    """Write ``count`` post-mortems under ``folder`` (by year subfolder), every other one in Markdown."""
    from app.atomic import write_bytes_atomic
    from app.formats import files

    written = []
    for number in range(count):
        model = document(number)
        year = model.summary.start.year if model.summary.start else "undated"
        suffix = ".md" if number % 2 else ".json"
        path = Path(folder) / str(year) / f"incident-{number:05d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Only the page: a chart picture beside it would need Graphviz and is not read by the library.
        write_bytes_atomic(path, files.render(model, path))
        written.append(path)
    return written


def today_for_corpus() -> date:
    return date(2026, 1, 1)
