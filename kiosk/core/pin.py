"""The staff PIN: stored only as a salted scrypt hash; wrong tries lock the pad. No Qt."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field
from typing import Callable

SCHEME = "scrypt"
# scrypt work factors: about 50 ms and 16 MiB on a small kiosk PC.
N, R, P = 2**14, 8, 1
MIN_DIGITS, MAX_DIGITS = 4, 8
FREE_TRIES = 5
#: Lock-out after the fifth wrong try, doubling for every wrong try after it, up to 15 minutes.
BASE_LOCK_S = 30
MAX_LOCK_S = 15 * 60


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


@dataclass
class PinGuard:
    """Counts wrong tries. Five are free; after that each wrong try locks the pad for longer."""

    stored_hash: Callable[[], str]
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    locked_until: float = 0.0
    #: Staff members' own PINs: returns the member whose PIN it is, or None.
    others: Callable[[str], object | None] | None = None
    #: Who the last right PIN belongs to: "admin" for the center's staff PIN, else a member.
    who: object | None = None
    _history: list[float] = field(default_factory=list)

    def has_pin(self) -> bool:
        return bool(self.stored_hash())

    def seconds_locked(self) -> int:
        remaining = self.locked_until - self.clock()
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> bool:
        """True on the right PIN. Refuses (False) without checking while locked."""
        if self.seconds_locked() > 0:
            return False
        self.who = None
        if verify_pin(pin, self.stored_hash()):
            self.who = "admin"
        elif self.others is not None:
            self.who = self.others(pin)
        if self.who is not None:
            self.failures = 0
            self.locked_until = 0.0
            return True
        self.failures += 1
        if self.failures >= FREE_TRIES:
            extra = self.failures - FREE_TRIES
            self.locked_until = self.clock() + min(MAX_LOCK_S, BASE_LOCK_S * 2**extra)
        return False

    def tries_left(self) -> int:
        return max(0, FREE_TRIES - self.failures)
