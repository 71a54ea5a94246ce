"""The packs in data/ open, and are exactly what the generator makes today."""

import pytest

from kiosk import paths
from kiosk.core.pack_reader import Pack
from kiosk.core.samples import make_samples

SHIPPED = sorted(paths.samples_dir().glob("*.pack"))


def test_three_sample_packs_ship():
    assert [p.name for p in SHIPPED] == ["ansan-autonomous-bus.pack", "anyang-cctv-ai.pack", "anyang-disaster-day.pack"]
    assert sum(p.stat().st_size for p in SHIPPED) < 30_000_000


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_pack_opens_in_all_eight_languages(path):
    with Pack.open(path) as pack:
        assert set(pack.manifest.title) == {"ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms"}
        assert pack.manifest.chapters


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_chapter_has_the_guides_notes_in_every_language_of_its_caption(path):
    with Pack.open(path) as pack:
        assert pack.manifest.version == "1.1"
        for n, chapter in enumerate(pack.manifest.chapters, 1):
            assert {"ko", "en"} <= set(chapter.notes), f"chapter {n}"
            assert set(chapter.notes) == set(chapter.caption), f"chapter {n}"
            # talking points for the guide, not the visitors' caption again
            assert all(chapter.notes[lang] != chapter.caption[lang] for lang in chapter.notes), f"chapter {n}"


def test_shipped_packs_match_the_generator(tmp_path):
    made = {p.name: p for p in make_samples(tmp_path)}
    for path in SHIPPED:
        with Pack.open(path) as shipped, Pack.open(made[path.name]) as fresh:
            stale = f"{path.name} is out of date: run `kiosk pack make-samples`"
            assert shipped.manifest.checksum == fresh.manifest.checksum, stale
            # the checksum covers the rows and columns; the manifest (captions, notes) is compared here
            assert shipped.manifest.to_json() == fresh.manifest.to_json(), stale
