"""Sample recorded packs: three simulated days built from DOMAIN.md's real places and figures. No Qt here.

``make_samples(out_dir)`` writes

- ``anyang-disaster-day.pack``: flash flood, road closures, evacuation, a market fire, a missing
  person found on CCTV and festival crowd density, with gauges, response units and a story;
- ``anyang-cctv-ai.pack``: seven cameras as privacy-safe detection boxes with AI events;
- ``ansan-autonomous-bus.pack``: three shuttles on Ansan's pilot route for a service day.

Everything visible is given in the kiosk's eight languages, and so are the notes the guide reads
during each story chapter (``notes/``). Generation is deterministic: the same seed gives
byte-identical files (no wall-clock time, a fixed ``created`` stamp).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

#: The ``created`` stamp of every sample manifest (a fixed value keeps the files reproducible).
CREATED = "2026-06-01T00:00:00+00:00"
DEFAULT_SEED = 20240422
FILES = ("anyang-disaster-day.pack", "anyang-cctv-ai.pack", "ansan-autonomous-bus.pack")


def make_samples(out_dir: Path, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write the three sample packs into ``out_dir`` (created if missing); return their paths."""
    from kiosk.core.samples import bus, cctv, disaster

    out_dir = Path(out_dir)
    builders = (disaster.build, cctv.build, bus.build)
    paths = []
    for index, (name, build) in enumerate(zip(FILES, builders)):
        # one independent stream per pack, so that changing one pack never reshuffles another
        rng = np.random.default_rng([seed, index])
        paths.append(build(out_dir / name, rng, CREATED))
    return paths
