"""Privacy Pass costs: issuance per token (client and issuer), verification per token, bytes added to an upload.

    python -m benchmarks.privacypass [--runs N] [--quick] [--out PATH] [--no-plot]

Writes benchmarks/results/privacypass.json and privacypass.png beside it. Times are wall clock on one thread,
medians and p95 in ms; the machine, its load average and the package versions are recorded with them (a busy
machine inflates them). Upload-level figures: the inner (Binary HTTP) request of one upload with and without its
token, and the collector's whole `submit` (parse, validate, verify, store and spend in SQLite) with and without.
"""

from __future__ import annotations

import argparse
import json
import os
import threading
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from benchmarks.machine import describe
from benchmarks.stats import summary, time_calls, value
from edge.privacypass import auth, blindrsa, tokens
from edge.tokens.wire import INNER_REQUEST_SIZE

RESULTS = Path(__file__).resolve().parent / "results" / "privacypass.json"


def _varint_len(n: int) -> int:
    """Bytes of a QUIC variable-length integer (RFC 9000 §16), as Binary HTTP (RFC 9292) encodes lengths."""
    return 1 if n < 64 else 2 if n < 16384 else 4 if n < 2**30 else 8


def sizes(token: tokens.Token, key: tokens.IssuerKey) -> dict[str, Any]:
    """What a token adds to an upload's inner request, and the sizes on the issuance path."""
    header = auth.authorization(token)
    name = "authorization"
    return {
        "token": value(len(token.encode()), "bytes"),
        "authorization_value": value(len(header), "bytes"),
        "authorization_http1_line": value(len(f"Authorization: {header}\r\n"), "bytes"),
        # Known-length Binary HTTP field line: name length, name, value length, value.
        "authorization_bhttp_field": value(
            _varint_len(len(name)) + len(name) + _varint_len(len(header)) + len(header), "bytes"
        ),
        "token_request": value(tokens.TOKEN_REQUEST_LEN, "bytes"),
        "token_response": value(tokens.NK, "bytes"),
        "issuer_key_spki": value(len(key.spki), "bytes"),
    }


def upload_sizes(token: tokens.Token) -> dict[str, Any]:
    """What the token does to one upload's message: the inner request grows, the message on the wire does not."""
    from edge.ohttp import GatewayKey, Request, encapsulate_request, encode_request
    from edge.tokens.domain import TokenDomain
    from edge.tokens.params import default_parameters
    from edge.tokens.upload import Upload

    domain = TokenDomain.load()
    upload = Upload.make(default_parameters(domain.version), 2970, bytes((domain.size + 7) // 8))
    plain = (("content-type", "application/json"),)
    with_token = (*plain, ("authorization", auth.authorization(token)))

    def inner(headers: tuple[tuple[str, str], ...], pad: int | None = None) -> bytes:
        request = Request("POST", "https", "collector.example.org", "/v1/reports", headers, upload.encode())
        return encode_request(request, pad_to=pad)

    sealed, _ = encapsulate_request(GatewayKey.generate().config(), inner(with_token, INNER_REQUEST_SIZE))
    return {
        "upload_json": value(len(upload.encode()), "bytes"),
        "inner_request_without_token": value(len(inner(plain)), "bytes"),
        "inner_request_with_token": value(len(inner(with_token)), "bytes"),
        "token_adds_to_inner_request": value(len(inner(with_token)) - len(inner(plain)), "bytes"),
        "inner_request_padded_to": value(INNER_REQUEST_SIZE, "bytes"),
        "padding_left_with_token": value(INNER_REQUEST_SIZE - len(inner(with_token)), "bytes"),
        "encapsulated_upload_either_way": value(len(sealed), "bytes"),
    }


def collector_submit(runs: int) -> dict[str, Any]:
    """The collector's whole upload path in process (SQLite, full fsync): without a token, and with one to verify
    and spend in the same transaction; the difference is what a token costs the collector per upload."""
    from edge.collector.redemption import Redeemer
    from edge.collector.service import Collector
    from edge.collector.storage import open_storage
    from edge.issuer.client import EpochKeys
    from edge.ohttp import GatewayKey
    from edge.tokens.anonymizer import Anonymizer
    from edge.tokens.domain import TokenDomain
    from edge.tokens.params import default_parameters

    domain = TokenDomain.load()
    params = default_parameters(domain.version)
    epoch = params.epoch_of(time.time())
    sk = rsa.generate_private_key(public_exponent=65537, key_size=tokens.KEY_BITS)
    key = tokens.IssuerKey.from_public_key(sk.public_key())
    published = EpochKeys(epoch, params.epoch_seconds, 1, {epoch: key})
    redeemer = Redeemer(
        "https://issuer.example", "collector.example", params.epoch_seconds, fetch=lambda url: published
    )
    anonymizer = Anonymizer(domain, params)
    bodies = [anonymizer.uploads(epoch, {domain.ids[i % domain.size]: 1})[0].encode() for i in range(2 * runs)]
    headers = []
    for _ in range(runs):
        request, pending = tokens.begin_issuance(key, redeemer.policy_names.challenge(epoch))
        headers.append(auth.authorization(tokens.finish_issuance(key, pending, tokens.sign_request(sk, request))))
    with TemporaryDirectory(prefix="edge-bench-collector-") as tmp:
        plain_store, token_store = open_storage(Path(tmp) / "plain.db"), open_storage(Path(tmp) / "token.db")
        try:
            plain = Collector(plain_store, GatewayKey.generate(), params, domain)
            checked = Collector(token_store, GatewayKey.generate(), params, domain, redeemer=redeemer)
            without = time_calls(lambda i: plain.submit(bodies[i]), runs, warmup=0)
            with_token = time_calls(lambda i: checked.submit(bodies[runs + i], headers[i]), runs, warmup=0)
            assert token_store.count(epoch) == runs and token_store.rejections() == {}
        finally:
            plain_store.close()
            token_store.close()
    return {
        "collector_submit_without_token": summary(without, "ms"),
        "collector_submit_with_token": summary(with_token, "ms"),
    }


def _python_pow_sign(sk: rsa.RSAPrivateKey, request: tokens.TokenRequest) -> None:
    """The issuer's signing with Python's pow instead of gmpy2's constant-time powm (the fallback)."""
    backend = blindrsa._powmod
    blindrsa._powmod = pow
    try:
        tokens.sign_request(sk, request)
    finally:
        blindrsa._powmod = backend


def crypto(runs: int) -> dict[str, Any]:
    """The primitives, in process: what each side spends per token."""
    sk = rsa.generate_private_key(public_exponent=65537, key_size=tokens.KEY_BITS)
    key = tokens.IssuerKey.from_public_key(sk.public_key())
    challenge = tokens.epoch_challenge("issuer.example", "collector.example", 2931)
    begun = [tokens.begin_issuance(key, challenge) for _ in range(runs + 1)]
    responses = [tokens.sign_request(sk, request) for request, _ in begun]
    done = [tokens.finish_issuance(key, pending, r) for (_, pending), r in zip(begun, responses)]
    sk4096 = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    msg4096 = blindrsa.blind(sk4096.public_key(), b"x" * 98, blindrsa.PSS_DETERMINISTIC).blinded_msg

    metrics = {
        "client_begin": summary(time_calls(lambda i: tokens.begin_issuance(key, challenge), runs), "ms"),
        "issuer_sign": summary(time_calls(lambda i: tokens.sign_request(sk, begun[i][0]), runs), "ms"),
        "issuer_sign_python_pow": summary(time_calls(lambda i: _python_pow_sign(sk, begun[i][0]), runs), "ms"),
        "issuer_sign_4096_bit": summary(
            time_calls(lambda i: blindrsa.blind_sign(sk4096, msg4096), max(3, runs // 4)), "ms"
        ),
        "client_finish": summary(
            time_calls(lambda i: tokens.finish_issuance(key, begun[i][1], responses[i]), runs), "ms"
        ),
        "verify": summary(time_calls(lambda i: tokens.verify_token(done[i], key, challenge), runs), "ms"),
        "verify_with_header_parse": summary(
            time_calls(
                lambda i: tokens.verify_token(auth.parse_authorization(auth.authorization(done[i])), key, challenge),
                runs,
            ),
            "ms",
        ),
        "key_generation_2048": summary(
            time_calls(lambda i: rsa.generate_private_key(public_exponent=65537, key_size=2048), max(3, runs // 10)),
            "ms",
        ),
    }
    return {"metrics": metrics, "sizes": sizes(done[0], key) | upload_sizes(done[0])}


def http(runs: int) -> dict[str, Any]:
    """One token over HTTP on loopback against the real issuer (uvicorn): client + network + issuer."""
    from edge.issuer import client
    from edge.issuer.server import IssuerConfig, bind

    with TemporaryDirectory(prefix="edge-bench-issuer-") as tmp:
        running = bind(IssuerConfig(Path(tmp) / "state", reports_per_epoch=runs + 1), "127.0.0.1", 0)
        thread = threading.Thread(target=running.run, daemon=True)
        thread.start()
        try:
            credential = client.enrol(running.url, Path(tmp))
            published = client.fetch_keys(running.url)
            key = published.keys[published.current_epoch]
            challenge = tokens.epoch_challenge("issuer.example", "collector.example", published.current_epoch)
            times = time_calls(lambda i: client.fetch_token(credential, key, challenge), runs)
        finally:
            running.stop()
            thread.join(timeout=10)
    return {"issuance_over_http": summary(times, "ms")}


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    runs = runs or (5 if quick else 200)
    measured = crypto(runs)
    measured["metrics"].update(http(max(3, runs // 4)))
    measured["metrics"].update(collector_submit(max(3, runs // 4)))
    return measured


def plot(result: dict[str, Any], path: Path) -> Path:
    """Per-token times (median, whisker to p95) and what a token adds to an upload's message."""
    from benchmarks.plot import _pyplot, bars

    plt = _pyplot()
    fig, (times, sizes) = plt.subplots(2, 1, figsize=(9, 8.5), gridspec_kw={"height_ratios": [1.6, 1.0]})
    rows = [(name.replace("_", " "), m) for name, m in result["metrics"].items() if name != "key_generation_2048"]
    bars(times, rows, "ms per token or upload (median, whisker to p95)")
    times.set_title(
        f"Privacy Pass type 2 on {result['machine'].get('cpu', 'this machine')} (load {result['load_average_1min']:.1f})",
        fontsize=9,
    )
    wanted = (
        "token",
        "authorization_bhttp_field",
        "inner_request_without_token",
        "inner_request_with_token",
        "inner_request_padded_to",
        "encapsulated_upload_either_way",
    )
    bars(sizes, [(name.replace("_", " "), result["sizes"][name]) for name in wanted], "bytes")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, help="repeats per timing (default 200; --quick 5)")
    parser.add_argument("--quick", action="store_true", help="tiny repeat counts: checks the script, not the speed")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON result (default {RESULTS})")
    parser.add_argument("--no-plot", action="store_true", help="write the JSON only (no matplotlib needed)")
    args = parser.parse_args(argv)
    result = {
        "benchmark": "privacypass",
        "machine": describe(),
        "load_average_1min": os.getloadavg()[0],
        "powmod": blindrsa.POWMOD,
        "note": "token type 0x0002 (RSA-2048, RSABSSA-SHA384-PSS-Deterministic); issuer_sign includes base and "
        "exponent blinding and the fault check, with the powmod above; issuer_sign_python_pow is the same with "
        "Python's pow (the fallback without gmpy2); issuance_over_http is one token on loopback, client + issuer; "
        "collector_submit_* is the collector's whole upload path (SQLite, full fsync) without and with a token to "
        "verify and spend; the sizes of the inner request are unpadded Binary HTTP, padded to inner_request_padded_to "
        "either way, so the encapsulated message on the wire does not change",
        **run(args.quick, args.runs),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for name, m in result["metrics"].items():
        print(f"{name:32} median {m['median']:8.3f} ms   p95 {m['p95']:8.3f} ms")
    for name, s in result["sizes"].items():
        print(f"{name:32} {s['value']:8.0f} bytes")
    print(f"-> {args.out}")
    if not args.no_plot:
        print(f"-> {plot(result, args.out.with_suffix('.png'))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
