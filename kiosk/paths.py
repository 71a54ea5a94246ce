"""Where things live: shipped resources, and the writable config, data and log folders.

No Qt here. Three layouts are supported:

* installed or run from a checkout: the platformdirs folders of the current user;
* portable: a file named ``portable`` next to the executable (or, when running from a
  checkout, in the project folder) keeps everything in ``kiosk-data/`` beside it, for a
  USB stick at an expo;
* explicit: ``--config FILE`` and ``--data-dir DIR`` override either of the above.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kiosk import APP_AUTHOR, APP_ID

PORTABLE_MARKER = "portable"
PORTABLE_FOLDER = "kiosk-data"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resource_root() -> Path:
    """The folder holding assets/, i18n/ and data/ (the bundle's folder when frozen)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def app_dir() -> Path:
    """The folder a ``portable`` marker is looked for in."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    return resource_root() / "assets"


def i18n_dir() -> Path:
    return resource_root() / "i18n"


def samples_dir() -> Path:
    return resource_root() / "data"


@dataclass(frozen=True)
class Paths:
    config_file: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / "kiosk.sqlite"

    @property
    def packs_dir(self) -> Path:
        """Packs a center adds itself; the shipped samples stay in :func:`samples_dir`."""
        return self.data_dir / "packs"

    def ensure(self) -> "Paths":
        for folder in (self.config_file.parent, self.data_dir, self.log_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(config: str | os.PathLike | None = None, data_dir: str | os.PathLike | None = None) -> Paths:
    """Work out every writable location from the command line and the portable marker."""
    portable = (app_dir() / PORTABLE_MARKER).exists()
    if portable:
        base = app_dir() / PORTABLE_FOLDER
        default_config = base / "config" / "settings.json"
        default_data = base / "data"
        default_logs = base / "logs"
        default_cache = base / "cache"
    else:
        dirs = platformdirs.PlatformDirs(APP_ID, APP_AUTHOR)
        default_config = Path(dirs.user_config_dir) / "settings.json"
        default_data = Path(dirs.user_data_dir)
        default_logs = Path(dirs.user_log_dir)
        default_cache = Path(dirs.user_cache_dir)

    data = Path(data_dir).expanduser().resolve() if data_dir else default_data
    # An explicit data folder keeps logs and caches inside it too, so a test or a second
    # kiosk on the same machine never writes into the user's folders.
    logs = data / "logs" if data_dir else default_logs
    cache = data / "cache" if data_dir else default_cache
    if config:
        config_file = Path(config).expanduser().resolve()
    elif data_dir:
        config_file = data / "settings.json"
    else:
        config_file = default_config
    return Paths(config_file=config_file, data_dir=data, log_dir=logs, cache_dir=cache, portable=portable)
