"""Who is in the staff area: the PIN pad's guard, the person a PIN signed in, and what they may do.

Checking a PIN costs one scrypt call per PIN stored (the center's and each member's): the PIN pad
runs :func:`kiosk.core.pin.who_has_pin` and :meth:`StaffSession.new_center_pin` on a worker, with what
:meth:`StaffSession.pin_inputs` read from the database beforehand on the UI thread.
"""

from __future__ import annotations

import logging
from typing import Callable

from kiosk.core import pin as pins
from kiosk.core.errors import KioskError
from kiosk.core.pin import PinGuard
from kiosk.settings import Settings

log = logging.getLogger(__name__)


class StaffSession:
    def __init__(self, settings: Settings, desk: Callable[[], object]):
        self.settings = settings
        self._desk = desk
        self.guard = PinGuard(lambda: self.settings.get("staff_pin_hash"))
        #: who is in the staff area: a kiosk.store.model.Staff, or "admin" (the center's PIN)
        self.actor = None

    def has_pin(self) -> bool:
        return self.guard.has_pin()

    def pin_inputs(self) -> tuple[str, tuple]:
        """What a PIN is checked against: the center's PIN hash, and every active member with
        their PIN's hash (read here, on the database's thread)."""
        center = self.settings.get("staff_pin_hash") or ""
        desk = self._desk()
        if desk is None:
            return center, ()
        try:
            return center, desk.staff.pin_holders()
        except KioskError:  # the log is busy: the center's PIN still signs in
            log.warning("staff PINs unavailable; only the center's staff PIN is checked", exc_info=True)
            return center, ()

    @staticmethod
    def new_center_pin(pin: str, holders: tuple) -> str | None:
        """The hash to keep for a new center PIN, or None when a member has that PIN already.
        For a worker."""
        try:
            taken = pins.who_has_pin(pin, "", holders) is not None
        except pins.SharedPin:
            taken = True
        return None if taken else pins.hash_pin(pin)

    def note_shared(self, shared: pins.SharedPin) -> None:
        desk = self._desk()
        if desk is None:
            return
        try:
            desk.staff.note_shared_pin(shared)
        except KioskError:
            log.warning("could not keep the shared PIN for the administrators", exc_info=True)

    def signed_in(self) -> None:
        """The PIN pad accepted a PIN: the center's staff PIN acts as administrator, a member's
        own PIN as that member."""
        self.actor = self.guard.who or "admin"

    def sign_out(self) -> None:
        self.actor = None

    def role(self) -> str | None:
        actor = self.actor
        return actor if isinstance(actor, str) else getattr(actor, "role", None)

    def save_pin(self, pin_hash: str) -> None:
        """Keep the center's new staff PIN (its hash, from :meth:`new_center_pin`)."""
        self.settings.set("staff_pin_hash", pin_hash)
        desk = self._desk()
        if desk is not None:
            try:
                desk.staff.center_pin_changed()
            except KioskError:
                log.warning("could not update the list of shared PINs", exc_info=True)
        log.info("staff PIN changed")
