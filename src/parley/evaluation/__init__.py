"""Scoring parley against gold files (PLV pairs, PLOVER GSR) and measuring its speed."""

from parley.evaluation.gold import GsrRecord, PlvItem, read_gsr, read_plv
from parley.evaluation.metrics import Scores, score

__all__ = ["GsrRecord", "PlvItem", "Scores", "read_gsr", "read_plv", "score"]
