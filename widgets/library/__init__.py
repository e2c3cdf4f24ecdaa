"""The library window: every post-mortem in a folder, searchable, with insights and action items.

The data comes from ``app.library`` (Qt-free); these modules only show it:
``incident_model`` (the lazily fetched table), ``snippet_delegate`` (matches
highlighted with character formats, never markup), ``indexing`` (the index
brought up to date off the UI thread), ``charts`` (Qt Charts insights),
``tasks_view`` (action items across incidents), ``view`` (the page that holds
them), ``window`` (the library's own window and the editors it opens) and
``menu`` (File › Open Folder… in the editor, recent folders).
"""
