"""Filling in a trip's stop times: GTFS lets intermediate stops leave both times empty. No Qt here."""

from __future__ import annotations

import numpy as np

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.gtfs._feed import _Trip, _Warnings, _cumulative, _fault_empty
from kiosk.i18n import _


def _time_trip(trip: _Trip, items: list, stop_pos: dict[str, tuple[float, float]], warnings: _Warnings) -> None:
    """Fill a trip's times: one of arrival/departure stands for the other; stops without
    either are interpolated by distance between the timed stops around them; times that go
    back are raised to the time before (with a warning)."""
    file = "stop_times.txt"
    arrivals = [arr if arr is not None else dep for (_s, _l, _id, arr, dep, _d) in items]
    departures = [dep if dep is not None else arr for (_s, _l, _id, arr, dep, _d) in items]
    for k in (0, len(items) - 1):
        if arrivals[k] is None:
            raise ImportFailed(file, _fault_empty("arrival_time"), row=items[k][1])
    if any(a is None for a in arrivals):
        pos = [stop_pos.get(item[2]) for item in items]
        if all(p is not None for p in pos):
            lat = np.array([p[0] for p in pos])
            lon = np.array([p[1] for p in pos])
            along = _cumulative(lat, lon)
        else:
            along = np.arange(len(items), dtype=float)
        k = 0
        while k < len(items):
            if arrivals[k] is not None:
                k += 1
                continue
            i = k - 1
            j = k
            while arrivals[j] is None:
                j += 1
            span = along[j] - along[i]
            for m in range(i + 1, j):
                frac = (along[m] - along[i]) / span if span > 0 else (m - i) / (j - i)
                value = int(round(departures[i] + (arrivals[j] - departures[i]) * frac))
                arrivals[m] = departures[m] = value
            k = j
    previous = arrivals[0]
    for k in range(len(items)):
        if arrivals[k] < previous or departures[k] < arrivals[k]:
            warnings.add("backwards", file, _(
                "trip {trip} goes back in time; its times are taken as no earlier than the stop before").format(
                trip=trip.id), items[k][1])
            arrivals[k] = max(arrivals[k], previous)
            departures[k] = max(departures[k], arrivals[k])
        previous = departures[k]
    trip.stops = [item[2] for item in items]
    trip.seqs = [item[0] for item in items]
    trip.arrivals = arrivals
    trip.departures = departures
    trip.dists = [item[5] for item in items]
