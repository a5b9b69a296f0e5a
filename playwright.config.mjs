// End-to-end tests in Debian's headless Chromium against the release build in dist/.
// Playwright never downloads a browser here: it drives /usr/bin/chromium.
import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/artifacts/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:8091/',
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    trace: 'off',
  },
  webServer: [
    { command: 'python3 tools/serve_dist.py dist --port 8091 --mount plans=tests/e2e/fixtures', url: 'http://127.0.0.1:8091/', reuseExistingServer: false },
    { command: 'python3 tools/serve_dist.py dist --port 8092 --csp --mount plans=tests/e2e/fixtures', url: 'http://127.0.0.1:8092/', reuseExistingServer: false },
  ],
});
