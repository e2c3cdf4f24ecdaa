"""The incident library: every post-mortem in a folder, indexed for search, trends and action items.

Qt-free. The files are the truth; the SQLite index in the user's data folder
is a cache that can be deleted or rebuilt at any time.

* ``scan``: the post-mortem files under a folder, robust to loops and errors.
* ``extract``: the figures and text of one post-mortem that the index keeps.
* ``store``: the SQLite database (schema, location, rebuild when corrupt or old).
* ``indexer``: brings the index up to date with the folder, incrementally.
* ``query``: the search syntax (words, "phrases", prefix*, field filters).
* ``reads``: incidents, search results with snippets, stats and tasks.
* ``cli``: the ``postmortem-editor library DIR ...`` command.
"""
