// Renders static/icon.svg to the PNG icons the web app manifest lists (192 and 512 px),
// in headless Chromium. Run by hand after changing the SVG; the PNGs are committed.
//
//   node tools/icons.mjs

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const STATIC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'static');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const svg = fs.readFileSync(path.join(STATIC, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0">${sized}</body></html>`);
    await page.screenshot({ path: path.join(STATIC, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
