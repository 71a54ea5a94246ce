"""Who is in the staff area: the PIN pad's guard, the person a PIN signed in, and what they may do."""

from __future__ import annotations

import logging
from typing import Callable

from kiosk.core import pin as pins
from kiosk.core.pin import PinGuard
from kiosk.settings import Settings

log = logging.getLogger(__name__)


class StaffSession:
    def __init__(self, settings: Settings, desk: Callable[[], object]):
        self.settings = settings
        self._desk = desk
        self.guard = PinGuard(lambda: self.settings.get("staff_pin_hash"), others=self._member_with_pin)
        #: who is in the staff area: a kiosk.store.model.Staff, or "admin" (the center's PIN)
        self.actor = None

    def has_pin(self) -> bool:
        return self.guard.has_pin()

    def signed_in(self) -> None:
        """The PIN pad accepted a PIN: the center's staff PIN acts as administrator, a member's
        own PIN as that member."""
        self.actor = self.guard.who or "admin"

    def sign_out(self) -> None:
        self.actor = None

    def role(self) -> str | None:
        actor = self.actor
        return actor if isinstance(actor, str) else getattr(actor, "role", None)

    def save_pin(self, pin: str) -> None:
        self.settings.set("staff_pin_hash", pins.hash_pin(pin))
        log.info("staff PIN changed")

    def _member_with_pin(self, pin: str):
        """The member of staff whose own PIN this is (guides sign in with theirs), or None."""
        desk = self._desk()
        if desk is None:
            return None
        from kiosk.core.errors import KioskError

        for member in desk.staff.list_staff():
            if member.has_pin:
                try:
                    return desk.staff.sign_in(member.id, pin)
                except KioskError:
                    continue
        return None
