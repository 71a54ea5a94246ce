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


def test_a_pack_verified_and_unchanged_is_not_checksummed_again_but_a_changed_one_is(tmp_path, monkeypatch):
    import os

    from kiosk.core import library as library_mod
    from kiosk.core.library import PackChecks

    path = small_pack(tmp_path / "good.pack")
    checks = PackChecks()
    Library.load([tmp_path], checks=checks).close()
    assert checks.known[path].pack_id == "t"

    verified = []
    real_open = library_mod.Pack.open
    monkeypatch.setattr(library_mod.Pack, "open",
                        staticmethod(lambda p, verify=True: verified.append(verify) or real_open(p, verify=verify)))
    Library.load([tmp_path], checks=checks).close()
    assert verified == [False]  # known, same size and time: opened without the checksum

    # damaged after it was checked: the file changed, so it is checked again, and refused
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM phases")
    conn.commit()
    conn.close()
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    lib = Library.load([tmp_path], checks=checks)
    assert verified == [False, True] and not lib.packs and path in lib.refused
    assert checks.known[path].pack_id is None and checks.known[path].refused
    lib.close()
