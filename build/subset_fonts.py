#!/usr/bin/env python3
"""Build the subsetted fonts shipped in ``assets/fonts/``.

The kiosk must render Korean, English, Spanish, French, Arabic, Simplified
Chinese, Vietnamese and Malay on a machine whose only system font is DejaVu.
This script takes the Noto fonts installed from the Debian packages
``fonts-noto-core`` and ``fonts-noto-cjk`` and cuts them down to the Unicode
ranges those languages need, so the shipped payload stays small.

Usage (from the repository root)::

    python build/subset_fonts.py --out assets/fonts

Outputs (family name in brackets):

* ``NotoSans-Regular.ttf``, ``NotoSans-Bold.ttf``            ["Noto Sans"]
* ``NotoSansArabic-Regular.ttf``, ``NotoSansArabic-Bold.ttf``  ["Noto Sans Arabic"]
* ``NotoSansCJKsc-Regular.otf``, ``NotoSansCJKsc-Bold.otf``    ["Noto Sans CJK SC"]
* ``OFL.txt``  the SIL Open Font License 1.1 with the Noto copyright notices

Design notes
------------
* Source files are found with ``fc-list`` (with a fallback walk of
  ``/usr/share/fonts``), never by a hard-coded path.
* The Simplified Chinese face is picked out of the ``NotoSansCJK-*.ttc``
  collections by reading every face's ``name`` table; no index is hard-coded.
* If a source font is variable (has ``fvar``), the ``wght`` = 400 / 700
  instance is made with ``fontTools.varLib.instancer`` before subsetting.
  (Debian's fonts-noto-core 20201225 ships static fonts, so this path is
  normally not taken.)
* All OpenType layout features are kept (``layout_features=['*']``): Arabic
  joining/ligatures, Vietnamese mark positioning and Hangul jamo composition
  depend on them.  The CJK face alone drops ``locl`` (Japanese, Korean and
  Traditional regional variants of Han characters: the kiosk shows Chinese in
  Simplified forms and Korean in Hangul) and the vertical-writing features and
  tables.  Hinting is dropped to save space.
* The GB2312 Hanzi repertoire (levels 1 and 2, 6,763 characters) is derived
  in code by decoding every 2-byte GB2312 code in rows 16-87 with Python's
  ``gb2312`` codec.
* Output is deterministic: the ``head.modified`` timestamp of the source font
  is kept (no re-stamping with the build time), so re-running the script on
  the same Debian package versions gives byte-identical files.

Requires: fontTools (``pip install fonttools``); Debian packages
``fonts-noto-core`` and ``fonts-noto-cjk``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

FONT_ROOT = Path("/usr/share/fonts")
CJK_COPYRIGHT_FILE = Path("/usr/share/doc/fonts-noto-cjk/copyright")

# SHA-256 of the SIL OFL 1.1 text (from the "-----" banner to "...IN THE FONT
# SOFTWARE.", LF line endings, trailing newline) as carried, wrapped the same
# way as the upstream OFL.txt, in Debian's fonts-noto-cjk copyright file.
# Guards against copying a damaged or different licence text.
OFL_BODY_SHA256 = "3126fa95049732978c4419e97fa17b0c242ab8160c6c721b8be63448058c96c3"

# ---------------------------------------------------------------------------
# Unicode repertoires
# ---------------------------------------------------------------------------


def r(first: int, last: int) -> range:
    """Inclusive code point range."""
    return range(first, last + 1)


ASCII = r(0x0020, 0x007E)
ASCII_DIGITS_PUNCT = [
    cp for cp in ASCII if not chr(cp).isalpha()
]  # space, digits, punctuation and symbols of Basic Latin

# Note: Debian's Noto Sans 2.004 has no glyphs in Arrows and Mathematical
# Operators and only U+25CC in Geometric Shapes; those ranges are requested
# anyway (a newer source may have them) and fall back to DejaVu Sans today.
LATIN_RANGES = [
    ("Basic Latin", r(0x0020, 0x007E)),
    ("Latin-1 Supplement", r(0x00A0, 0x00FF)),
    ("Latin Extended-A", r(0x0100, 0x017F)),
    ("Latin Extended-B", r(0x0180, 0x024F)),
    ("Combining Diacritical Marks", r(0x0300, 0x036F)),
    ("Latin Extended Additional (Vietnamese)", r(0x1E00, 0x1EFF)),
    ("General Punctuation", r(0x2000, 0x206F)),
    ("Currency Symbols", r(0x20A0, 0x20CF)),
    ("Letterlike Symbols", r(0x2100, 0x214F)),
    ("Arrows", r(0x2190, 0x21FF)),
    ("Mathematical Operators", r(0x2200, 0x22FF)),
    ("Geometric Shapes", r(0x25A0, 0x25FF)),
    ("bullet, ellipsis, middle dot", [0x2022, 0x2026, 0x00B7]),
]

ARABIC_RANGES = [
    ("Arabic", r(0x0600, 0x06FF)),
    ("Arabic Supplement", r(0x0750, 0x077F)),
    ("Arabic Presentation Forms-A", r(0xFB50, 0xFDFF)),
    ("Arabic Presentation Forms-B", r(0xFE70, 0xFEFF)),
    ("ASCII digits and punctuation", ASCII_DIGITS_PUNCT),
    ("Arabic comma/semicolon/question mark, decimal/thousands separators",
     [0x060C, 0x061B, 0x061F, 0x066B, 0x066C]),
    ("ZWNJ, ZWJ, LRM, RLM", r(0x200C, 0x200F)),
]


def gb2312_hanzi() -> list[int]:
    """All GB2312 Hanzi (level 1: rows 16-55, level 2: rows 56-87).

    Every 2-byte EUC-CN code 0xB0A1..0xF7FE is decoded with Python's
    ``gb2312`` codec; unassigned cells (e.g. the end of row 55) raise
    UnicodeDecodeError and are skipped.  Result: 6,763 code points.
    """
    out = []
    for row in range(16, 88):
        for cell in range(1, 95):
            try:
                ch = bytes([0xA0 + row, 0xA0 + cell]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.append(ord(ch))
    if len(out) != 6763:
        raise SystemExit(f"expected 6763 GB2312 Hanzi, codec gave {len(out)}")
    return out


CJK_RANGES = [
    ("Hangul Syllables", r(0xAC00, 0xD7A3)),
    ("Hangul Jamo", r(0x1100, 0x11FF)),
    ("Hangul Compatibility Jamo", r(0x3130, 0x318F)),
    ("CJK Symbols and Punctuation", r(0x3000, 0x303F)),
    ("Halfwidth and Fullwidth Forms", r(0xFF00, 0xFFEF)),
    ("GB2312 Hanzi, levels 1+2", gb2312_hanzi()),
    ("Arrows (the interface's back arrows)", r(0x2190, 0x21FF)),
    ("Mathematical Operators (≥, ≤, ±, × in messages)", r(0x2200, 0x22FF)),
    ("ASCII", ASCII),
]

# Interface symbols the text fonts lack: keypad backspace, media controls for the replay
# player, check and cross marks, warning sign, filled and hollow shapes.
SYMBOL_RANGES = [
    ("Miscellaneous Technical (backspace, media controls)", r(0x2300, 0x23FF)),
    ("Geometric Shapes", r(0x25A0, 0x25FF)),
    ("Miscellaneous Symbols (warning sign, stars)", r(0x2600, 0x26FF)),
    ("Dingbats (check and cross marks)", r(0x2700, 0x27BF)),
]

# ---------------------------------------------------------------------------
# Output specification
# ---------------------------------------------------------------------------

# (output file, expected family, source file name, face family in source,
#  wght for variable sources, repertoire)
FONTS = [
    ("NotoSans-Regular.ttf", "Noto Sans", "NotoSans-Regular.ttf", None, 400, LATIN_RANGES),
    ("NotoSans-Bold.ttf", "Noto Sans", "NotoSans-Bold.ttf", None, 700, LATIN_RANGES),
    ("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", "NotoSansArabic-Regular.ttf", None, 400, ARABIC_RANGES),
    ("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", "NotoSansArabic-Bold.ttf", None, 700, ARABIC_RANGES),
    ("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC", "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", 400, CJK_RANGES),
    ("NotoSansCJKsc-Bold.otf", "Noto Sans CJK SC", "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", 700, CJK_RANGES),
    ("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols2", "NotoSansSymbols2-Regular.ttf", None, 400, SYMBOL_RANGES),
]

# Variable-font fallbacks: if the static file is absent, these are tried.
VARIABLE_FALLBACKS = {
    "NotoSans-Regular.ttf": ["NotoSans[wdth,wght].ttf", "NotoSans-VF.ttf"],
    "NotoSans-Bold.ttf": ["NotoSans[wdth,wght].ttf", "NotoSans-VF.ttf"],
    "NotoSansArabic-Regular.ttf": ["NotoSansArabic[wdth,wght].ttf", "NotoSansArabic-VF.ttf"],
    "NotoSansArabic-Bold.ttf": ["NotoSansArabic[wdth,wght].ttf", "NotoSansArabic-VF.ttf"],
}

# Copyright lines placed above the licence text in OFL.txt.
COPYRIGHT_HEADER = """\
Noto Sans, Noto Sans Arabic:
Copyright 2012 Google Inc. All Rights Reserved.
Copyright 2015 Google LLC. All Rights Reserved.
Copyright 2015-2020 Google LLC. All Rights Reserved.

Noto Sans CJK SC:
Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.
"""

OFL_PREAMBLE = """\
This Font Software is licensed under the SIL Open Font License, Version 1.1.
This license is copied below, and is also available with a FAQ at:
http://scripts.sil.org/OFL


"""

# Name records kept: copyright, family, subfamily, unique ID, full name,
# version, PostScript name, trademark, licence description, licence URL,
# typographic family/subfamily (if present).
NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14, 16, 17]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def find_font_file(basename: str) -> Path | None:
    """Locate an installed font file by its file name (fc-list, then a walk)."""
    candidates: set[str] = set()
    try:
        out = subprocess.run(
            ["fc-list", "--format", "%{file}\n"],
            check=True, capture_output=True, text=True,
        ).stdout
        candidates.update(line for line in out.splitlines() if line)
    except (OSError, subprocess.CalledProcessError):
        pass
    for path in sorted(candidates):
        if os.path.basename(path) == basename and os.path.isfile(path):
            return Path(path)
    for dirpath, _dirs, files in sorted(os.walk(FONT_ROOT)):
        if basename in files:
            return Path(dirpath) / basename
    return None


def family_name(font: TTFont) -> str | None:
    """Typographic family (nameID 16) if present, else legacy family (nameID 1)."""
    name = font["name"]
    for name_id in (16, 1):
        rec = name.getName(name_id, 3, 1, 0x409) or name.getName(name_id, 1, 0, 0)
        if rec is not None:
            return rec.toUnicode()
    return None


def legacy_family_name(font: TTFont) -> str | None:
    rec = font["name"].getName(1, 3, 1, 0x409) or font["name"].getName(1, 1, 0, 0)
    return rec.toUnicode() if rec is not None else None


def collection_index(path: Path, family: str) -> int:
    """Index of the face in a .ttc whose family name is exactly ``family``."""
    coll = TTCollection(str(path), lazy=True)
    try:
        for idx, face in enumerate(coll.fonts):
            if family in (family_name(face), legacy_family_name(face)):
                return idx
    finally:
        coll.close()
    raise SystemExit(f"no face named {family!r} in {path}")


def load_source(basename: str, face_family: str | None, wght: int) -> tuple[TTFont, Path]:
    path = find_font_file(basename)
    if path is None:
        for alt in VARIABLE_FALLBACKS.get(basename, []):
            path = find_font_file(alt)
            if path is not None:
                break
    if path is None:
        raise FileNotFoundError(basename)
    kwargs = {"recalcTimestamp": False}
    if face_family is not None:
        kwargs["fontNumber"] = collection_index(path, face_family)
    font = TTFont(str(path), **kwargs)
    if "fvar" in font:
        from fontTools.varLib import instancer

        axes = {a.axisTag: a for a in font["fvar"].axes}
        limits = {"wght": wght}
        # Pin every other axis at its default so we get a static font.
        for tag, axis in axes.items():
            if tag != "wght":
                limits[tag] = axis.defaultValue
        font = instancer.instantiateVariableFont(
            font, limits, updateFontNames="STAT" in font
        )
    return font, path


def codepoints(ranges) -> list[int]:
    cps: set[int] = set()
    for _label, cp_range in ranges:
        cps.update(cp_range)
    return sorted(cps)


CJK_DROPPED_FEATURES = {"locl", "vert", "vrt2", "vkna", "vkrn", "vpal", "vhal", "valt"}


def subset_options() -> subset.Options:
    opts = subset.Options()
    opts.layout_features = ["*"]   # keep every OpenType layout feature
    opts.layout_scripts = ["*"]
    opts.hinting = False           # drop TrueType instructions / CFF hints
    opts.name_IDs = NAME_IDS
    opts.name_languages = [0x0409]  # English (US) names only
    opts.name_legacy = False
    opts.notdef_outline = True     # visible .notdef rather than an empty one
    opts.glyph_names = False
    opts.recalc_timestamp = False
    opts.canonical_order = True
    return opts


def build_font(spec, out_dir: Path) -> dict:
    out_name, want_family, src_name, face_family, wght, ranges = spec
    font, src_path = load_source(src_name, face_family, wght)
    wanted = codepoints(ranges)
    options = subset_options()
    if "CJK" in want_family:
        # The kiosk sets Chinese in Simplified forms and Korean in Hangul, horizontally:
        # drop the regional variants (locl: about 5,800 glyphs) and the vertical-writing
        # features and tables, about 1.3 MB a weight.
        tags = set()
        for table in ("GSUB", "GPOS"):
            if table in font and font[table].table.FeatureList:
                tags.update(rec.FeatureTag for rec in font[table].table.FeatureList.FeatureRecord)
        options.layout_features = sorted(tags - CJK_DROPPED_FEATURES)
        options.drop_tables = list(options.drop_tables) + ["vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    got_family = family_name(font)
    if got_family != want_family:
        raise SystemExit(f"{out_name}: family {got_family!r} != {want_family!r}")
    mapped = len(font.getBestCmap())
    out_path = out_dir / out_name
    font.save(str(out_path))
    font.close()
    return {"file": out_name, "source": str(src_path), "family": got_family,
            "size": out_path.stat().st_size, "requested": len(wanted),
            "mapped": mapped}


def ofl_body() -> str:
    """Extract the SIL OFL 1.1 text from Debian's fonts-noto-cjk copyright file."""
    text = CJK_COPYRIGHT_FILE.read_text(encoding="utf-8")
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if lines[0].strip() in ("License: SIL-1.1", "License: OFL-1.1") and len(lines) > 10:
            body = []
            for line in lines[1:]:
                line = line[1:] if line.startswith(" ") else line
                body.append("" if line == "." else line)
            result = "\n".join(body).rstrip("\n") + "\n"
            digest = hashlib.sha256(result.encode("utf-8")).hexdigest()
            if digest != OFL_BODY_SHA256:
                raise SystemExit(f"OFL text in {CJK_COPYRIGHT_FILE} changed (sha256 {digest})")
            return result
    raise SystemExit(f"no OFL licence paragraph found in {CJK_COPYRIGHT_FILE}")


def write_ofl(out_dir: Path) -> None:
    (out_dir / "OFL.txt").write_text(
        COPYRIGHT_HEADER + "\n" + OFL_PREAMBLE + ofl_body(), encoding="utf-8"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("assets/fonts"),
                        help="output directory (default: assets/fonts)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    total = 0
    for spec in FONTS:
        try:
            info = build_font(spec, args.out)
        except FileNotFoundError as exc:
            print(f"SKIPPED {spec[0]}: source {exc} not installed", file=sys.stderr)
            continue
        total += info["size"]
        print(f"{info['file']:<28} {info['size'] / 1024:9.1f} KB  "
              f"family={info['family']!r}  chars {info['mapped']}/{info['requested']}"
              f"  from {info['source']}")
    write_ofl(args.out)
    print(f"{'total (fonts)':<28} {total / 1024:9.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
