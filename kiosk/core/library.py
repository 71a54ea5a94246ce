"""The packs a kiosk offers: the shipped samples and the center's own, each checked at load.

A pack that is damaged, of an unknown format version, or unreadable is left out with a message
(for the log and the staff area); the others are kept.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.pack import PackError
from kiosk.core.pack_reader import Pack

log = logging.getLogger(__name__)

PACK_SUFFIX = ".pack"


@dataclass
class Library:
    packs: dict[str, Pack] = field(default_factory=dict)
    refused: dict[Path, str] = field(default_factory=dict)  # file -> message

    @classmethod
    def load(cls, folders: list[Path], verify: bool = True, checks: "PackChecks | None" = None) -> "Library":
        """Open every pack in ``folders``. ``checks``: what was verified already; a pack it
        knows as sound, unchanged since (same size and time), is opened without checksumming
        it again, and what this load verifies is added to it."""
        lib = cls()
        for path, stamp in pack_files(folders):
            known = checks.known.get(path) if checks is not None else None
            trusted = known is not None and stamp is not None and known.stamp == stamp and known.pack_id is not None
            try:
                pack = Pack.open(path, verify=verify and not trusted)
            except PackError as exc:
                log.error("pack refused: %s", exc)
                lib.refused[path] = str(exc)
                if checks is not None and verify:
                    checks.add([_refusal(path, stamp, str(exc))])
                continue
            if checks is not None and verify and not trusted:
                checks.add([PackCheck(path, stamp or (0, 0), pack.manifest.id, None, _language())])
            if pack.manifest.id in lib.packs:
                # The center's own folder comes last and replaces a sample of the same id.
                log.info("pack %s from %s replaces %s", pack.manifest.id, path, lib.packs[pack.manifest.id].path)
                lib.packs[pack.manifest.id].close()
            lib.packs[pack.manifest.id] = pack
        return lib

    def by_kind(self, kind: str) -> list[Pack]:
        return [p for p in self.packs.values() if p.manifest.kind in (kind, "mixed")]

    def close(self) -> None:
        for pack in self.packs.values():
            pack.close()
        self.packs.clear()


@dataclass(frozen=True)
class PackCheck:
    """What checking one pack file found: its id if it is sound, else why it was refused."""

    path: Path
    stamp: tuple[int, int]  # size and modification time (ns) of the file that was checked
    pack_id: str | None
    refused: str | None
    language: str  # a refusal's message is in the language of the time it was checked


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def pack_files(folders: list[Path]) -> list[tuple[Path, tuple[int, int] | None]]:
    """Every pack file in ``folders`` with its size and modification time (cheap: no opening)."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [(path, _stamp(path)) for path in sorted(folder.glob(f"*{PACK_SUFFIX}"))]
    return found


def _language() -> str:
    from kiosk import i18n

    return i18n.current_language()


def _refusal(path: Path, stamp: tuple[int, int] | None, message: str) -> "PackCheck":
    return PackCheck(path, stamp or (0, 0), None, message, _language())


def check_pack(path: Path, stamp: tuple[int, int] | None) -> PackCheck:
    """Open and checksum one pack (slow for a large one: run it off the UI thread)."""
    try:
        pack = Pack.open(path, verify=True)
    except PackError as exc:
        return _refusal(path, stamp, str(exc))
    pack_id = pack.manifest.id
    pack.close()
    return PackCheck(path, stamp or (0, 0), pack_id, None, _language())


class PackChecks:
    """The packs already verified, by path, size and modification time: showing the staff area
    again re-checks only a pack that is new or has changed since."""

    def __init__(self) -> None:
        self.known: dict[Path, PackCheck] = {}

    def stale(self, files: list[tuple[Path, tuple[int, int] | None]]) -> list[tuple[Path, tuple[int, int] | None]]:
        language = _language()
        out = []
        for path, stamp in files:
            seen = self.known.get(path)
            if seen is None or stamp is None or seen.stamp != stamp or (seen.refused and seen.language != language):
                out.append((path, stamp))
        return out

    def add(self, checks: list[PackCheck]) -> None:
        for check in checks:
            self.known[check.path] = check

    def summary(self, files: list[tuple[Path, tuple[int, int] | None]]) -> tuple[int, list[str]]:
        """How many distinct packs are ready, and the refusals, for the files given (known ones)."""
        ready: set[str] = set()
        refused: list[str] = []
        for path, _stamp_ in files:
            check = self.known.get(path)
            if check is None:
                continue
            if check.pack_id is not None:
                ready.add(check.pack_id)
            elif check.refused:
                refused.append(check.refused)
        return len(ready), refused
