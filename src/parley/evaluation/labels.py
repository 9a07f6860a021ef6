"""PLOVER label names across versions, so gold files of different vintages score fairly."""

from __future__ import annotations

# The PLV gold set uses YIELD, the older PLOVER name for CAMEO root 08, now split into
# CONCEDE and RETREAT: parley's current names are folded into YIELD when scoring PLV.
PLV_FOLD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}

# PLOVER 0.5b1 names (the GSR file) -> the current PLOVER roots parley codes.
GSR_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def plv_label(plover: str | None) -> str | None:
    if plover is None:
        return None
    plover = plover.upper()
    return PLV_FOLD.get(plover, plover)


def gsr_label(plover: str) -> str:
    plover = plover.upper()
    return GSR_MAP.get(plover, plover)
