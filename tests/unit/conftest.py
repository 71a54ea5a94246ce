"""Fixtures of the Qt-free unit tests."""

import pytest

from kiosk.store.db import open_database


@pytest.fixture
def db(tmp_path):
    """A fresh visit log, migrated, in the test's own folder."""
    database = open_database(tmp_path / "k.sqlite")
    yield database
    database.close()
