"""Every symbol the interface draws as text. Each has a glyph in the shipped fonts (tested)."""

ARROW_BACK_LTR = "\u2190"  # ←
ARROW_BACK_RTL = "\u2192"  # →
LANGUAGE = "\u25ce"  # ◎
BACKSPACE = "\u232b"  # ⌫
DOT_FILLED = "\u25cf"  # ●
DOT_EMPTY = "\u25cb"  # ○
CHECK = "\u2713"  # ✓

PLAY = "\u23f5"  # ⏵
PAUSE = "\u23f8"  # ⏸
PREVIOUS = "\u23ee"  # ⏮
NEXT = "\u23ed"  # ⏭

ALL = (ARROW_BACK_LTR, ARROW_BACK_RTL, LANGUAGE, BACKSPACE, DOT_FILLED, DOT_EMPTY, CHECK, PLAY, PAUSE, PREVIOUS, NEXT)
