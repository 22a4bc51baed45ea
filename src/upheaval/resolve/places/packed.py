"""Compact lookup tables that load fast and stay small in memory.

A Python dict of 370k short strings costs ~45 MB once loaded; the same keys
as sorted 64-bit hashes in an ``array`` cost 3 MB and are searched by
bisection. A 64-bit hash makes a false hit between two of a few hundred
thousand keys vanishingly unlikely (~1e-9).
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import lru_cache


@lru_cache(maxsize=131072)
def stable_hash(text: str) -> int:
    """A 64-bit hash of a string that is the same in every process.

    Python's own ``hash`` of a str is salted per process, so it cannot be
    stored in a file.
    """
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


class HashIndex:
    """Sorted string hashes: a key's position is its id."""

    def __init__(self, hashes: array[int]) -> None:
        self.hashes = hashes

    @classmethod
    def build(cls, keys: Iterable[str]) -> HashIndex:
        """Index distinct keys (ids follow hash order, not insertion order)."""
        return cls(array("q", sorted({stable_hash(k) for k in keys})))

    def find(self, key: str) -> int | None:
        """The id of ``key``, or None when it was not indexed."""
        wanted = stable_hash(key)
        position = bisect_left(self.hashes, wanted)
        if position < len(self.hashes) and self.hashes[position] == wanted:
            return position
        return None

    def __len__(self) -> int:
        return len(self.hashes)


class PackedTable:
    """A mapping from strings to lists of ints, as three flat arrays."""

    def __init__(self, index: HashIndex, offsets: array[int], values: array[int]) -> None:
        self.index = index
        self.offsets = offsets
        self.values = values

    @classmethod
    def build(cls, mapping: Mapping[str, Iterable[int]]) -> PackedTable:
        """Pack a mapping of string keys to integer lists."""
        by_hash = {stable_hash(k): sorted(v) for k, v in mapping.items()}
        offsets, values = array("i", [0]), array("i")
        for key_hash in sorted(by_hash):
            values.extend(by_hash[key_hash])
            offsets.append(len(values))
        return cls(HashIndex(array("q", sorted(by_hash))), offsets, values)

    def get(self, key: str) -> array[int]:
        """The ints stored under ``key`` (empty when absent)."""
        position = self.index.find(key)
        if position is None:
            return array("i")
        return self.values[self.offsets[position] : self.offsets[position + 1]]


class PackedStrings:
    """Many strings as one UTF-8 blob with offsets."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.offsets = array("i", [0])
        parts = []
        for text in strings:
            encoded = text.encode("utf-8")
            parts.append(encoded)
            self.offsets.append(self.offsets[-1] + len(encoded))
        self.blob = b"".join(parts)

    def __getitem__(self, position: int) -> str:
        return self.blob[self.offsets[position] : self.offsets[position + 1]].decode("utf-8")

    def __len__(self) -> int:
        return len(self.offsets) - 1
