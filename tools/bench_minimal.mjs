// Shared by the start-up and Lighthouse benchmarks: both need the simulator's release build and
// the minimal Leptos 0.8 page under `benches/`, precompressed as the post-build hook does for
// the simulator's own files, so that both are served alike by tools/serve_dist.py.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const MINIMAL = 'benches/minimal';

/** Exits with a message if the simulator is not built; builds the minimal page if it is not. */
export function prepareBuilds() {
  if (!fs.existsSync('dist/index.html')) {
    console.error('Build the simulator first: trunk build --release');
    process.exit(1);
  }
  if (!fs.existsSync(`${MINIMAL}/dist/index.html`)) {
    console.log('Building the minimal page (about a minute the first time) …');
    const r = spawnSync('trunk', ['build', '--release'], { cwd: MINIMAL, stdio: 'inherit', env: { ...process.env, TRUNK_SKIP_VERSION_CHECK: 'true' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  for (const f of fs.readdirSync(`${MINIMAL}/dist`)) {
    const p = path.join(MINIMAL, 'dist', f);
    if (/\.(wasm|js|css|html)$/.test(f)) {
      const raw = fs.readFileSync(p);
      fs.writeFileSync(`${p}.br`, zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      fs.writeFileSync(`${p}.gz`, zlib.gzipSync(raw, { level: 9 }));
    }
  }
}
