"""The replay clock. No timers: the caller advances it with elapsed wall time, so it is testable.

Times are int64 milliseconds (UTC). Speed runs from 0.25x to 120x; a loop range wraps playback;
"next event" and "previous event" jump through an :class:`~kiosk.core.streams.EventIndex`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

MIN_SPEED, MAX_SPEED = 0.25, 120.0
#: Speeds a guide can pick; the player offers those that suit the recording's length.
SPEED_PRESETS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0, 120.0)


def presets_for(duration_ms: int, target_s: float = 600.0) -> list[float]:
    """Speed presets for a recording: from real time up to the one that plays it in ~10 minutes."""
    needed = duration_ms / 1000 / target_s
    top = next((s for s in SPEED_PRESETS if s >= needed), MAX_SPEED)
    return [s for s in SPEED_PRESETS if 1.0 <= s <= max(top, 4.0)] or [1.0]


@dataclass
class ReplayClock:
    t_start: int
    t_end: int
    position: int = -1
    speed: float = 1.0
    playing: bool = False
    loop: tuple[int, int] | None = None
    listeners: list[Callable[[int], None]] = field(default_factory=list, repr=False)
    _carry: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        if self.t_end < self.t_start:
            raise ValueError("the clock ends before it starts")
        if self.position < 0:
            self.position = self.t_start

    # -- controls
    def play(self) -> None:
        if self.position >= self.t_end and self.loop is None:
            self.seek(self.t_start)
        self.playing = True

    def pause(self) -> None:
        self.playing = False

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, speed: float) -> float:
        self.speed = min(MAX_SPEED, max(MIN_SPEED, float(speed)))
        return self.speed

    def set_loop(self, start: int | None, end: int | None = None) -> None:
        if start is None or end is None:
            self.loop = None
            return
        a, b = sorted((self._clamp(start), self._clamp(end)))
        self.loop = (a, b) if b > a else None
        if self.loop and not a <= self.position <= b:
            self.seek(a)

    def seek(self, t: int) -> int:
        self.position = self._clamp(int(t))
        self._carry = 0.0
        self._notify()
        return self.position

    def next_event(self, index) -> int | None:
        target = index.next_after(self.position)
        if target is not None:
            self.seek(target)
        return target

    def previous_event(self, index, grace_ms: int = 1500) -> int | None:
        # Like a media player: a jump back just after an event goes to the one before it.
        target = index.previous_before(self.position - grace_ms)
        if target is not None:
            self.seek(target)
        return target

    # -- time passing
    def advance(self, elapsed_s: float) -> int:
        """Move on by ``elapsed_s`` seconds of wall time at the current speed."""
        if not self.playing or elapsed_s <= 0:
            return self.position
        step = elapsed_s * 1000.0 * self.speed + self._carry
        whole = int(step)
        self._carry = step - whole
        target = self.position + whole
        if self.loop is not None:
            a, b = self.loop
            if target > b:
                target = a + (target - a) % max(1, b - a)
        elif target >= self.t_end:
            target = self.t_end
            self.playing = False
        self.position = target
        self._notify()
        return self.position

    @property
    def fraction(self) -> float:
        span = self.t_end - self.t_start
        return 0.0 if span <= 0 else (self.position - self.t_start) / span

    def _clamp(self, t: int) -> int:
        return max(self.t_start, min(self.t_end, t))

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener(self.position)
