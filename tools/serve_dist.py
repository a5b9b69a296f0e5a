#!/usr/bin/env python3
"""Serves a built folder for the e2e tests and the benchmark.

--csp sets the strict policy a ministry's host might use; precompressed `.br`/`.gz` files made by
the post-build hook are served when the browser accepts them, as a static host would.
--mount PREFIX=DIR serves DIR under /PREFIX/ as well (the e2e tests put their fixture plan files
beside the app as `plans/`, as a ministry hosting the folder would).
"""
import argparse
import functools
import http.server
import os

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'")


class Handler(http.server.SimpleHTTPRequestHandler):
    csp = False
    mounts = {}
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".json": "application/json", ".txt": "text/plain; charset=utf-8",
                      ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8"}

    def end_headers(self):
        if self.csp:
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def translate_path(self, path):
        for prefix, folder in self.mounts.items():
            if path.startswith(f"/{prefix}/"):
                rest = path[len(prefix) + 1:].split("?", 1)[0].split("#", 1)[0]
                full = os.path.realpath(os.path.join(folder, rest.lstrip("/")))
                if full.startswith(os.path.realpath(folder) + os.sep):
                    return full
                return os.path.join(folder, "__outside__")
        return super().translate_path(path)

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accept = self.headers.get("Accept-Encoding", "")
        for enc, ext in (("br", ".br"), ("gzip", ".gz")):
            if enc in accept and os.path.isfile(path + ext):
                f = open(path + ext, "rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", enc)
                self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return f
        return super().send_head()

    def log_message(self, *args):
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--port", type=int, default=8091)
    ap.add_argument("--csp", action="store_true")
    ap.add_argument("--mount", action="append", default=[], metavar="PREFIX=DIR")
    a = ap.parse_args()
    Handler.csp = a.csp
    Handler.mounts = dict(m.split("=", 1) for m in a.mount)
    handler = functools.partial(Handler, directory=a.dir)
    http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler).serve_forever()


if __name__ == "__main__":
    main()
