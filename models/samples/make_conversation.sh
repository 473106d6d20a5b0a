#!/usr/bin/env bash
# Rebuilds conversation.wav, the demo's bundled sample: a short two-voice conversation with assistant
# requests (interests, a no-interest command, a health remark the gate must block, an e-mail address).
# Needs Debian's espeak-ng and sox. Output: 16 kHz mono 16-bit, ~34 s.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
parts=()
i=0
while IFS='|' read -r voice text; do
  i=$((i + 1))
  espeak-ng -v "$voice" -s 160 -w "$tmp/$i.wav" "$text"
  sox -n -r 22050 -c 1 -b 16 "$tmp/sil$i.wav" trim 0 1.2
  parts+=("$tmp/$i.wav" "$tmp/sil$i.wav")
done < conversation.txt
sox "${parts[@]}" -r 16000 -c 1 -b 16 conversation.wav
