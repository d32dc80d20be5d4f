"""Reports-to as displayed: acyclic even when two concurrent edits made a loop.

Stored values stay as merged (every replica holds the same); what is shown
drops, in each cycle, the link set last (highest stamp), so every replica
shows the same tree (SYNC.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from kadesk.domain.syncspec import Stamp

# contact id -> (manager id or None, stamp of the reports-to link)
Links = Mapping[str, tuple[str | None, Stamp]]


def cycles(links: Links) -> list[list[str]]:
    """Every reports-to cycle, each as its contact ids in link order, sorted."""
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = done
    found: list[list[str]] = []
    for start in sorted(links):
        walk: list[str] = []
        node: str | None = start
        while node is not None and node in links and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            node = links[node][0]
        if node is not None and state.get(node) == 1:
            loop = walk[walk.index(node):]
            first = loop.index(min(loop))
            found.append(loop[first:] + loop[:first])
        for visited in walk:
            state[visited] = 2
    return found


def displayed_reports_to(links: Links) -> dict[str, str | None]:
    """Manager shown per contact: the stored one, except the newest link of each cycle."""
    shown = {contact: manager for contact, (manager, _) in links.items()}
    for loop in cycles(links):
        newest = max(loop, key=lambda c: (links[c][1], c))
        shown[newest] = None
    return shown
