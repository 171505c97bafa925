"""The PLOVER ontology as data: the 16 event types, the modes each admits, and the contexts.

Names follow the PLOVER manual (../shared/plover/PLOVER_MANUAL.tex); the definitions stay there.
"""

from __future__ import annotations

# Event type -> the modes the manual defines for it (an empty tuple: the type takes no mode).
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation",
        "cyber",
    ),
    "ASSAULT": (
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
        "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
    ),
}

EVENT_TYPES: tuple[str, ...] = tuple(MODES)

# The general contexts, usable with any type; "historical" is the manual's auxiliary mode for past events,
# which the gold annotation uses as a context.
CONTEXTS: frozenset[str] = frozenset(
    {
        "military", "intelligence", "executive", "legislative", "election", "political_institutions",
        "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
        "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
        "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
        "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
        "illegal_drugs", "trafficking", "historical",
    }
)

# The quad category of each type, as the manual groups them.
QUADS: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}


def is_valid(event_type: str, mode: str | None = None, contexts: tuple[str, ...] | list[str] = ()) -> bool:
    """Tell whether a type, its mode and its contexts are all PLOVER names that fit together."""
    if event_type not in MODES:
        return False
    if mode is not None and mode not in MODES[event_type]:
        return False
    return all(context in CONTEXTS for context in contexts)
