#!/usr/bin/env python3
"""trunk post-build hook.

1. Copies the plans' source documents to `sources/`, so every quote can be checked against its
   text (fetched only when a user opens one).
2. Moves trunk's inline wasm loader into `boot-<hash>.js`: ministries may serve the app under
   `script-src 'self'`, which forbids inline scripts. When a build-time first screen is shown, the
   loader waits for it to be painted before it asks for the wasm (another plan's copy, fetched by
   first-screen.js, for the promise it leaves); the wasm's preload is left to first-screen.js,
   which keeps it for every page that shows no copy.
3. Joins the stylesheets into one file, in their order: the sources stay one file per component,
   but the page asks for one stylesheet instead of nine before its code can start.
4. Paints the first screen into index.html (tools/prerender.mjs, the app itself in headless
   Chromium), so a phone shows the answer before the wasm arrives. HPS_NO_PRERENDER=1 skips it
   (to measure what it wins).
5. Writes precompressed `.gz` and `.br` copies for static hosts that serve them.
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
WAIT_FOR_PAINT = (
    "if (document.documentElement.hasAttribute('data-first-screen')) {\n"
    "  await (window.hpsFirstScreenPainted\n"
    "    || new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0))));\n"
    "}\n"
)
FIRST_SCREEN_JS = '<script src="./first-screen.js"></script>'
WASM_PRELOAD = re.compile(r'<link rel="preload" href="(\./[^"]+_bg\.wasm)"[^>]*>')


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
    # A first screen painted at build time is shown: let it paint before the wasm is asked for,
    # so the first paint does not share a slow link with the wasm.
    init = "const wasm = await init("
    if init not in body:
        sys.exit("trunk's loader has no init call: its output changed")
    body = body.replace(init, WAIT_FOR_PAINT + init, 1)
    name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
    (staging / name).write_text(body, encoding="utf-8")
    html = INLINE.sub(lambda _: '<script type="module" src="./%s"></script>' % name, html, count=1)
    if INLINE.search(html):
        sys.exit("more than one inline module script: trunk's output changed")
    # The wasm's preload becomes a note for first-screen.js, which asks for it at once only when
    # no first screen is shown (else after that first paint, as above).
    preload = WASM_PRELOAD.search(html)
    if not preload:
        sys.exit("no wasm preload in index.html: trunk's output changed")
    wasm = preload.group(1)
    html = html.replace(preload.group(0), "", 1)
    if FIRST_SCREEN_JS not in html:
        sys.exit("index.html has no %s" % FIRST_SCREEN_JS)
    html = html.replace(FIRST_SCREEN_JS, '<meta name="hps-wasm" content="%s">\n  %s' % (wasm, FIRST_SCREEN_JS), 1)
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


def prerender(staging):
    if os.environ.get("HPS_NO_PRERENDER") == "1":
        print("post_build: first screen not painted in (HPS_NO_PRERENDER=1)")
        return
    subprocess.run(["node", str(ROOT / "tools" / "prerender.mjs"), str(staging)], check=True, cwd=ROOT)


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
    prerender(staging)
    precompress(staging)


if __name__ == "__main__":
    main()
