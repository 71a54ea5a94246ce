"""One word per concept: every catalog uses the word i18n/glossary.toml names for each concept,
and none of the variants it rejects, so a visitor never reads two words for one thing."""

import functools
import re
import tomllib
import unicodedata

import pytest
from babel.messages.pofile import read_po

from kiosk import paths

I18N = paths.i18n_dir()
LANGS = sorted(p.stem for p in I18N.glob("*.po"))
TERMS = tomllib.loads((I18N / "glossary.toml").read_text(encoding="utf-8"))["term"]
#: Arabic short vowels, tanwin, shadda and sukun, which a translation may write or leave out.
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")


def fold(text):
    text = unicodedata.normalize("NFC", text).replace("\u202f", " ").replace("\u00a0", " ")
    return ARABIC_MARKS.sub("", text).casefold()


@functools.cache
def english(phrase):
    """``phrase`` as a whole word, in any case, never inside a {placeholder}."""
    return re.compile(r"(?<![\w{])" + re.escape(phrase) + r"(?![\w}])", re.IGNORECASE)


@functools.cache
def messages(name):
    """(context, English text, [translations]) of every message of ``i18n/<name>``."""
    with (I18N / name).open("rb") as handle:
        catalog = read_po(handle)
    out = []
    for m in catalog:
        if not m.id:
            continue
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = list(m.string) if isinstance(m.string, (list, tuple)) else [m.string]
        out.append((m.context, " | ".join(ids), strings))
    return out


def typed(term, msgid):
    """The texts of ``msgid`` where the term's English word is typed in a terminal, not meant."""
    return [m.group() for pattern in term.get("typed", ()) for m in re.finditer(pattern, msgid)]


def meant(term, msgid):
    """``msgid`` with what the term's ``typed`` patterns match taken out."""
    for pattern in term.get("typed", ()):
        msgid = re.sub(pattern, "{}", msgid)
    return msgid


def about(term, context, msgid):
    if "msgid" in term:
        return msgid == term["msgid"] and context == term.get("context")
    msgid = meant(term, msgid)
    if any(english(p).search(msgid) for p in term.get("unless", ())):
        return False
    return any(english(p).search(msgid) for p in term["en"])


def words(term, code):
    if code == "en":
        return [term["msgid"]] if "msgid" in term else list(term["en"])
    word = term["use"][code]
    return [word] if isinstance(word, str) else list(word)


def uses(term, code, translation):
    text, forms = fold(translation), [fold(w) for w in words(term, code)]
    if "msgid" in term:  # a label: the word and nothing else
        return text in forms
    return any(form in text for form in forms)


def test_the_glossary_names_one_word_per_language_for_every_term():
    assert len({t["id"] for t in TERMS}) == len(TERMS)
    for term in TERMS:
        assert ("en" in term) != ("msgid" in term), term["id"]
        assert sorted(term["use"]) == sorted(c for c in LANGS if c != "en"), term["id"]
        assert set(term.get("reject", {})) <= set(LANGS), term["id"]
        assert "en" in term or "typed" not in term, term["id"]
        for pattern in term.get("typed", ()):
            re.compile(pattern)


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t["id"])
def test_every_term_is_about_a_message_of_the_template(term):
    assert any(about(term, ctx, msgid) for ctx, msgid, _s in messages("kiosk.pot")), \
        f"{term['id']}: no message of kiosk.pot is about it any more; update i18n/glossary.toml"


@pytest.mark.parametrize("term, pattern", [(t, p) for t in TERMS for p in t.get("typed", ())],
                         ids=lambda x: x if isinstance(x, str) else x["id"])
def test_every_typed_exemption_matches_a_message_of_the_template(term, pattern):
    assert any(re.search(pattern, msgid) for _ctx, msgid, _s in messages("kiosk.pot")), \
        f"{term['id']}: no message of kiosk.pot types {pattern!r} any more; update i18n/glossary.toml"


@pytest.mark.parametrize("code", LANGS)
def test_what_is_typed_in_a_terminal_is_kept_as_typed(code):
    changed = [f"{msgid!r} -> {s!r} lacks {text!r}" for _ctx, msgid, strings in messages(f"{code}.po")
               for term in TERMS for text in typed(term, msgid) for s in strings if text not in s]
    assert not changed, f"{code}: a command or an option's value is typed as it is, untranslated:\n" + "\n".join(changed)


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t["id"])
@pytest.mark.parametrize("code", LANGS)
def test_every_translation_about_a_term_uses_its_word(code, term):
    drifted = [f"{msgid!r} -> {s!r}" for ctx, msgid, strings in messages(f"{code}.po") if about(term, ctx, msgid)
               for s in strings if not uses(term, code, s)]
    assert not drifted, f"{code}: {term['id']} is {words(term, code)} here:\n" + "\n".join(drifted)


@pytest.mark.parametrize("code", LANGS)
def test_no_translation_uses_a_rejected_variant(code):
    rejected = [(term["id"], variant) for term in TERMS for variant in term.get("reject", {}).get(code, ())]
    found = [f"{s!r} uses {variant!r} (for {term_id}: {words(t, code)})"
             for _ctx, _msgid, strings in messages(f"{code}.po") for s in strings
             for term_id, variant in rejected if fold(variant) in fold(s)
             for t in TERMS if t["id"] == term_id]
    assert not found, "\n".join(found)
