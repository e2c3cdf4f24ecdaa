"""The HTML export is a standalone styled page, and document text can never become live HTML."""

from __future__ import annotations

import base64
from html.parser import HTMLParser

import pytest

from app.formats.html_export import render_body_html, to_html
from app.formats.markdown_import import from_markdown
from app.model import PostMortem
from tests.conftest import EXAMPLES


class _Collector(HTMLParser):
    """Every start tag with its attributes, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = _Collector()
    collector.feed(html)
    return collector.tags


def test_standalone_page_with_charset_title_and_both_colour_schemes():
    page = to_html(from_markdown((EXAMPLES / "dns-outage.md").read_text(encoding="utf-8")))
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<title>Status Page DNS Outage Post-Mortem</title>" in page
    assert "prefers-color-scheme: dark" in page
    assert "<h2>Timeline</h2>" in page
    assert "<strong>Detection:</strong>" in page
    assert "March 3, 2025, 11:12 UTC" in page
    assert "<ol>" in page  # The tasks are a numbered list.
    assert "<link" not in page and "http" not in page.split("<body>")[0]  # Nothing loaded from outside.


def test_title_is_escaped_in_the_head():
    page = to_html(PostMortem.model_validate({"metadata": {"title": "</title><script>alert(1)</script>"}}))
    head = page.split("</head>")[0]
    assert "<script>" not in head
    assert "&lt;/title&gt;&lt;script&gt;" in head


HOSTILE = """\
<script>alert('x')</script>
<img src="x.png" onerror="alert(1)">
<a href="javascript:alert(2)">click</a> [also](javascript:alert(3)) [fine](https://example.com)
![remote](https://tracker.example.com/pixel.png) ![protocol relative](//evil.example/p.png) ![local](chart.png)
![absolute](/etc/hostname) ![file](file:///etc/passwd) ![data](data:image/png;base64,AAAA)
<iframe src="https://example.com"></iframe><style>body { display: none }</style>
<div onclick="alert(4)" style="color:red">styled</div> <b>bold stays</b>
"""


@pytest.mark.parametrize("where", ["introduction", "closing_notes", "caption", "event"])
def test_raw_html_in_document_text_is_neutralised(where):
    data: dict = {"introduction": "", "closing_notes": ""}
    if where == "caption":
        data["humor"] = {"caption": HOSTILE}
    elif where == "event":
        data["timeline"] = [{"kind": "action", "text": HOSTILE}]
    else:
        data[where] = HOSTILE
    page = to_html(PostMortem.model_validate(data))
    body = page.split("<body>", 1)[1]
    tags = _tags(body)
    names = {tag for tag, _ in tags}
    assert not names & {"script", "iframe", "style", "object", "embed", "form", "link", "meta"}
    for tag, attributes in tags:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        assert "style" not in attributes
        assert not (attributes.get("href") or "").lower().startswith("javascript")
        if tag == "img":
            source = attributes.get("src") or ""
            assert ":" not in source and not source.startswith("/"), source
    assert "alert(" not in "".join(str(attributes) for _, attributes in tags)
    assert ("a", {"href": "https://example.com", "rel": "noopener noreferrer nofollow"}) in tags
    assert ("img", {"alt": "local", "src": "chart.png"}) in tags
    assert "<b>bold stays</b>" in body


def test_body_html_for_the_preview_renders_tables_and_code():
    body = render_body_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = '<b>'\n```\n")
    assert "<table>" in body and "<td>1</td>" in body
    assert '<code class="language-python">' in body
    assert "x = '&lt;b&gt;'" in body
    assert "<html" not in body


def test_flowchart_picture_is_embedded_in_the_page_when_given():
    # Issue 11: the HTML export is one file; the chart travels inside it.
    document = PostMortem.model_validate({"humor": {"flowchart": {"nodes": [{"id": "a", "label": "Is it DNS?"}]}}})
    page = to_html(document, flowchart_png=b"\x89PNG picture")
    source = "data:image/png;base64," + base64.b64encode(b"\x89PNG picture").decode()
    assert ("img", {"alt": "Investigation flowchart", "src": source}) in _tags(page)
    assert "Is it DNS?" in page


def test_a_data_url_in_document_text_is_still_refused_when_the_chart_is_embedded():
    document = PostMortem.model_validate(
        {
            "introduction": "![fake](data:image/png;base64,AAAA) ![guess](pmchart0123456789abcdef.png)",
            "humor": {"flowchart": {"nodes": [{"id": "a", "label": "A"}]}},
        }
    )
    sources = [a.get("src") or "" for tag, a in _tags(to_html(document, flowchart_png=b"png")) if tag == "img"]
    assert sum(source.startswith("data:") for source in sources) == 1
    assert "pmchart0123456789abcdef.png" in sources  # a harmless relative name, not swapped for the chart


def test_a_paragraph_of_thousands_of_brackets_is_shown_as_written():
    # Python-Markdown would spend minutes on this; it is shown literally instead.
    hostile = "\n".join("[[[[ <a" for _ in range(3000))
    body = render_body_html(f"Intro with a [link](https://example.com).\n\n{hostile}\n\n- item **bold**")
    assert '<a href="https://example.com"' in body
    assert body.count("[[[[ &lt;a") == 3000
    assert "<li>item <strong>bold</strong></li>" in body
    assert "pmplain" not in body


def test_a_paragraph_cannot_forge_the_placeholder_of_another():
    body = render_body_html("pmplain0123456789abcdefn0 and " + "[" * 5000)
    assert body.startswith("<p>pmplain0123456789abcdefn0 and [[[")


def test_lists_nested_hundreds_deep_are_shown_as_written():
    body = render_body_html("\n".join(" " * (2 * depth) + "1. <b>x</b>" for depth in range(500)))
    assert "nested too deeply" in body
    assert "<pre>" in body and "&lt;b&gt;x&lt;/b&gt;" in body


@pytest.mark.parametrize(
    "source",
    [
        "../../../../etc/hostname",
        "pictures/../../secret.png",
        "%2e%2e/%2e%2e/etc/hostname",
        "\t../x.png",
        "/etc/hostname",
        "file:///etc/passwd",
        "C:/Windows/win.ini",
        "https://tracker.example.com/p.png",
        "//evil.example/p.png",
    ],
)
@pytest.mark.parametrize("form", ["markdown", "html"])
def test_an_image_outside_the_documents_folder_is_dropped_with_a_visible_note(source, form):
    text = f"![the map]({source})" if form == "markdown" else f'<img src="{source}" alt="the map">'
    body = render_body_html(f"Before {text} after.")
    assert [a for tag, a in _tags(body) if tag == "img"] == []
    assert "picture “the map” not shown" in body
    assert "Before" in body and "after." in body


@pytest.mark.parametrize("source", ["chart.png", "pictures/chart.png", "./chart.png", "my%20chart.png"])
def test_an_image_in_the_documents_folder_is_kept(source):
    body = render_body_html(f"![chart]({source})")
    assert ("img", {"alt": "chart", "src": source}) in _tags(body)
    assert "not shown" not in body


def test_backslashes_climbing_out_are_refused_as_browsers_read_them():
    body = render_body_html('<img src="..\\..\\windows\\win.ini" alt="ini">')
    assert [a for tag, a in _tags(body) if tag == "img"] == []
    assert "picture “ini” not shown" in body


@pytest.mark.parametrize(
    "target",
    ["../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "//evil.example/share", "%2e%2e/x", "C:/x.txt"],
)
def test_a_link_to_a_file_outside_the_documents_folder_keeps_its_text_but_not_its_target(target):
    body = render_body_html(f"See [the notes]({target}).")
    assert [a for tag, a in _tags(body) if tag == "a"] == [{"rel": "noopener noreferrer nofollow"}]
    assert "the notes" in body


@pytest.mark.parametrize("target", ["https://example.com/x", "mailto:ops@example.com", "#timeline", "notes.md"])
def test_web_mail_in_page_and_same_folder_links_are_kept(target):
    body = render_body_html(f"See [the notes]({target}).")
    assert ("a", {"href": target, "rel": "noopener noreferrer nofollow"}) in _tags(body)
