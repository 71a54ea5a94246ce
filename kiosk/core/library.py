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
    def load(cls, folders: list[Path], verify: bool = True) -> "Library":
        lib = cls()
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob(f"*{PACK_SUFFIX}")):
                try:
                    pack = Pack.open(path, verify=verify)
                except PackError as exc:
                    log.error("pack refused: %s", exc)
                    lib.refused[path] = str(exc)
                    continue
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
