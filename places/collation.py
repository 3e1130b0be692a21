"""Vietnamese alphabetical order.

Python sorts by code point, which puts "Cao Bằng" before "Cà Mau" and "Đắk Lắk" after "Yên Bái".
Vietnamese dictionaries compare the letters first (ă, â, đ, ê, ô, ơ and ư are letters of their
own: a < ă < â, d < đ, …) and the tone marks only when the letters are equal (no mark < huyền <
hỏi < ngã < sắc < nặng), as CLDR's Vietnamese collation does. PyICU would need ICU's headers and a
compiler on every machine; the rule is small enough to state here.
"""

import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)
TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Spaces first, then digits, then letters, then anything else by code point.
RANKS = {" ": 0, **{d: 1 + int(d) for d in "0123456789"}}
RANKS |= {letter: 20 + rank for rank, letter in enumerate(ALPHABET)}


def vietnamese_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A key for `sorted` that orders Vietnamese words as a dictionary does."""
    letters: list[str] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if char in LETTER_MARKS and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        elif char in TONE_MARKS and tones:
            tones[-1] = TONE_MARKS[char]
        else:
            letters.append(char)
            tones.append(0)
    ranks = tuple(
        RANKS.get(" " if letter.isspace() else letter, 100 + ord(letter[0])) for letter in letters
    )
    return ranks, tuple(tones), text
