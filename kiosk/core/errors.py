"""Errors a person can act on. Their message is already in the interface language.

:func:`reason` turns what the system or SQLite reports ("No space left on device", "file is not
a database") into a translated sentence, so that a refusal names the cause in the user's language.
"""

from __future__ import annotations

import errno

from kiosk.i18n import _


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


def _os_reasons() -> dict[int, str]:
    return {
        errno.ENOENT: _("the file or folder does not exist"),
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.EISDIR: _("it is a folder, not a file"),
        errno.ENOTDIR: _("a part of the path is not a folder"),
        errno.ENOSPC: _("the disk is full"),
        getattr(errno, "EDQUOT", errno.ENOSPC): _("the disk is full"),
        errno.EROFS: _("the disk is read-only"),
        errno.EIO: _("the disk could not be read or written (input/output error)"),
        errno.ENAMETOOLONG: _("the name is too long"),
        errno.EEXIST: _("it exists already"),
        errno.EMFILE: _("too many files are open"),
        errno.ENFILE: _("too many files are open"),
        errno.EBUSY: _("the file is in use"),
        getattr(errno, "ETXTBSY", errno.EBUSY): _("the file is in use"),
        errno.ELOOP: _("too many symbolic links"),
    }


def os_reason(exc: OSError) -> str:
    """What went wrong, as a translated sentence (never the system's English text)."""
    known = _os_reasons().get(exc.errno) if exc.errno is not None else None
    if known:
        return known
    if exc.errno is not None:
        return _("system error {number}").format(number=exc.errno)
    return _("the file cannot be read or written")


# SQLite's primary result codes (https://sqlite.org/rescode.html).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH, _SQLITE_NOTADB = 10, 11, 13, 14, 23, 26


def sqlite_reason(exc: Exception) -> str:
    """What SQLite refused, as a translated sentence ("file is not a database" and the like)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # Python 3.10 has no error codes: read the few texts that matter
        text = str(exc).lower()
        code = (_SQLITE_NOTADB if "not a database" in text else _SQLITE_CORRUPT if "malformed" in text
                else _SQLITE_FULL if "full" in text else _SQLITE_CANTOPEN if "unable to open" in text
                else _SQLITE_READONLY if "readonly" in text else _SQLITE_BUSY if "locked" in text else -1)
    reasons = {
        _SQLITE_NOTADB: _("the file is not a database"),
        _SQLITE_CORRUPT: _("the database is damaged"),
        _SQLITE_FULL: _("the disk is full"),
        _SQLITE_IOERR: _("the disk could not be read or written (input/output error)"),
        _SQLITE_CANTOPEN: _("the database file cannot be opened"),
        _SQLITE_READONLY: _("the database is read-only"),
        _SQLITE_PERM: _("permission denied"),
        _SQLITE_AUTH: _("permission denied"),
        _SQLITE_BUSY: _("the database is in use by another program"),
        _SQLITE_LOCKED: _("the database is in use by another program"),
    }
    return reasons.get(code & 0xFF if code >= 0 else code, _("the database refused the operation"))


def reason(exc: BaseException) -> str:
    """The cause of ``exc`` in the interface language: a KioskError's own message, a system or
    SQLite fault as a sentence, and for anything else a sentence that points to the log."""
    import sqlite3

    if isinstance(exc, KioskError):
        return exc.message
    if isinstance(exc, UnicodeDecodeError):
        return _("the file is not UTF-8 text")
    if isinstance(exc, OSError):
        return os_reason(exc)
    if isinstance(exc, sqlite3.Error):
        return sqlite_reason(exc)
    if isinstance(exc, MemoryError):
        return _("there is not enough memory")
    return _("an unexpected fault; the details are in the kiosk's log")
