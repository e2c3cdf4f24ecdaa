"""A wiki page saved with its site round it, and a report's lessons beside its closing words.

A page saved from a wiki holds the site's header, menus, sidebar and footer round the report; a user
opening it sees the report's own title, not the site's name, and no "Page tree" section. A report with
"Lessons learned" and a "Closing notes" section of its own keeps the lessons as written and shows the
closing notes' words as its closing notes.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown, read_markdown

WIKI_PAGE = """<!DOCTYPE html>
<html><head><title>Queue backlog - Ops - Lantern Wiki</title></head>
<body>
<header class="site"><a href="/">Lantern Wiki</a>
<nav><a href="/spaces">Spaces</a> | <a href="/login">Log in</a></nav></header>
<aside class="sidebar"><h3>Space shortcuts</h3><ul><li><a href="/tree">Page tree</a></li></ul></aside>
<main>
<h1>Queue backlog on the billing workers</h1>
<h2>Timeline</h2>
<ul><li>09:10 UTC backlog alert fires</li><li>09:40 UTC workers scaled, backlog drains</li></ul>
<h2>Lessons learned</h2>
<ul><li>Scale on queue age, not CPU.</li></ul>
</main>
<section id="comments"><h3>1 Comment</h3><p><b>Ines</b>: Nice write-up.</p></section>
<footer>Powered by Lantern Wiki · <a href="/help">Help</a></footer>
</body></html>
"""


def test_a_wiki_page_s_title_is_its_heading_not_the_site_s_name():
    document, _ = read_markdown(WIKI_PAGE, html_page=True)

    assert document.metadata.title == "Queue backlog on the billing workers"
    assert len(document.timeline) == 2


def test_a_wiki_page_s_sidebar_header_and_footer_are_not_sections_but_its_comments_are_kept():
    document, _ = read_markdown(WIKI_PAGE, html_page=True)

    everything = "\n".join(
        [document.introduction, document.closing_notes, *(s.heading + s.body for s in document.extra_sections)]
    )
    assert "Page tree" not in everything and "Space shortcuts" not in everything
    assert "Powered by" not in everything and "Log in" not in everything
    assert "Nice write-up." in everything


def test_a_header_inside_the_article_keeps_the_report_s_title():
    page = (
        "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><article><header><h1>Disk full on db-2</h1>"
        "</header><h2>Timeline</h2><ul><li>10:00 UTC disk alert</li></ul></article></body></html>"
    )
    document, _ = read_markdown(page, html_page=True)

    assert document.metadata.title == "Disk full on db-2"


def test_lessons_learned_beside_closing_notes_stay_as_written():
    document = from_markdown(
        "# Queue backlog\n\n## Summary\n\nBilling lagged.\n\n## Lessons learned\n\n- Scale on queue age.\n\n"
        "## Closing notes\n\nThanks to the billing team.\n"
    )

    assert document.closing_notes == "Thanks to the billing team."
    assert [section.heading for section in document.extra_sections] == ["Lessons learned"]


def test_lecciones_aprendidas_beside_notas_finales_stay_as_written():
    document = from_markdown(
        "# Cola atascada\n\n## Resumen\n\nLa facturación se retrasó.\n\n"
        "## Lecciones aprendidas\n\n- Escalar por edad.\n\n"
        "## Notas finales\n\nGracias al equipo de facturación.\n"
    )

    assert document.closing_notes == "Gracias al equipo de facturación."
    assert "Lecciones aprendidas" in [section.heading for section in document.extra_sections]


def test_lessons_learned_alone_are_still_the_closing_notes():
    document = from_markdown(
        "# Queue backlog\n\n## Summary\n\nBilling lagged.\n\n## Lessons learned\n\nScale on age.\n"
    )

    assert document.closing_notes == "Scale on age."
