"""A long document's list items hold their set field names once, and still say which fields their data set."""

from __future__ import annotations

import json

from app.formats import json_format
from app.model import PostMortem, TimelineEvent
from tests.test_window_fixtures import large_document


def read_back(model: PostMortem) -> PostMortem:
    return json_format.loads(json_format.dumps(model))


def test_the_events_of_a_document_read_share_one_set_of_field_names():
    model = read_back(large_document(1_000))
    assert len({id(event.__pydantic_fields_set__) for event in model.timeline}) == 1
    assert model.timeline[0].model_fields_set == {"kind", "time", "text"}


def test_items_that_set_different_fields_keep_their_own_names():
    data = json.loads(json_format.dumps(large_document(3)))
    del data["timeline"][1]["time"]
    model = json_format.from_data(data)
    assert [event.model_fields_set for event in model.timeline] == [
        {"kind", "time", "text"},
        {"kind", "text"},
        {"kind", "time", "text"},
    ]
    assert model.timeline[1].model_dump(exclude_unset=True).keys() == {"kind", "text"}


def test_an_edited_event_is_a_copy_whose_names_reach_no_other_event():
    data = json.loads(json_format.dumps(large_document(3)))
    for event in data["timeline"]:
        del event["time"]
    model = json_format.from_data(data)
    edited = model.timeline[0].model_copy(update={"time": large_document(1).timeline[0].time})
    assert edited.model_fields_set == {"kind", "time", "text"}
    assert [event.model_fields_set for event in model.timeline] == [{"kind", "text"}] * 3
    assert [event.model_dump(mode="json", exclude_unset=True) for event in model.timeline] == data["timeline"]


def test_a_document_made_in_code_is_the_same_document_read_back():
    model = PostMortem(timeline=[TimelineEvent(text="one"), TimelineEvent(text="two")])
    assert read_back(model) == model
    assert [event.model_fields_set for event in model.timeline] == [{"text"}, {"text"}]
