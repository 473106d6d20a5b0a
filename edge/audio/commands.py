"""`edge devices`: list the microphones PortAudio can open."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "devices",
        help="list audio input devices (use one with SOURCE mic:INDEX or mic:NAME)",
        description="List the audio input devices. Pass one to other commands as mic:INDEX or mic:NAME.",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per device per line")
    parser.set_defaults(func=run_devices)


def run_devices(args: argparse.Namespace) -> int:
    from edge.audio.microphone import list_input_devices

    devices = list_input_devices()
    if args.json:
        for d in devices:
            print(
                json.dumps(
                    {
                        "index": d.index,
                        "name": d.name,
                        "channels": d.channels,
                        "default_rate": d.default_rate,
                        "hostapi": d.hostapi,
                        "default": d.is_default,
                    }
                )
            )
        return 0
    if not devices:
        print("no audio input devices found; plug in a microphone (and check it is enabled), then run this again")
        return 0
    print(f"  {'index':>5}  {'channels':>8}  {'rate':>6}  name")
    for d in devices:
        marker = "*" if d.is_default else " "
        api = f"  [{d.hostapi}]" if d.hostapi else ""
        print(f"{marker} {d.index:>5}  {d.channels:>8}  {d.default_rate:>6.0f}  {d.name}{api}")
    print("* default input; use one as SOURCE: mic (default), mic:INDEX or mic:NAME")
    return 0
