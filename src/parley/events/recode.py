"""CAMEO's intent, threat and refusal conventions, shared by the coder and the pair classifier.

An announced future act of cooperation or concession ("will free the hostages") is coded as
the matching 03x *express intent*; an announced future coercive or violent act ("will extend the
curfew", "will launch an operation against") as the matching 13x *threaten*; a refusal ("will
not lift sanctions") as the matching 12x *reject*. The tables are data: `data/recode.json`.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Literal

Kind = Literal["intent", "threat", "refusal"]


@functools.lru_cache(maxsize=1)
def recode_tables() -> dict[str, dict[str, str]]:
    raw = json.loads(resources.files("parley.data").joinpath("recode.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def recode(kind: Kind, cameo: str) -> str | None:
    """The 03x / 13x / 12x code for `cameo` (longest matching prefix), or None."""
    table = recode_tables()[kind]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def recode_for(modality: str, volitional: bool, cameo: str) -> tuple[str, Kind] | None:
    """The convention that applies to an event of `cameo` with this modality, if any.

    Future volitional acts become intents (cooperation) or threats (coercion and force);
    negated volitional acts become refusals.
    """
    if not volitional or modality not in {"negated", "future"}:
        return None
    if modality == "negated":
        code = recode("refusal", cameo)
        return (code, "refusal") if code else None
    for kind in ("intent", "threat"):
        code = recode(kind, cameo)  # type: ignore[arg-type]
        if code:
            return code, kind  # type: ignore[return-value]
    return None
