"""Where a printed line may break: the Chinese line-breaking rules (禁则, GB/T 15834) for
every paragraph and table cell, in both languages.

ReportLab's ``wordWrap="CJK"`` lets "，" and "：" start a line and "（" end one, and cuts
a Latin word or a number anywhere once it has looked back half a line. ``Text`` is a
Paragraph that breaks only where these rules allow: between two Chinese characters,
at a space, never inside a word or a number, never before closing punctuation, never
after opening punctuation, never inside "——" or "……". Only a run with no allowed break
that is wider than the whole line is cut where it overflows.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import (
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)

# May not start a line: closing brackets and quotes, stops, commas, colons, iteration
# marks, small kana, and the signs that follow a number.
CANNOT_START = frozenset(
    "，。、；：！？）］｝〕〉》」』】〗〙〛”’・·ー々〻ゝゞヽヾ"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "!,.:;?)]}%‰℃°′″～")
# May not end a line: opening brackets and quotes, and the signs that precede a number.
CANNOT_END = frozenset("（［｛〔〈《「『【〖〘〚“‘([{¥￥$£€#＃")
# Written doubled and never split: the dash (——) and the ellipsis (……).
DOUBLED = frozenset("—…")
SPACES = frozenset(" \u3000\t")
CJK_START = 0x2E80  # CJK radicals onwards: Chinese, its punctuation, full-width forms


def is_wide(char: str) -> bool:
    """A character that a line may break before or after on its own (Chinese and the
    like), as opposed to one of a Latin word or a number."""
    return ord(char) >= CJK_START


def may_break(before: str, after: str) -> bool:
    """May a line end between the characters ``before`` and ``after`` (neither a space)?"""
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before in DOUBLED and after == before:
        return False
    # Two characters of a word or a number stay together.
    return is_wide(before) or is_wide(after)


def _lines(units: list[Any], max_widths: list[float], calc_bounds: bool) -> list[Any]:
    """Units (one per character, with its width and fragment) broken into lines."""
    lines: list[Any] = []
    start = 0
    n = len(units)

    def max_width() -> float:
        return max_widths[min(len(lines), len(max_widths) - 1)]

    def close(end: int, line_break: bool) -> int:
        """Emit units[start:end] (spaces at its end left out); where the next line starts."""
        stop = end
        while stop > start and str(units[stop - 1]) in SPACES:
            stop -= 1
        used = sum(u.width for u in units[start:stop])
        width = max_width()
        lines.append(makeCJKParaLine(units[start:stop], width, used, width - used, line_break,
                                     calc_bounds))
        nxt = end + 1 if line_break else end
        while nxt < n and str(units[nxt]) in SPACES:  # a line never starts with a space
            nxt += 1
        return nxt

    while start < n:
        used = 0.0
        opportunity = -1  # the last index a line may end before
        i = start
        broke = False
        while i < n:
            unit = units[i]
            if hasattr(unit.frag, "lineBreak"):
                start = close(i, True)
                broke = True
                break
            char = str(unit)
            if i > start:
                previous = str(units[i - 1])
                if char in SPACES or not char:
                    pass
                elif not previous:  # after an image or another empty fragment
                    opportunity = i
                elif previous in SPACES:
                    last = _last_visible(units, start, i)
                    if last is None or (char not in CANNOT_START and last not in CANNOT_END):
                        opportunity = i
                elif may_break(previous, char):
                    opportunity = i
            used += unit.width
            if used > max_width() + 1e-6 and i > start and char not in SPACES:
                # Overflow: end at the last allowed break, else cut here (a run wider
                # than the whole line has no better place).
                start = close(opportunity if opportunity > start else i, False)
                broke = True
                break
            i += 1
        if not broke:
            close(n, False)
            break
    return lines


def _last_visible(units: list[Any], start: int, end: int) -> str | None:
    for j in range(end - 1, start - 1, -1):
        char = str(units[j])
        if char not in SPACES:
            return char
    return None


class Text(Paragraph):
    """A paragraph broken by the rules above (its style must say ``wordWrap="CJK"``)."""

    _broken_at: tuple[float, ...] | None = None
    _broken: Any = None

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - ReportLab's names
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, widths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the second half of a split paragraph: already broken
        # A table wraps each cell several times at one width (size, split, draw).
        key = tuple(widths)
        if self._broken_at == key:
            return self._broken
        self._broken_at, self._broken = key, self._break(widths)
        return self._broken

    def _break(self, widths: list[float]) -> Any:
        style = self.style
        frags = self.frags
        if not frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        units: list[Any] = []
        for frag in frags:
            value = frag.text
            if value:
                units.extend(cjkU(char, frag, "utf8") for char in value)
            else:
                units.append(cjkU(value, frag, "utf8"))
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return ParaLines(kind=1, lines=_lines(units, widths, auto not in ("", "off")))
