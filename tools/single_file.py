#!/usr/bin/env python3
"""Builds one self-contained HTML file from a release `dist/`, for a USB stick or an e-mail.

CSS goes into <style>, the wasm-bindgen glue into an inline module script, and the wasm (gzip'd,
base64) is inflated with DecompressionStream and handed to the glue's init as bytes. The plans
are inside the wasm, so the file works from file:// with no network. (The plans' source texts are
not included: their links need the served folder.) The importer's web worker goes in too: its
glue and its wasm (gzip'd, base64) become a `blob:` worker whose address the page finds in
`window.HPS_IMPORT_WORKER`, so the file still imports a text with no network.

Usage: tools/single_file.py dist dist-single/health-plan-simulator.html
"""
import base64
import gzip
import json
import pathlib
import re
import sys


def worker_script(dist):
    """The importer's worker as a blob address, set before the app starts ('' if not built)."""
    glue_file = dist / "import_worker.js"
    if not glue_file.exists():
        return ""
    glue = glue_file.read_text(encoding="utf-8")
    wasm = gzip.compress((dist / "import_worker_bg.wasm").read_bytes(), 9, mtime=0)
    source = glue + (
        "\n;(async () => {\n"
        "  const packed = '%s';\n"
        "  const zipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n"
        "  const inflated = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));\n"
        "  await wasm_bindgen({ module_or_path: await new Response(inflated).arrayBuffer() });\n"
        "})();\n" % base64.b64encode(wasm).decode()
    )
    return (
        "// The importer's web worker, inlined: a blob address the page starts it from.\n"
        "window.HPS_IMPORT_WORKER = URL.createObjectURL(new Blob([%s], { type: 'text/javascript' }));\n"
        % json.dumps(source)
    )


def main():
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "dist-single/health-plan-simulator.html")
    html = (dist / "index.html").read_text(encoding="utf-8")

    def css(m):
        text = (dist / m.group(1)).read_text(encoding="utf-8")
        return "<style>\n%s\n</style>" % text

    html = re.sub(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*/?>', css, html)

    def icon(m):
        data = (dist / m.group(1)).read_bytes()
        return '<link rel="icon" href="data:image/svg+xml;base64,%s">' % base64.b64encode(data).decode()

    html = re.sub(r'<link rel="icon" href="\./([^"]+\.svg)"[^>]*/?>', icon, html)
    html = re.sub(r'<link rel="(modulepreload|preload)"[^>]*>', "", html)
    # The wasm is inside the file: nothing to preload. The script that picks the build-time first
    # screen goes inline (a file has no Content-Security-Policy to forbid it).
    html = re.sub(r'\s*<meta name="hps-wasm"[^>]*>', "", html)
    # Other plans' first screens are files beside index.html: a single file has none to fetch.
    html = re.sub(r'\s*<meta name="hps-first-screen"[^>]*data-src="[^"]*"[^>]*>', "", html)
    first = '<script src="./first-screen.js"></script>'
    if first in html:
        code = (dist / "first-screen.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
        html = html.replace(first, "<script>\n%s</script>" % code)

    boot = re.search(r'<script type="module" src="\./(boot-[^"]+\.js)"></script>', html)
    if not boot:
        sys.exit("no boot script in dist/index.html: run trunk build --release first")
    glue_name = re.search(r"from '\./([^']+\.js)'", (dist / boot.group(1)).read_text(encoding="utf-8")).group(1)
    wasm_name = glue_name[:-3] + "_bg.wasm"
    glue = (dist / glue_name).read_text(encoding="utf-8")
    wasm = gzip.compress((dist / wasm_name).read_bytes(), 9, mtime=0)
    loader = (
        "\n// The wasm, gzip'd and base64-encoded, inflated in the browser.\n"
        "const packed = '%s';\n"
        "const zipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n"
        "const inflated = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));\n"
        "await __wbg_init({ module_or_path: await new Response(inflated).arrayBuffer() });\n"
        % base64.b64encode(wasm).decode()
    )
    script = (glue + loader).replace("</script", "<\\/script")
    script = worker_script(dist) + script
    html = html.replace(boot.group(0), '<script type="module">\n%s</script>' % script)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print("%s: %d bytes" % (out, out.stat().st_size))


if __name__ == "__main__":
    main()
