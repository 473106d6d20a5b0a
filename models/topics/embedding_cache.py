"""Training-time cache of sentence embeddings, one row per distinct text, shared by the topic and privacy scripts.

Lives under /tmp (never in the repository): `keys.txt` (SHA-1 of each text, in row order) and `vectors.npy`, in
a folder per encoder file (`encoder_tag`). A text is encoded once per encoder file, whatever script asks for it.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np

ROOT = Path("/tmp/edge-embeddings")


def encoder_tag(path: Path) -> str:
    """A cache tag for one encoder file: its embeddings are never mixed with another encoder's."""
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
    return f"{Path(path).stem}-{digest}"


class EmbeddingCache:
    def __init__(self, tag: str) -> None:
        self.folder = ROOT / tag
        self.folder.mkdir(parents=True, exist_ok=True)
        keys = self.folder / "keys.txt"
        self.keys: list[str] = keys.read_text().split() if keys.exists() else []
        vectors = self.folder / "vectors.npy"
        self.vectors = np.load(vectors) if vectors.exists() and self.keys else np.zeros((0, 384), np.float32)
        self.index = {k: i for i, k in enumerate(self.keys)}

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed(self, encoder, texts: list[str]) -> np.ndarray:
        """Embeddings of `texts` (n, dim), encoding only the ones not cached yet."""
        missing = list(dict.fromkeys(t for t in texts if self.key(t) not in self.index))
        if missing:
            start = time.perf_counter()
            new = np.empty((len(missing), encoder.dim), dtype=np.float32)
            for i in range(0, len(missing), 512):
                new[i : i + 512] = encoder.encode(missing[i : i + 512])
                if i % 5120 == 0 and i:
                    print(f"    {i}/{len(missing)} encoded", flush=True)
            self.vectors = np.concatenate([self.vectors, new]) if len(self.vectors) else new
            for text in missing:
                self.index[self.key(text)] = len(self.keys)
                self.keys.append(self.key(text))
            np.save(self.folder / "vectors.npy", self.vectors)
            (self.folder / "keys.txt").write_text("\n".join(self.keys))
            print(f"  encoded {len(missing)} new texts in {time.perf_counter() - start:.0f}s", flush=True)
        return self.vectors[[self.index[self.key(t)] for t in texts]]
