"""The name Save As and Export offer: beside the open file, or made of the title when there is none."""

from __future__ import annotations

from pathlib import Path

from app.formats.files import suggested_file_name
from app.model import Metadata, PostMortem


def _titled(title: str) -> PostMortem:
    return PostMortem(metadata=Metadata(title=title))


def test_a_new_document_is_named_after_the_first_eight_words_of_its_title():
    model = _titled("DNS outage: resolvers / cache (EU) — took down checkout, login, search and more")

    assert suggested_file_name(model, ".md") == "dns-outage-resolvers-cache-eu-took-down-checkout.md"
    assert suggested_file_name(_titled("  ?!  "), ".json") == "post-mortem.json"


def test_an_open_file_is_suggested_again_with_the_new_suffix():
    assert suggested_file_name(_titled("Anything"), ".html", Path("/work/notes/dns.json")) == "dns.html"


def test_an_export_of_a_page_opened_from_the_web_never_suggests_the_page_itself():
    assert suggested_file_name(_titled("Anything"), ".html", Path("/tmp/status.html")) == "status-post-mortem.html"
