"""Fixtures the demo tests share."""

import pytest

from kiosk import paths
from kiosk.core.pack_reader import Pack


@pytest.fixture(scope="module")
def cctv_pack():
    """The shipped AI-CCTV sample pack (in data/, always part of a checkout), open for a module."""
    opened = Pack.open(paths.samples_dir() / "anyang-cctv-ai.pack")
    yield opened
    opened.close()
