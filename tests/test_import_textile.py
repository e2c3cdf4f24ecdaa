"""Post-mortems written in Textile (Redmine's wikis, Basecamp, older Jira), read as the page a reader sees.

The whole layout is ``tests/samples/textile-redmine-wiki.md``; these tests hold its marks one by one, a page
found by its marks in a ``.txt``, and the pages that must not be taken for Textile.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.other_markups import is_textile
from app.formats.markdown_read.textile import from_textile
from app.formats.markdown_syntax import outside_fences
from app.model import Status

PAGE = """h1. Postmortem: search index stale

p. Search showed week-old results on 12 May 2025 (all times UTC).

h2. Timeline

|_. When |_. What happened |
|{background:#ddd}. 09:10 | Indexer stops consuming the change feed |
| 11:45 | Indexer restarted by @kira@, results fresh again |

h2. Action items

|_. Action |_. Owner |_. Due |_. Status |
| Alert on change-feed lag over 10 minutes | Kira Tanaka | 2025-05-30 | Open |
"""


def _converted(text: str) -> list[str]:
    lines = text.splitlines()
    return from_textile(lines, outside_fences(lines))


def test_a_textile_page_in_a_txt_gives_its_title_timeline_and_tasks() -> None:
    document = from_markdown(PAGE)
    assert document.metadata.title == "Postmortem: search index stale"
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 5, 12, 9, 10, tzinfo=UTC), "Indexer stops consuming the change feed"),
        (datetime(2025, 5, 12, 11, 45, tzinfo=UTC), "Indexer restarted by `kira`, results fresh again"),
    ]
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Alert on change-feed lag over 10 minutes", "Kira Tanaka")
    ]
    assert "p. " not in document.introduction


def test_labelled_rows_give_the_page_its_facts() -> None:
    document = from_markdown(
        "h1. Queue stall\n\n|*Status*|Final|\n|*Severity*|SEV1|\n|*Authors*|Noor Haddad|\n\n"
        "p. The queue stalled.\n\nh2. Summary\n\np. Jobs waited an hour.\n"
    )
    assert (document.metadata.status, document.metadata.severity) == (Status.FINAL, "SEV1")
    assert document.metadata.authors == ["Noor Haddad"]


def test_inline_marks_read_as_markdown() -> None:
    lines = _converted(
        'p. See "the graph":https://grafana.example.com/d/42. The *primary* was -restarted- failed over '
        "with @pg_ctl promote@; mail ops@example.org about tracking-api. %{color:red}Late!%"
    )
    assert lines == [
        "See [the graph](https://grafana.example.com/d/42). The **primary** was ~~restarted~~ failed over "
        "with `pg_ctl promote`; mail ops@example.org about tracking-api. Late!"
    ]
    assert _converted("!>graphs/latency.png(p99 latency)!") == ["![p99 latency](graphs/latency.png)"]


def test_blocks_lists_and_macros_read_as_markdown() -> None:
    text = (
        "{{>toc}}\n\nbq. Customers saw errors.\n\n# first\n## first, in detail\n* loose\n** looser\n\n"
        "bc.. SELECT 1;\n\nSELECT 2;\np. After the code.\n\nbc. one line\nsecond line\n\nfn1. A footnote.\n"
    )
    assert _converted(text) == [
        "",
        "",
        "> Customers saw errors.",
        "",
        "1. first",
        "   1. first, in detail",
        "* loose",
        "  * looser",
        "",
        "```",
        "SELECT 1;",
        "",
        "SELECT 2;",
        "```",
        "After the code.",
        "",
        "```",
        "one line",
        "second line",
        "```",
        "",
        "[1] A footnote.",
    ]


def test_code_in_a_bc_block_is_not_read_as_tasks() -> None:
    document = from_markdown(
        "h1. Disk full\n\nh2. Action items\n\n|_. Action |_. Owner |\n| Rotate logs daily | Ines Ruiz |\n\n"
        "bc. logrotate -f /etc/logrotate.conf\n"
    )
    assert [task.text for task in document.measures.tasks] == ["Rotate logs daily"]


def test_what_is_not_textile_is_left_alone() -> None:
    for text in (
        "Postmortem\n\np. 12 of the runbook says to fail over.\nWe did.\n",  # a page reference, once
        "h2. Timeline\n\n||Time||Event||\n|10:02|Alert|\n\np. a Jira page\n",  # Jira's header row
        "h2. Summary\n\n{code}\nbc. x\n{code}\n\np. more\n",  # Jira's code macro
    ):
        lines = text.splitlines()
        assert not is_textile(lines, outside_fences(lines)), text


def test_hostile_textile_lines_are_read_in_one_pass() -> None:
    line = "p. " + "@a *b -c %{x} !d " * 4000 + "\n"
    document = from_markdown("h1. T\n\nh2. Notes\n\n" + line * 20 + '"x":http://e.com/ ' * 3000 + "\n")
    assert document.metadata.title == "T"
    many = "h1. T\n\nh2. Notes\n\n" + "|_. a |{x}. b|\n" * 30_000 + "bc.. x\n" * 30_000
    assert from_markdown(many).metadata.title == "T"


def test_redmine_pre_blocks_and_collapsed_notes_read_as_code_and_a_titled_part() -> None:
    text = '<pre><code class="sql">\nSELECT count(*) FROM logins;\n</code></pre>\n'
    text += "{{collapse(Raw chat)\nwe rolled back\n}}\n"
    assert _converted(text) == ["```", "SELECT count(*) FROM logins;", "```", "**Raw chat**", "we rolled back", ""]
