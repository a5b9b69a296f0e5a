#!/usr/bin/env python3
"""trunk post-build hook: copies the source documents and moves trunk's inline loader into a file.

Ministries may serve the app under `script-src 'self'`, which forbids inline scripts; trunk
writes its wasm loader inline, so it is moved to `boot-<hash>.js` beside index.html.
"""
import hashlib
import os
import pathlib
import re
import shutil
import sys

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist"))
root = pathlib.Path(__file__).resolve().parent.parent

# The plans' source documents, so every quote can be checked against its text (loaded on demand).
sources = staging / "sources"
sources.mkdir(exist_ok=True)
for txt in sorted((root / "seeds").glob("*.txt")):
    shutil.copyfile(txt, sources / txt.name)

index = staging / "index.html"
html = index.read_text(encoding="utf-8")
pattern = re.compile(r'<script type="module">(.*?)</script>', re.S)
match = pattern.search(html)
if not match:
    sys.exit(0)  # already external
body = match.group(1).strip() + "\n"
name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
(staging / name).write_text(body, encoding="utf-8")
html = pattern.sub(lambda _: '<script type="module" src="./%s"></script>' % name, html, count=1)
if pattern.search(html):
    sys.exit("more than one inline module script: trunk's output changed")
index.write_text(html, encoding="utf-8")
