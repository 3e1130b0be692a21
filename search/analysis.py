"""How Vietnamese text is analysed, in Elasticsearch and (for the database fallback) in Python.

Every text field is indexed twice (see README.md, "Relevance"):
- as written, lower-cased with its accents ("cà phê"), so a query typed with accents can rank
  exact-accent matches first;
- folded ("ca phe"): the built-in `asciifolding` filter drops the tone and vowel marks and turns
  đ into d, so a shopper typing without accents finds everything.
"""

import unicodedata

from elasticsearch_dsl import analyzer, token_filter

# Search-time synonyms, in folded form. Shoppers write loanwords and run syllables together on a
# phone ("cafe", "matong"); the English words serve the English version of the site.
SYNONYMS = [
    "ca phe, cafe, caphe, coffee",
    "mat ong, matong, honey",
    "nuoc mam, nuocmam, fish sauce",
    "tra, tea",
    "gao, rice",
    "hat dieu, cashew",
    "hat tieu, pepper",
]

accented = analyzer("vi_accented", tokenizer="standard", filter=["lowercase"])
folded = analyzer("vi_folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
folded_search = analyzer(
    "vi_folded_search",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter("vi_synonyms", type="synonym_graph", synonyms=SYNONYMS),
    ],
)


def normalize(text: str) -> str:
    """One Unicode form for stored and typed text: some Vietnamese keyboards send decomposed
    marks (a + U+0301) where others send "á"."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def fold(text: str) -> str:
    """ "Cà phê Đắk Lắk" -> "ca phe dak lak", the way the `vi_folded` analyzer sees it."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
