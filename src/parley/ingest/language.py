"""Is this text English? A cheap function-word test, a few microseconds per article.

News in another language would be parsed by an English model into nonsense events, so
it is refused at the door. Function words (`data/function_words.jsonl`) decide: English
news is ~40% "the/of/and/to...", other languages' news has almost none of them. Short
texts that cannot be judged are let through.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
MIN_TOKENS = 8  # fewer words than this: too short to judge, accepted
MAX_TOKENS = 1500  # the start of an article is enough to judge its language
SAMPLE_CHARS = 12_000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    english: bool
    language: str | None  # a readable name ("French", "Cyrillic script") when not English
    english_share: float
    tokens: int

    @property
    def reason(self) -> str:
        if self.english:
            return ""
        what = f"looks like {self.language}" if self.language else "too few common English words"
        return f"not English ({what}); parley codes English-language news only"


@functools.lru_cache(maxsize=1)
def _function_words() -> tuple[tuple[str, str, frozenset[str]], ...]:
    path = resources.files("parley") / "data" / "function_words.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            rows.append((rec["lang"], rec["name"], frozenset(rec["words"].split())))
    return tuple(rows)


_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"(?![\x00-\u024f])[^\W\d_]")


def _script_of(sample: str) -> str | None:
    """The dominant non-Latin script when most letters are not Latin, else None."""
    if sample.isascii():
        return None
    non_latin = _NON_LATIN_LETTER.findall(sample)
    if len(non_latin) * 2 <= len(_LETTER.findall(sample)):
        return None
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in non_latin[:2000])
    script = scripts.most_common(1)[0][0]
    names = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}
    return names.get(script, f"{script.title()} script")


def guess_language(text: str) -> LanguageGuess:
    """Judge whether `text` is English; name the language when it clearly is not."""
    sample = text[:SAMPLE_CHARS]
    script = _script_of(sample)
    if script:
        return LanguageGuess(False, script, 0.0, 0)
    tokens = [t.lower() for t in _WORD.findall(sample)[:MAX_TOKENS]]
    n = len(tokens)
    if n < MIN_TOKENS:
        return LanguageGuess(True, None, 0.0, n)
    counts = Counter(tokens)
    shares = {}
    names = {}
    for lang, name, words in _function_words():
        shares[lang] = sum(c for w, c in counts.items() if w in words) / n
        names[lang] = name
    english = shares.pop("en", 0.0)
    other, other_share = max(shares.items(), key=lambda kv: kv[1], default=("", 0.0))
    if other_share >= 0.12 and other_share > 1.5 * english:
        return LanguageGuess(False, names[other], english, n)
    if n >= 20 and english < 0.05:
        return LanguageGuess(False, None, english, n)
    return LanguageGuess(True, None, english, n)
