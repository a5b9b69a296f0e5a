#!/usr/bin/env python3
"""trunk post-build hook.

1. Copies the plans' source documents to `sources/`, so every quote can be checked against its
   text (fetched only when a user opens one).
2. Moves trunk's inline wasm loader into `boot-<hash>.js`: ministries may serve the app under
   `script-src 'self'`, which forbids inline scripts.
3. Joins the stylesheets into one file, in their order: the sources stay one file per component,
   but the page asks for one stylesheet instead of nine before its code can start.
4. Writes precompressed `.gz` and `.br` copies for static hosts that serve them.
"""
import base64
import gzip
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
INLINE = re.compile(r'<script type="module">(.*?)</script>', re.S)


def copy_sources(staging):
    sources = staging / "sources"
    sources.mkdir(exist_ok=True)
    # The plan documents, and the reference table the national and provincial figures cite.
    for txt in sorted((ROOT / "seeds").glob("*.txt")) + [ROOT / "seeds" / "REFERENCES.md"]:
        shutil.copyfile(txt, sources / txt.name)


def externalise_loader(staging):
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    match = INLINE.search(html)
    if not match:
        return
    body = match.group(1).strip() + "\n"
    name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
    (staging / name).write_text(body, encoding="utf-8")
    html = INLINE.sub(lambda _: '<script type="module" src="./%s"></script>' % name, html, count=1)
    if INLINE.search(html):
        sys.exit("more than one inline module script: trunk's output changed")
    index.write_text(html, encoding="utf-8")


STYLESHEET = re.compile(r'\s*<link rel="stylesheet" href="\./([^"/]+\.css)"[^>]*/?>')


def join_stylesheets(staging):
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    names = STYLESHEET.findall(html)
    if len(names) < 2:
        return
    css = "".join((staging / n).read_text(encoding="utf-8").rstrip() + "\n" for n in names)
    digest = hashlib.sha256(css.encode()).hexdigest()[:16]
    name = "style-%s.css" % digest
    (staging / name).write_text(css, encoding="utf-8")
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(css.encode()).digest()).decode()
    link = '\n  <link rel="stylesheet" href="./%s" integrity="%s"/>' % (name, integrity)
    first = True

    def replace(_):
        nonlocal first
        out, first = (link if first else ""), False
        return out

    index.write_text(STYLESHEET.sub(replace, html), encoding="utf-8")
    for n in names:
        (staging / n).unlink()


def precompress(staging):
    have_brotli = shutil.which("brotli") is not None
    for f in sorted(staging.rglob("*")):
        if f.is_file() and f.suffix in (".wasm", ".js", ".css", ".html", ".svg", ".txt", ".md"):
            (f.parent / (f.name + ".gz")).write_bytes(gzip.compress(f.read_bytes(), 9, mtime=0))
            if have_brotli:
                subprocess.run(["brotli", "-f", "-q", "11", "-o", str(f) + ".br", str(f)], check=True)


def main():
    default = sys.argv[1] if len(sys.argv) > 1 else "dist"
    staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", default))
    copy_sources(staging)
    externalise_loader(staging)
    join_stylesheets(staging)
    precompress(staging)


if __name__ == "__main__":
    main()
