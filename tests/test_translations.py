"""The Qt Linguist catalogues are complete and safe to use.

A missing translation shows English in a Chinese window; a translation that
drops or renames a ``{placeholder}`` makes ``.format()`` raise KeyError at run
time; a lost ``&`` takes away a keyboard shortcut; and a UI string added to the
code but not to the catalogue is never translated at all.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
CATALOGUES = sorted(TS_DIR.glob("kadesk_*.ts"))
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: {name}: no <translation>"
            found.append(Message(
                context=name, source=message.findtext("source", ""),
                comment=message.findtext("comment", ""), translation=translation.text or "",
                unfinished=translation.get("type") in ("unfinished", "obsolete", "vanished")))
    return found


def mnemonics(text: str) -> int:
    """How many '&' mark a shortcut letter; '&&' is a literal ampersand."""
    return text.replace("&&", "").count("&")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script",
                                                  ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_is_a_catalogue() -> None:
    assert CATALOGUES, f"no kadesk_*.ts in {TS_DIR}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated(ts: Path) -> None:
    untranslated = [f"{m.context}: {m.source!r}" for m in messages(ts)
                    if m.unfinished or not m.translation.strip()]
    assert not untranslated, (f"{ts.name}: {len(untranslated)} untranslated:\n"
                              + "\n".join(untranslated))


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    def names(text: str) -> list[str]:
        return sorted(PLACEHOLDER.findall(text))

    wrong = [f"{m.context}: {m.source!r} -> {m.translation!r}" for m in messages(ts)
             if m.translation and names(m.source) != names(m.translation)]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_translations_keep_one_mnemonic(ts: Path) -> None:
    wrong = [f"{m.context}: {m.source!r} -> {m.translation!r}" for m in messages(ts)
             if m.translation and mnemonics(m.source) and mnemonics(m.translation) != 1]
    assert not wrong, "a shortcut letter (&) is lost or doubled:\n" + "\n".join(wrong)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_catalogue_is_up_to_date_with_the_code(ts: Path, tmp_path: Path) -> None:
    script = load_script()
    lupdate = Path(script.BIN) / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip(f"no {lupdate}")
    language = ts.stem.removeprefix("kadesk_")
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([str(lupdate), *script.sources(), "-no-obsolete",
                    "-target-language", language, "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    committed = {m.key for m in messages(ts)}
    current = {m.key for m in messages(copy)}
    missing = sorted(current - committed)
    stale = sorted(committed - current)
    assert not missing and not stale, (
        "run `python scripts/translations.py update` and translate the new texts\n"
        f"missing from {ts.name}: {missing}\nno longer in the code: {stale}")
