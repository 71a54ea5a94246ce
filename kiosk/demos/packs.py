"""What every demo model shares: it is made from one pack of its kind in the library. No Qt here
(the models import it)."""

from __future__ import annotations

from typing import ClassVar, Self

from kiosk.core.pack_reader import Pack


def first_pack(library, kind: str) -> Pack:
    """The first pack of ``kind`` the library holds (in the order it loaded them); a LookupError
    when it holds none."""
    for pack in library.packs.values():
        if pack.manifest.kind == kind:
            return pack
    raise LookupError(f"no {kind} pack in the library")


class FromLibrary:
    """A demo model made from the library's first pack of ``pack_kind``: the demo screen calls
    ``Model.from_library(library)``; the model's constructor takes that pack."""

    pack_kind: ClassVar[str]

    @classmethod
    def from_library(cls, library) -> Self:
        return cls(first_pack(library, cls.pack_kind))
