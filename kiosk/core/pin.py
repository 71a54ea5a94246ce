"""The staff PIN: stored only as a salted scrypt hash; wrong tries lock the pad. No Qt.

One PIN, one person: the center's staff PIN (administrator) and each member's own PIN are all
different, so a PIN says who signs in. A PIN two people share signs nobody in
(:class:`SharedPin`); the store refuses to create such a clash.

Checking a PIN costs one scrypt call (about 50 ms) per stored PIN, so with many members it is
slow. :func:`who_has_pin` is pure (no database, no shared state: it reads only its arguments) and
safe to run on a worker thread; :class:`PinGuard` counts the outcome afterwards, on the thread
that owns it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, TypeVar

from kiosk.core.errors import PinError
from kiosk.i18n import _

SCHEME = "scrypt"
# scrypt work factors: about 50 ms and 16 MiB on a small kiosk PC.
N, R, P = 2**14, 8, 1
MIN_DIGITS, MAX_DIGITS = 4, 8
FREE_TRIES = 5
#: Lock-out after the fifth wrong try, doubling for every wrong try after it, up to 15 minutes.
BASE_LOCK_S = 30
MAX_LOCK_S = 15 * 60
#: Who the center's staff PIN signs in: the administrator.
ADMIN = "admin"

Member = TypeVar("Member")


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    enc = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"{SCHEME}${N}${R}${P}${enc(salt)}${enc(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != SCHEME:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


class SharedPin(PinError):
    """The PIN typed belongs to more than one person, so it signs nobody in.

    ``members`` are the members whose own PIN it is, ``center`` whether it is also the center's
    staff PIN. The message says neither."""

    def __init__(self, members: tuple = (), center: bool = False):
        super().__init__(_("This PIN belongs to more than one person, so it signs nobody in. "
                           "An administrator can give each person their own PIN."))
        self.members = tuple(members)
        self.center = center


def who_has_pin(pin: str, center_hash: str, holders: Iterable[tuple[Member, str]]) -> str | Member | None:
    """Who ``pin`` signs in: :data:`ADMIN` for the center's staff PIN (``center_hash``, the
    ``staff_pin_hash`` setting), the member whose own PIN it is (``holders``: pairs of a member
    and their PIN's hash, as ``StaffRepository.pin_holders()`` gives them), or None.

    Raises :class:`SharedPin` when the PIN is more than one person's. Every hash is checked,
    whoever matches first, so this takes one scrypt call per PIN stored: run it on a worker.
    It is pure and thread-safe: it touches no database and no shared state, only its arguments
    (read ``holders`` on the database's thread and pass the result)."""
    if not valid_pin(pin):
        return None
    center = bool(center_hash) and verify_pin(pin, center_hash)
    members = tuple(member for member, stored in holders if stored and verify_pin(pin, stored))
    if int(center) + len(members) > 1:
        raise SharedPin(members, center)
    if center:
        return ADMIN
    return members[0] if members else None


@dataclass
class PinGuard:
    """Counts wrong tries. Five are free; after that each wrong try locks the pad for longer.

    On the UI thread, in one go: :meth:`check`. With a worker, in three steps, all but the second
    on the thread that owns the guard (it holds no lock)::

        if guard.seconds_locked():          # 1. refuse at once while locked
            ...
        center, holders = settings.get("staff_pin_hash"), staff.pin_holders()
        who = who_has_pin(pin, center, holders)   # 2. on the worker (SharedPin: see below)
        if guard.record(who):               # 3. back on the UI thread: sign in guard.who
            ...

    A :class:`SharedPin` from step 2 is not a wrong try: pass it to ``record_shared`` (the
    store's ``note_shared_pin`` keeps it for the administrators' list of clashes)."""

    stored_hash: Callable[[], str]
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    locked_until: float = 0.0
    #: Staff members' own PINs: returns the member whose PIN it is, or None.
    others: Callable[[str], object | None] | None = None
    #: Who the last right PIN belongs to: "admin" for the center's staff PIN, else a member.
    who: object | None = None
    #: Every member and their PIN's hash (``StaffRepository.pin_holders``); used instead of
    #: ``others`` when given, so that a PIN two people share signs nobody in.
    holders: Callable[[], Iterable[tuple[object, str]]] | None = None
    #: The last PIN typed was more than one person's (None otherwise).
    shared: SharedPin | None = None
    _history: list[float] = field(default_factory=list)

    def has_pin(self) -> bool:
        return bool(self.stored_hash())

    def seconds_locked(self) -> int:
        remaining = self.locked_until - self.clock()
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> bool:
        """True on the right PIN. Refuses (False) without checking while locked. A PIN more than
        one person has is refused without counting as a wrong try (``shared`` says so)."""
        if self.seconds_locked() > 0:
            return False
        try:
            who = self.identify(pin)
        except SharedPin as exc:
            return self.record_shared(exc)
        return self.record(who)

    def identify(self, pin: str) -> object | None:
        """Who ``pin`` signs in, without counting anything (the slow part of :meth:`check`)."""
        if self.holders is not None:
            return who_has_pin(pin, self.stored_hash(), tuple(self.holders()))
        center = verify_pin(pin, self.stored_hash())
        member = self.others(pin) if self.others is not None else None
        if center and member is not None:
            raise SharedPin((member,), True)
        return ADMIN if center else member

    def record(self, who: object | None) -> bool:
        """Count the outcome of :func:`who_has_pin` for one PIN typed: True when it signs someone
        in (``who``), and the wrong tries start again; False for None, one more wrong try, and
        the pad locks from the fifth. Refused (False, not counted) while locked: a PIN checked on
        a worker while another try locked the pad does not sign in."""
        if self.seconds_locked() > 0:
            self.who = None
            return False
        self.who, self.shared = who, None
        if who is not None:
            self.failures = 0
            self.locked_until = 0.0
            return True
        self.failures += 1
        if self.failures >= FREE_TRIES:
            extra = self.failures - FREE_TRIES
            self.locked_until = self.clock() + min(MAX_LOCK_S, BASE_LOCK_S * 2**extra)
        return False

    def record_shared(self, exc: SharedPin) -> bool:
        """A PIN more than one person has: signs nobody in (False), not a wrong try."""
        self.who, self.shared = None, exc
        return False

    def tries_left(self) -> int:
        return max(0, FREE_TRIES - self.failures)
