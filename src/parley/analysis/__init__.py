"""Analyses over the event store: event listings, dyad timelines, actor rankings, plots, exports.

Counts use event clusters (one real-world event, however many sentences and articles report
it) unless `mentions=True` asks for raw mentions; see docs/store.md.
"""

from parley.analysis.actors import top_actors, top_dyads
from parley.analysis.dyad import PERIODS, dyad_timeline
from parley.analysis.events import list_events

__all__ = ["PERIODS", "dyad_timeline", "list_events", "top_actors", "top_dyads"]
