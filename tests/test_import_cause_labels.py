"""A root cause told under a label that names what broke ("**Cause of the outage:**")."""

from app.formats.markdown_import import from_markdown

_REPORT = """# Queue stall

## What happened next

**Root cause and resolution:**

- **Cause of the outage:** A worker upgrade doubled each job's memory use.
- **Resolution:** The upgrade was rolled back on every worker.
"""


def test_a_cause_of_the_outage_label_gives_the_root_cause() -> None:
    cause = from_markdown(_REPORT).root_cause
    assert cause.cause == "A worker upgrade doubled each job's memory use."
    assert cause.resolution == "The upgrade was rolled back on every worker."
