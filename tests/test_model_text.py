"""Text that cannot be stored as UTF-8 never enters a document."""

from __future__ import annotations

from app.formats import json_format
from app.model import FlowNode, Metadata, PostMortem


def test_lone_surrogates_become_replacement_characters_so_the_document_can_be_saved() -> None:
    document = PostMortem(
        metadata=Metadata(title="DNS \udc00 outage"),
        introduction="broken \ud800 text",
    )
    document.humor.flowchart.nodes.append(FlowNode(id="a", label="x\ud800"))

    assert document.metadata.title == "DNS \ufffd outage"
    assert document.introduction == "broken \ufffd text"
    assert document.humor.flowchart.nodes[0].label == "x\ufffd"
    saved = json_format.dumps(document).encode("utf-8")  # would raise on a lone surrogate
    assert json_format.loads(saved) == document
