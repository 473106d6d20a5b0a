"""The encoder fine-tune's items travel to a GPU machine as one file (`--save-items` / `--items`)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models" / "topics"))

from finetune_encoder import Item, load_items, save_items, sens_vector  # noqa: E402


def test_items_survive_the_round_trip(tmp_path: Path) -> None:
    train = [
        Item("ich bin im dritten Monat schwanger", sens_vector("health"), -1, "composed"),
        Item("order a pizza for me", sens_vector(None), 3, "clinc"),
        Item("a post\nwith two lines and “quotes”", None, 5, "seeds"),
    ]
    dev = [Item("¿qué hora es?", sens_vector(None), 7, "labelled")]
    path = tmp_path / "items.npz"
    save_items(path, train, dev, ["Automotive", "none"])
    got_train, got_dev, labels = load_items(path)
    assert labels == ["Automotive", "none"]
    for want, got in zip(train + dev, got_train + got_dev, strict=True):
        assert (got.text, got.topic, got.source) == (want.text, want.topic, want.source)
        if want.sensitive is None:
            assert got.sensitive is None
        else:
            assert got.sensitive is not None and np.array_equal(got.sensitive, want.sensitive)
            assert got.sensitive.dtype == np.float32


def test_a_text_with_the_separator_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="NUL"):
        save_items(tmp_path / "items.npz", [Item("a\0b", None, -1, "seeds")], [], ["none"])
