"""The merge rule of sync, in one place (SYNC.md): per clock group, the highest
(HLC, device id) wins; a value is "seen" by a replica whose known vector covers it.

Callers use these through the module (``merge.wins``) so a test can swap in a
deliberately broken rule and show the property tests catch it.
"""

from __future__ import annotations

from collections.abc import Mapping

from kadesk.domain.syncspec import GENESIS_DEVICE, PLACEHOLDER_DEVICE, Stamp


def wins(theirs: Stamp, mine: Stamp) -> bool:
    """Does an incoming group stamp beat the local one? Device id breaks HLC ties."""
    return theirs > mine


def seen(stamp: Stamp, known: Mapping[str, int]) -> bool:
    """Had a replica with this known vector already seen the change with ``stamp``?

    Sound because a known entry only advances on imports that hold the sender's
    whole state (see store/merge.py): knowing device D up to h means holding
    every change D had made by h, or a later one made over it.
    """
    device = stamp[1]
    if device in (GENESIS_DEVICE, PLACEHOLDER_DEVICE):
        return True
    return stamp[0] <= known.get(device, -1)


def concurrent(mine: Stamp, theirs: Stamp, mine_known: Mapping[str, int],
               theirs_known: Mapping[str, int]) -> bool:
    """Neither side's author had seen the other's change: a real conflict."""
    return not seen(mine, theirs_known) and not seen(theirs, mine_known)
