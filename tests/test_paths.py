"""Problem paths are written and read in one place (app.paths), so every view names the same spot."""

from __future__ import annotations

from app.paths import concerns, describe_place, item_path, row_in, top_level


def test_a_path_written_for_a_row_reads_back_its_part_and_row():
    path = item_path("humor.flowchart.edges", 12, "target")
    assert path == "humor.flowchart.edges[12].target"
    assert top_level(path) == "humor"
    assert row_in(path, "humor.flowchart.edges") == 12
    assert row_in(path, "humor.flowchart.nodes") is None
    assert row_in("timelines[2].time", "timeline") is None  # a longer name is another list


def test_a_problem_concerns_its_field_and_what_holds_it_never_a_namesake():
    assert concerns("summary.end", "summary")
    assert concerns("timeline[3].time", "timeline")
    assert not concerns("summary.end_note", "summary.end")


def test_places_read_in_the_editors_words():
    assert describe_place(item_path("timeline", 0, "time")) == "Timeline, event 1"
    assert describe_place(item_path("humor.flowchart.nodes", 1, "id")) == "Flowchart, box 2"
    assert describe_place("metadata.title") == "metadata.title"
