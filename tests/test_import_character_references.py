"""HTML character references in a Markdown report read as the characters a renderer shows ("&lt;" is "<",
"&#39;" is "'", "&nbsp;" a space), except where a renderer shows them as written: inside code (backtick spans,
double-backtick spans, fenced and indented code blocks) and after a backslash."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_references_in_plain_text_fields_read_as_their_characters() -> None:
    document = from_markdown(
        "# Checkout &amp; cart &lt;down&gt;\n\n**Impact:** Orders &gt; 500&nbsp;EUR failed.\n\n"
        "## Timeline\n\n- 2024-05-01 10:00 UTC Alert: p99 &gt; 2s on &quot;checkout&quot;.\n\n"
        "## Action items\n\n- Fix the &lt;cart&gt; flag (owner: O&#39;Brien, due 2024-06-01)\n"
    )
    assert document.metadata.title == "Checkout & cart <down>"
    assert document.summary.impact == "Orders > 500 EUR failed."
    assert document.timeline[0].text == 'Alert: p99 > 2s on "checkout".'
    assert document.measures.tasks[0].text == "Fix the <cart> flag"
    assert document.measures.tasks[0].owner == "O'Brien"


def test_a_numeric_non_breaking_space_is_a_space() -> None:
    assert from_markdown("# Outage\n\nText&#160;here.\n").introduction == "Text here."


def test_an_indented_code_block_keeps_its_references() -> None:
    document = from_markdown(
        "# Outage\n\n## Summary\n\nThe check was:\n\n    if (a &lt; b &amp;&amp; c) {}\n\nIt failed.\n"
    )
    assert "    if (a &lt; b &amp;&amp; c) {}" in document.introduction


def test_a_list_items_indented_paragraph_is_no_code() -> None:
    document = from_markdown("# Outage\n\n## Summary\n\n- Checkout failed.\n\n    Refunds &amp; credits were late.\n")
    assert "Refunds & credits were late." in document.introduction


def test_a_double_backtick_code_span_keeps_its_references() -> None:
    document = from_markdown("# Outage\n\n## Summary\n\nRan ``grep &amp; `x` `` &amp; saw it.\n")
    assert document.introduction == "Ran ``grep &amp; `x` `` & saw it."


def test_a_reference_after_a_backslash_stays_as_written() -> None:
    assert from_markdown("# Outage\n\nWe wrote \\&amp; literally.\n").introduction == "We wrote \\&amp; literally."
