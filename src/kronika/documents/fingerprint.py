"""Fingerprints that recognise one report relayed by many outlets.

Two documents are the *same* when their texts are identical (``Document.content_hash``, an
SHA-256). They are *copies* (a syndicated dispatch under another outlet's header, a Telegram
repost, the feed item and the page of one article) when their bodies share most of their word
shingles, carry the same numbers, and the copy names every name the first one does. The
numbers rule keeps an updated report ("12 dead", later "14 dead") from being taken for a copy
of the first version: its new figures must be extracted. The names rule keeps a templated
report about another place ("drones over Kharkiv" / "drones over Odesa") apart, while a copy
may add names of its own (a dateline, its outlet).

* shingles: runs of :data:`SHINGLE` lower-cased word tokens of the body (after the header);
* a MinHash signature of :data:`NUM_PERM` 32-bit values (datasketch, ``MinHash.bulk``) estimates
  the Jaccard similarity of two shingle sets as the share of equal values;
* locality-sensitive hashing: the first ``BANDS × ROWS`` values are cut into :data:`BANDS` bands;
  documents sharing one band key are candidates, checked against the threshold on the whole
  signature. With 20 bands of 6 rows a pair at 80 % similarity is a candidate 99.8 % of the
  time, at 70 % 92 %, at 50 % 27 %: thresholds under ~70 % miss copies.

Documents with fewer than :data:`MIN_SHINGLES` shingles (a one-line post) get no fingerprint:
too short to call a near copy, they are only ever matched exactly.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

NUM_PERM = 128
BANDS = 20
ROWS = 6
SHINGLE = 5
MIN_SHINGLES = 8
SEED = 1
VERSION = 1
"""Changes when shingles, permutations or bands change: stored signatures of another version are not compared."""

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A body's MinHash signature, the digest of its numbers, the names it holds, and its LSH band keys."""

    signature: bytes
    numbers: str
    names: frozenset[str] = frozenset()

    @property
    def values(self) -> np.ndarray:
        """The signature as NUM_PERM unsigned 32-bit integers."""
        return np.frombuffer(self.signature, dtype="<u4")

    @property
    def bands(self) -> list[int]:
        """One signed 64-bit key per band (SQLite integers), the band's index mixed in."""
        keys: list[int] = []
        for band in range(BANDS):
            chunk = self.signature[band * ROWS * 4 : (band + 1) * ROWS * 4]
            digest = hashlib.blake2b(bytes([VERSION, band]) + chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "little", signed=True))
        return keys

    def similarity(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two bodies' shingles (0 to 1)."""
        return float(np.mean(self.values == other.values))

    def copy_of(self, other: Fingerprint, threshold: float) -> bool:
        """True when this body is a copy of ``other``'s: ``threshold`` similar, same numbers, its names too."""
        return self.numbers == other.numbers and other.names <= self.names and self.similarity(other) >= threshold


def shingles(text: str) -> list[bytes]:
    """The distinct runs of SHINGLE lower-cased words of ``text``, as UTF-8 bytes, in order."""
    words = _WORD.findall(text.lower())
    runs = (" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 0)))
    return list(dict.fromkeys(run.encode("utf-8") for run in runs))


def numbers_digest(text: str) -> str:
    """A short digest of the numbers written in ``text`` (as a set: order and repeats ignored)."""
    found = sorted({re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)})
    return hashlib.blake2b(" ".join(found).encode("ascii"), digest_size=8).hexdigest()


def names(text: str) -> frozenset[str]:
    """The words of ``text`` written with a capital (names, and words that open a sentence), lower-cased."""
    return frozenset(word.lower() for word in _NAME.findall(text) if word[0].isupper())


def fingerprints(bodies: Sequence[str]) -> list[Fingerprint | None]:
    """The fingerprint of each body (None for one too short), hashed together with ``MinHash.bulk``."""
    from datasketch import MinHash

    sets = [shingles(body) for body in bodies]
    usable = [i for i, s in enumerate(sets) if len(s) >= MIN_SHINGLES]
    out: list[Fingerprint | None] = [None] * len(bodies)
    if usable:
        hashes = MinHash.bulk([sets[i] for i in usable], num_perm=NUM_PERM, seed=SEED)
        for i, minhash in zip(usable, hashes, strict=True):
            values = np.asarray(minhash.hashvalues, dtype="<u4")
            out[i] = Fingerprint(values.tobytes(), numbers_digest(bodies[i]), names(bodies[i]))
    return out


@lru_cache(maxsize=512)
def fingerprint(body: str) -> Fingerprint | None:
    """The fingerprint of one body, or None if it is too short; cached (the batch and the store both ask)."""
    return fingerprints([body])[0]


class CopyIndex:
    """An in-memory LSH index of fingerprints, for the documents of one run not stored yet."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[str]] = {}
        self._prints: dict[str, tuple[int, Fingerprint]] = {}

    def __len__(self) -> int:
        return len(self._prints)

    def add(self, key: str, print_: Fingerprint) -> None:
        """Index ``print_`` under ``key`` (a content hash); the first key added wins ties."""
        if key in self._prints:
            return
        self._prints[key] = (len(self._prints), print_)
        for band in print_.bands:
            self._buckets.setdefault(band, []).append(key)

    def find(self, print_: Fingerprint, threshold: float) -> str | None:
        """The key of the earliest indexed document that ``print_`` is a copy of, or None."""
        candidates = {key for band in print_.bands for key in self._buckets.get(band, ())}
        hits = [self._prints[key] + (key,) for key in candidates]
        for _, other, key in sorted(hits, key=lambda hit: hit[0]):
            if print_.copy_of(other, threshold):
                return key
        return None


def names_text(found: frozenset[str]) -> str:
    """Names as stored: sorted, one space between."""
    return " ".join(sorted(found))


def matches(print_: Fingerprint, candidates: Iterable[tuple[str, bytes, str, str]], threshold: float) -> str | None:
    """The first of ``(key, signature, numbers, names_text)`` candidates that ``print_`` is a copy of, or None."""
    for key, signature, numbers, stored_names in candidates:
        other = Fingerprint(signature, numbers, frozenset(stored_names.split()))
        if len(signature) == NUM_PERM * 4 and print_.copy_of(other, threshold):
            return key
    return None
