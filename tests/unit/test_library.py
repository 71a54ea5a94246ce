import sqlite3

from kiosk.core.library import Library
from tests.unit.test_pack import small_pack


def test_damaged_pack_is_refused_and_the_others_kept(tmp_path):
    good = small_pack(tmp_path / "good.pack")
    bad = small_pack(tmp_path / "bad.pack", id="other")
    conn = sqlite3.connect(bad)
    conn.execute("DELETE FROM phases")
    conn.commit()
    conn.close()
    (tmp_path / "junk.pack").write_bytes(b"not a pack")
    lib = Library.load([tmp_path])
    assert list(lib.packs) == ["t"]
    assert lib.packs["t"].path == good
    assert set(p.name for p in lib.refused) == {"bad.pack", "junk.pack"}
    assert all(message for message in lib.refused.values())
    lib.close()


def test_centers_own_pack_replaces_a_sample_of_the_same_id(tmp_path):
    samples, own = tmp_path / "samples", tmp_path / "own"
    samples.mkdir(), own.mkdir()
    small_pack(samples / "a.pack")
    small_pack(own / "b.pack")
    lib = Library.load([samples, own, tmp_path / "missing"])
    assert lib.packs["t"].path == own / "b.pack"
    lib.close()
