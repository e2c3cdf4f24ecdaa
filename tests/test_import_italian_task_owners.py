"""A task line closing with its owner in italics and an Italian due date ("— *Marta Ferri*, entro il 12/03/2026")
gives the task that owner and that date, its text without them.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown


def test_an_italic_owner_and_an_entro_il_date_close_the_task() -> None:
    text = (
        "# Coda fatture bloccata\n\n## Azioni correttive\n\n"
        "- [ ] Allarme sulla coda delle fatture — *Marta Ferri*, entro il 12/03/2026\n"
        "- [ ] Riavvio automatico del worker — **Paolo Serra**, entro 20/03/2026\n"
    )

    tasks = from_markdown(text).measures.tasks

    assert [(task.text, task.owner, task.due) for task in tasks] == [
        ("Allarme sulla coda delle fatture", "Marta Ferri", date(2026, 3, 12)),
        ("Riavvio automatico del worker", "Paolo Serra", date(2026, 3, 20)),
    ]
