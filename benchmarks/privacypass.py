"""Privacy Pass costs: issuance per token (client and issuer), verification per token, bytes added to an upload.

    python -m benchmarks.privacypass [--runs N] [--quick] [--out PATH]

Writes benchmarks/results/privacypass.json. Times are wall clock on one thread, medians and p95 in ms; the
machine, its load average and the package versions are recorded with them (a busy machine inflates them).
"""

from __future__ import annotations

import argparse
import json
import os
import threading
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from benchmarks.machine import describe
from benchmarks.stats import summary, time_calls, value
from edge.privacypass import auth, blindrsa, tokens

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
    return {"metrics": metrics, "sizes": sizes(done[0], key)}


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
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, help="repeats per timing (default 200; --quick 5)")
    parser.add_argument("--quick", action="store_true", help="tiny repeat counts: checks the script, not the speed")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON result (default {RESULTS})")
    args = parser.parse_args(argv)
    result = {
        "benchmark": "privacypass",
        "machine": describe(),
        "load_average_1min": os.getloadavg()[0],
        "powmod": blindrsa.POWMOD,
        "note": "token type 0x0002 (RSA-2048, RSABSSA-SHA384-PSS-Deterministic); issuer_sign includes base and "
        "exponent blinding and the fault check, with the powmod above; issuer_sign_python_pow is the same with "
        "Python's pow (the fallback without gmpy2); issuance_over_http is one token on loopback, client + issuer",
        **run(args.quick, args.runs),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for name, m in result["metrics"].items():
        print(f"{name:32} median {m['median']:8.3f} ms   p95 {m['p95']:8.3f} ms")
    for name, s in result["sizes"].items():
        print(f"{name:32} {s['value']:8.0f} bytes")
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
