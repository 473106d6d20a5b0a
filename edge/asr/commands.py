"""`edge models list|pull|verify`: the speech models this device knows, has, fetches and checks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from edge.asr import catalog, download, installed, verify
from edge.asr.layout import layout_problems


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("models", help="list, download and check speech models")
    models = parser.add_subparsers(dest="models_command", metavar="{list,pull,verify}")
    models.required = True

    listing = models.add_parser("list", help="known Vosk models and which are installed")
    listing.set_defaults(func=cmd_list)

    pull = models.add_parser("pull", help="download, verify and install a Vosk model (resumes)")
    pull.add_argument("name", help="model name, e.g. vosk-model-small-en-us-0.15")
    pull.add_argument("--url", help="download from this URL instead of alphacephei.com (a mirror)")
    pull.add_argument("--force", action="store_true", help="reinstall even if the model is already installed")
    pull.add_argument("--keep-archive", action="store_true", help="keep the .zip so `verify` can re-check it")
    pull.set_defaults(func=cmd_pull)

    check = models.add_parser("verify", help="check installed models (layout, pinned and recorded sha256)")
    check.add_argument(
        "names", nargs="*", help="model names or folders, or whisper-tiny.en (default: every installed model)"
    )
    check.add_argument("--load", action="store_true", help="also load each model with Vosk")
    check.set_defaults(func=cmd_verify)


def cmd_list(args: argparse.Namespace) -> int:
    present = {m.name: m for m in installed.installed_models()}
    print(f"{'NAME':34} {'LANG':6} {'SIZE':>6}  INSTALLED")
    for info in catalog.CATALOG:
        where = present.pop(info.name).path if info.name in present else "-"
        print(f"{info.name:34} {info.lang:6} {info.size:>6}  {where}")
    for model in present.values():
        print(f"{model.name:34} {model.lang or '?':6} {'':>6}  {model.path} ({model.source})")
    whisper = installed.package_folder(catalog.WHISPER_TINY_EN)
    if whisper is not None:
        print(f"{catalog.WHISPER_TINY_EN.name:34} {'en':6} {'':>6}  {whisper} (package, whisper engine)")
    print(
        f"models are pulled into {installed.vosk_models_dir()}; Alphacephei publishes no sha256 for its archives, "
        "so pulls are checked by size, zip CRC and folder layout and their sha256 is recorded for `verify`"
    )
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    existing = installed.find_installed(args.name)
    if existing and existing.source == "pulled" and not args.force and not layout_problems(existing.path):
        print(f"{args.name} is already installed in {existing.path} (use --force to reinstall)")
        return 0
    with _ProgressBar(args.name) as bar:
        path = download.pull(
            args.name, url=args.url, force=args.force, keep_archive=args.keep_archive, progress=bar.update
        )
    print(f"installed {args.name} in {path}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    targets = args.names or [m.name for m in installed.installed_models()]
    if not args.names and installed.package_folder(catalog.WHISPER_TINY_EN) is not None:
        targets.append(catalog.WHISPER_TINY_EN.name)
    if not targets:
        print("no speech model installed; `edge models pull vosk-model-small-en-us-0.15` fetches one")
        return 0
    failed = 0
    for target in targets:
        result = verify.verify(target, load=args.load)
        if result.ok:
            print(f"ok      {result.name}  ({', '.join(result.checks)})  {result.path}")
        else:
            failed += 1
            print(f"BROKEN  {result.name}  {'; '.join(result.problems)}")
    return 1 if failed else 0


class _ProgressBar:
    """A tqdm bar on stderr while downloading (tqdm comes with vosk); silent when stderr is not a terminal."""

    def __init__(self, name: str):
        self.name = name
        self._bar: Any = None

    def __enter__(self) -> _ProgressBar:
        return self

    def update(self, done: int, total: int | None) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                initial=0,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc=self.name,
                file=sys.stderr,
                disable=None,
                leave=False,
            )
        self._bar.update(done - self._bar.n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
