"""Korean typed on the 2-set layout comes out as the words a Korean speaker expects."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import hangul
from kiosk.core.hangul import HangulComposer, type_keys


@pytest.mark.parametrize("keys, word", [
    ("ㅎㅏㄴㄱㅜㄱ", "한국"),
    ("ㅇㅏㄴㅇㅑㅇ", "안양"),
    ("ㄷㅏㄹㄱ", "닭"),
    ("ㄷㅏㄹㄱㅇㅣ", "닭이"),
    ("ㄷㅏㄹㄱㅣ", "달기"),  # a vowel takes the second half of a double final
    ("ㅇㅣㄹㄱㅇㅓ", "읽어"),
    ("ㅇㅣㄹㄱㅓ", "일거"),
    ("ㄱㅗㅐㄴㅊㅏㄴㅎㅇㅏ", "괜찮아"),
    ("ㅇㅡㅣㅈㅓㅇㅂㅜ", "의정부"),
    ("ㄸㅜㅣㅇㅓ", "뛰어"),
    ("ㅎㅏㄴㅏ", "하나"),  # a vowel takes a single final
    ("ㄱㅘㅇㅈㅜ", "광주"),
    ("ㅂㅏㄸㅏ", "바따"),  # ㄸ cannot end a syllable, so it starts the next
    ("ㅇㅣㅆㄷㅏ", "있다"),
    ("ㄱㅏㅂㅅ", "값"),
])
def test_real_words(keys, word):
    assert type_keys(keys) == word


def test_the_syllable_being_typed_is_preedit_until_the_next_one_starts():
    c = HangulComposer()
    assert c.press("ㅎ") == ("", "ㅎ")
    assert c.press("ㅏ") == ("", "하")
    assert c.press("ㄴ") == ("", "한")
    assert c.press("ㄱ") == ("한", "ㄱ")
    assert c.press("ㅜ") == ("", "구")
    assert c.press("ㄱ") == ("", "국")
    assert c.flush() == "국"
    assert c.preedit == "" and not c.is_composing()


def test_a_vowel_after_a_double_final_moves_its_second_half():
    c = HangulComposer()
    for key in "ㄷㅏㄹ":
        c.press(key)
    assert c.press("ㄱ") == ("", "닭")
    assert c.press("ㅏ") == ("달", "가")


def test_backspace_takes_back_one_key_inside_the_syllable():
    c = HangulComposer()
    for key in "ㅎㅏㄴ":
        c.press(key)
    assert c.backspace() == (True, "하")
    assert c.backspace() == (True, "ㅎ")
    assert c.backspace() == (True, "")
    assert c.backspace() == (False, "")  # nothing composed: the field deletes a character


def test_backspace_undoes_compound_vowels_and_finals_one_half_at_a_time():
    c = HangulComposer()
    for key in "ㄱㅗㅐㄴ":
        c.press(key)
    assert c.preedit == "괜"
    assert c.backspace() == (True, "괘")
    assert c.backspace() == (True, "고")
    c.flush()
    for key in "ㄷㅏㄹㄱ":
        c.press(key)
    assert c.backspace() == (True, "달")


def test_backspace_after_a_moved_final_edits_the_new_syllable_only():
    c = HangulComposer()
    for key in "ㅎㅏㄴ":
        c.press(key)
    assert c.press("ㅏ") == ("하", "나")
    assert c.backspace() == (True, "ㄴ")
    assert c.backspace() == (True, "")


def test_a_lone_jamo_is_committed_as_the_compatibility_jamo():
    assert type_keys("ㅏ") == "ㅏ"
    assert type_keys("ㅗㅏ") == "ㅘ"
    assert type_keys("ㄲ") == "ㄲ"
    assert type_keys("ㅏㄱ") == "ㅏㄱ"  # a consonant does not end a syllable that has no initial
    assert type_keys("ㄱㄴ") == "ㄱㄴ"


def test_vowels_that_do_not_join_start_a_new_syllable():
    assert type_keys("ㄱㅏㅏ") == "가ㅏ"
    assert type_keys("ㅇㅗㅓ") == "오ㅓ"


def test_other_characters_commit_the_syllable_then_themselves():
    c = HangulComposer()
    for key in "ㅅㅣ":
        c.press(key)
    assert c.press(" ") == ("시 ", "")
    assert c.press("7") == ("7", "")


def test_shifted_keys_give_double_consonants_and_the_two_vowels():
    shifted = {latin: pair[1] for latin, pair in hangul.DUBEOLSIK.items() if pair[0] != pair[1]}
    assert shifted == {"q": "ㅃ", "w": "ㅉ", "e": "ㄸ", "r": "ㄲ", "t": "ㅆ", "o": "ㅒ", "p": "ㅖ"}
    assert type_keys("".join(hangul.DUBEOLSIK[k][0] for k in "gksrnr")) == "한국"


def test_compose_and_decompose_are_inverse_over_every_syllable():
    for code in range(hangul.SYLLABLE_FIRST, hangul.SYLLABLE_LAST + 1):
        assert hangul.compose(*hangul.decompose(chr(code))) == chr(code)


KEYS = st.lists(st.one_of(st.sampled_from(sorted(hangul.KEY_JAMO)), st.just("<bs>")), max_size=40)


def _is_hangul(ch: str) -> bool:
    return hangul.SYLLABLE_FIRST <= ord(ch) <= hangul.SYLLABLE_LAST or 0x3131 <= ord(ch) <= 0x318E


@given(KEYS)
def test_any_key_sequence_gives_only_hangul_and_never_raises(keys):
    c = HangulComposer()
    written = []
    for key in keys:
        if key == "<bs>":
            handled, preedit = c.backspace()
            if not handled and written:
                written.pop()
        else:
            commit, preedit = c.press(key)
            written.extend(commit)
        assert len(preedit) <= 1 and all(_is_hangul(ch) for ch in preedit)
    written.extend(c.flush())
    assert all(_is_hangul(ch) for ch in written)
    assert all(unicodedata.name(ch).startswith("HANGUL") for ch in written)
    assert len(written) <= sum(k != "<bs>" for k in keys)
