"""Typing Korean on the standard 2-set layout (두벌식, KS X 5002). No Qt.

Keys give compatibility jamo (ㄱ, ㅏ ...). :class:`HangulComposer` turns them into syllables:
an initial consonant, a vowel (two may join: ㅗ+ㅏ=ㅘ) and a final consonant (two may join:
ㄹ+ㄱ=ㄺ). The syllable being typed is the *preedit*, shown underlined in the field; it is
*committed* (written for good) when the next key cannot join it. A vowel after a final takes
that final (or the second half of a double final) to start the next syllable: 한+ㅏ → 하나,
닭+ㅏ → 달가. Backspace takes back one key at a time inside the syllable being typed.

Syllables are made with Unicode arithmetic: 0xAC00 + (initial × 21 + medial) × 28 + final.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The 19 initial consonants, the 21 vowels and the 27 finals, in Unicode's order.
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"  # final index - 1 (0: none)

SYLLABLE_FIRST, SYLLABLE_LAST = 0xAC00, 0xD7A3

COMPOUND_VOWELS = {
    ("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
COMPOUND_FINALS = {
    ("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}
SPLIT_FINALS = {compound: pair for pair, compound in COMPOUND_FINALS.items()}

#: The 2-set layout: the Latin key, the jamo it types, and the jamo it types with shift.
DUBEOLSIK_ROWS: tuple[tuple[tuple[str, str, str], ...], ...] = (
    (("q", "ㅂ", "ㅃ"), ("w", "ㅈ", "ㅉ"), ("e", "ㄷ", "ㄸ"), ("r", "ㄱ", "ㄲ"), ("t", "ㅅ", "ㅆ"),
     ("y", "ㅛ", "ㅛ"), ("u", "ㅕ", "ㅕ"), ("i", "ㅑ", "ㅑ"), ("o", "ㅐ", "ㅒ"), ("p", "ㅔ", "ㅖ")),
    (("a", "ㅁ", "ㅁ"), ("s", "ㄴ", "ㄴ"), ("d", "ㅇ", "ㅇ"), ("f", "ㄹ", "ㄹ"), ("g", "ㅎ", "ㅎ"),
     ("h", "ㅗ", "ㅗ"), ("j", "ㅓ", "ㅓ"), ("k", "ㅏ", "ㅏ"), ("l", "ㅣ", "ㅣ")),
    (("z", "ㅋ", "ㅋ"), ("x", "ㅌ", "ㅌ"), ("c", "ㅊ", "ㅊ"), ("v", "ㅍ", "ㅍ"), ("b", "ㅠ", "ㅠ"),
     ("n", "ㅜ", "ㅜ"), ("m", "ㅡ", "ㅡ")),
)
DUBEOLSIK = {latin: (plain, shifted) for row in DUBEOLSIK_ROWS for latin, plain, shifted in row}

#: Every jamo a 2-set key can type.
KEY_JAMO = frozenset(j for row in DUBEOLSIK_ROWS for _latin, plain, shifted in row for j in (plain, shifted))


def is_consonant(ch: str) -> bool:
    return len(ch) == 1 and ch in INITIALS


def is_vowel(ch: str) -> bool:
    return len(ch) == 1 and ch in MEDIALS


def is_jamo(ch: str) -> bool:
    return is_consonant(ch) or is_vowel(ch)


def compose(initial: str, medial: str, final: str = "") -> str:
    """One syllable from its compatibility jamo: compose("ㅎ", "ㅏ", "ㄴ") == "한"."""
    code = SYLLABLE_FIRST + (INITIALS.index(initial) * 21 + MEDIALS.index(medial)) * 28
    return chr(code + (FINALS.index(final) + 1 if final else 0))


def decompose(syllable: str) -> tuple[str, str, str]:
    """The jamo of one syllable: decompose("닭") == ("ㄷ", "ㅏ", "ㄺ")."""
    offset = ord(syllable) - SYLLABLE_FIRST
    if not 0 <= offset <= SYLLABLE_LAST - SYLLABLE_FIRST:
        raise ValueError(f"not a Hangul syllable: {syllable!r}")
    final = offset % 28
    return INITIALS[offset // 28 // 21], MEDIALS[offset // 28 % 21], FINALS[final - 1] if final else ""


@dataclass(frozen=True)
class _Syllable:
    initial: str = ""
    medial: str = ""
    final: str = ""

    def text(self) -> str:
        if self.initial and self.medial:
            return compose(self.initial, self.medial, self.final)
        return self.initial or self.medial  # a lone jamo stays a compatibility jamo

    def __bool__(self) -> bool:
        return bool(self.initial or self.medial)


EMPTY = _Syllable()


class HangulComposer:
    """The 2-set automaton: feed it jamo, show its preedit, write what it commits.

    >>> c = HangulComposer()
    >>> [c.press(j) for j in "ㅎㅏㄴ"][-1]
    ('', '한')
    >>> c.press("ㅏ")
    ('하', '나')
    """

    def __init__(self) -> None:
        self._current = EMPTY
        self._history: list[_Syllable] = []  # the states before each key of the current syllable

    @property
    def preedit(self) -> str:
        return self._current.text()

    def is_composing(self) -> bool:
        return bool(self._current)

    def press(self, key: str) -> tuple[str, str]:
        """Type one key; returns (text committed now, the new preedit).

        Anything that is not a jamo (a digit, a space, a Latin letter) commits the syllable and
        then itself.
        """
        if is_vowel(key):
            commit = self._vowel(key)
        elif is_consonant(key):
            commit = self._consonant(key)
        else:
            commit = self.flush() + key
        return commit, self.preedit

    def backspace(self) -> tuple[bool, str]:
        """Take back the last key of the syllable being typed.

        Returns (handled, new preedit); ``handled`` is False when nothing was being composed,
        so the caller deletes a character of the text instead.
        """
        if not self._current:
            return False, ""
        self._current = self._history.pop() if self._history else EMPTY
        return True, self.preedit

    def flush(self) -> str:
        """End the syllable being typed and return it (empty when there is none)."""
        text = self.preedit
        self._current = EMPTY
        self._history.clear()
        return text

    def reset(self) -> None:
        """Drop the syllable being typed without writing it."""
        self.flush()

    # -- the automaton
    def _step(self, new: _Syllable) -> None:
        self._history.append(self._current)
        self._current = new

    def _start(self, new: _Syllable) -> str:
        """Commit the current syllable and begin ``new`` (its keys counted for backspace)."""
        commit = self.flush()
        if new.initial and new.medial:
            self._step(_Syllable(initial=new.initial))
        self._step(new)
        return commit

    def _consonant(self, key: str) -> str:
        cur = self._current
        if cur.initial and cur.medial and not cur.final:
            if key in FINALS:
                self._step(_Syllable(cur.initial, cur.medial, key))
                return ""
        elif cur.final:
            compound = COMPOUND_FINALS.get((cur.final, key))
            if compound:
                self._step(_Syllable(cur.initial, cur.medial, compound))
                return ""
        return self._start(_Syllable(initial=key))

    def _vowel(self, key: str) -> str:
        cur = self._current
        if cur.final:
            first, moved = SPLIT_FINALS.get(cur.final, ("", cur.final))
            self._current = _Syllable(cur.initial, cur.medial, first)
            return self._start(_Syllable(moved, key))
        if cur.medial:
            compound = COMPOUND_VOWELS.get((cur.medial, key))
            if compound:
                self._step(_Syllable(cur.initial, compound))
                return ""
            return self._start(_Syllable(medial=key))
        if cur.initial:
            self._step(_Syllable(cur.initial, key))
            return ""
        return self._start(_Syllable(medial=key))


def type_keys(keys: str) -> str:
    """The text a run of jamo keys types, with the last syllable committed: type_keys("ㅎㅏㄴ") == "한"."""
    composer = HangulComposer()
    return "".join(composer.press(k)[0] for k in keys) + composer.flush()
