"""Whether a task's owner read from a name alone is a person: the document must name them elsewhere too.

"(Apache Kafka)", "(Redis Cluster)", "… cluster — Postgres" name what a task is about more often than who
does it; the task's line then stands as written.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft, TaskDraft
from app.formats.markdown_read.task_due import due_run_in
from app.formats.markdown_read.task_leads import name_before_a_dash, owner_leading


def _before_a_date(task: TaskDraft) -> bool:
    """Whether ``task``'s line closes with its owner and due date in brackets ("… alias (Lena, 2026-02-27)")."""
    written, owner = (task.written or "").rstrip(" ."), task.owner or ""
    return task.due is not None and written.endswith(")") and f"({owner}, " in written[-(len(owner) + 40) :]


def _after_a_dash(task: TaskDraft) -> bool:
    """Whether ``task``'s line writes its owner between dashes ("… zone — Adaeze — by 14 June"); a name alone
    after the last dash ("… cluster — Postgres") may be a product's, and must be written elsewhere."""
    written, owner = task.written or "", task.owner or ""
    return any(f"{dash}{owner}{dash}" in written for dash in (" — ", " – ", " - "))


def owners_named_elsewhere(draft: Draft, lines: list[str]) -> None:
    """A task's owner read from a name alone in brackets, or from a first name alone, stays its owner only when
    ``lines`` (the document) write that name elsewhere too, as its author, facilitator or assignee; otherwise
    the brackets named a product ("Move the queue (Apache Kafka)", "(Redis Cluster)", "(Grafana, 2025-04-01)")
    and the task's line stands as written."""

    counted: dict[str, bool] = {}
    whole: str | None = None

    def named_elsewhere(task: TaskDraft) -> bool:
        # Each name looked for once, in the whole text, up to its second mention: looked for in every line
        # for every task, 28,000 tasks took 75 s.
        nonlocal whole
        owner = task.owner or ""
        if owner not in counted:
            whole = "\n".join(lines) if whole is None else whole
            first = whole.find(owner)
            counted[owner] = first >= 0 and whole.find(owner, first + max(1, len(owner))) >= 0
        return counted[owner]

    # "- Sam: ask the vendor …, by 14 June" beside "- Priya: add … to the sheet, by 21/06/2024" (or "- Sam Lee — ask
    # the vendor …"): when one name leading a task is a person the document names elsewhere, the list is written
    # as minutes write who does what, and the other names leading its tasks the same way are people too.
    led = {
        id(task): task
        for task in draft.measures.tasks
        if task.written and (owner_leading(task.written, draft.day) or name_before_a_dash(task.written))
    }
    minutes = any(task.owner and named_elsewhere(task) for task in led.values())
    # "— Kwabena — by 21 June" beside "— Adaeze — by 14 June": the same goes for names after a dash, when one of
    # them is a person the document names elsewhere.
    dashed = {id(task): task for task in draft.measures.tasks if task.written and task.owner and _after_a_dash(task)}
    if any(named_elsewhere(task) for task in dashed.values()):
        led.update(dashed)
        minutes = True
    # "(Oscar, 2026-03-06)" beside "(Priscilla, 2026-03-02)": a list that writes each owner in brackets before the
    # date, one of them a person the document names elsewhere, writes people there in the others too.
    bracketed = {
        id(task): task for task in draft.measures.tasks if task.written and task.owner and _before_a_date(task)
    }
    if len(bracketed) >= 2 and any(named_elsewhere(task) for task in bracketed.values()):
        led.update(bracketed)
        minutes = True
    # "(Oskar)", a first name alone in brackets, is a person's only beside other tasks written with their owners
    # ("— Oskar, due 14 Feb"): alone, "(Postgres)" or "(Kafka)" more likely names what the task is about.
    owners_written = any(task.owner and not task.owner_alone for task in draft.measures.tasks)
    # "(Santiago)" when the report's author is Santiago Restrepo: the author's own first name is a person's, and
    # a list that writes it so writes the others' names the same way ("(Valentina)", named in the timeline).
    authors_first = {name.split()[0] for name in draft.metadata.authors or () if name.split()}
    owners_written = owners_written or any(
        task.owner_alone and task.owner in authors_first for task in draft.measures.tasks
    )
    # "(Rui Matos)" beside "(Tiago Fonseca)" and "(Inês Carvalho)", the authors: a list whose full names alone in
    # brackets are people the document names, at least two and half of them, writes its other people so too.
    # ("(Amazon Kinesis)" and "(Redis Cluster)" beside one author's name are what those tasks are about.)
    full_names = [task for task in draft.measures.tasks if task.owner_alone and " " in (task.owner or "")]
    named = sum(1 for task in full_names if named_elsewhere(task))
    people_in_brackets = named >= 2 and 2 * named >= len(full_names)
    for task in draft.measures.tasks:
        lone_first = task.owner_alone and " " not in (task.owner or "")
        unnamed = not named_elsewhere(task) and not (people_in_brackets and not lone_first)
        if task.owner_alone and task.owner and (unnamed or (lone_first and not owners_written)):
            kept = task.written if task.written is not None else f"{task.text} ({task.owner})"
            task.text, task.owner = kept, None
        elif (
            task.written is not None and task.owner and not named_elsewhere(task) and not (minutes and id(task) in led)
        ):
            # "(Grafana, 2025-04-01)", "Postgres: upgrade, by June 1": a first name the document writes nowhere
            # else is likelier a product's or a component's; the line stands as written, but for a due date
            # labelled at its end ("…, by June 1"), which is the task's whoever the name is.
            task.text, task.owner, task.due = task.written, None, None
            if (run_in := due_run_in(task.written, draft.day)) is not None:
                task.text, task.due = run_in
