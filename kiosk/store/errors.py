"""What the store refuses, with a message already in the interface language. No Qt."""

from __future__ import annotations

from kiosk.core.errors import KioskError


class ValidationError(KioskError):
    """Bad input in a form or a command; ``field`` names the field to fix. Nothing was saved."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class PermissionDenied(KioskError):
    """The acting member of staff may not do this."""


class NotFound(KioskError):
    """No such visit, organization or member of staff (deleted meanwhile, or a wrong number)."""
