"""Errors a person can act on. Their message is already in the interface language."""


class KioskError(Exception):
    """An error with a message meant for the person at the screen or the terminal."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class SettingsError(KioskError):
    pass


class PinError(KioskError):
    pass


class StorageError(KioskError):
    pass
