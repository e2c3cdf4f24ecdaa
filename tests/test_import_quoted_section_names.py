"""Section names set in a quote of their own import as the report's sections.

Some writers mark each section by quoting its bold name alone (">**Timeline:**", at times over a line of only
">"), and write the section's text below it, outside the quote. Read as quotes, the whole report ran together;
read as a careful reader does, each quoted name heads its section. A quote with words of its own stays a quote.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """**Postmortem: the blog went dark**


>**Issue Summary**

The blog was unreachable for forty minutes.


>**Impact:**

Every reader of the blog saw a connection refused page.


>**Root Cause:**
>
A new packet filter rule dropped traffic to port 443.


>**Timeline:**
>
09:05: A reader wrote in that the blog would not load

09:12: The on-call checked the web server and found it running

09:30: The filter rule was removed and the blog came back


>**Corrective and Preventive Measures**

>**Task List:**

Add a check that probes port 443 from outside every minute.
"""


def test_quoted_names_head_their_sections() -> None:
    doc = from_markdown(REPORT)

    assert "connection refused page" in doc.summary.impact
    assert "Issue Summary" not in doc.summary.impact
    assert "packet filter rule dropped" in doc.summary.root_cause
    assert len(doc.timeline) == 3
    assert "A reader wrote in" in doc.timeline[0].text
    assert "filter rule was removed" in doc.timeline[2].text
    assert any("probes port 443" in task.text for task in doc.measures.tasks)


def test_a_quote_with_words_of_its_own_stays_a_quote() -> None:
    doc = from_markdown(
        "# Cache outage\n\n## Summary\n\nThe cache fell over.\n\n"
        "> **Note:**\n> the cache had been warned about twice.\n\n"
        "> **Aside:**\n> nobody read the warning.\n\n"
        "## Timeline\n\n- 10:00 cache down\n- 10:20 cache restarted\n"
    )

    assert len(doc.timeline) == 2
    kept = doc.introduction + doc.summary.impact + " ".join(section.body for section in doc.extra_sections)
    assert "> **Note:**" in kept or "> the cache had been warned" in kept
