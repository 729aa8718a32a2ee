// The foundation: the app opens on the default plan in Chinese, switches to English,
// and remembers the choice across a reload (a browser-storage round trip).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './harness.mjs';

const NAV_ZH = ['总览', '台账', '指标', '计划', '数据', '报送', '报告', '帮助'];
const NAV_EN = ['Dashboard', 'Ledger', 'Targets', 'Plan', 'Data', 'Reporting', 'Report', 'Help'];

/** The visible text lines of the navigation's links and buttons (an icon may sit on its own line). */
async function navTexts(page) {
  const items = page.locator('nav').first().locator('a, button');
  const texts = await items.allInnerTexts();
  return texts.flatMap((t) => t.split('\n')).map((t) => t.trim()).filter((t) => t.length > 0);
}

function assertHasAll(actual, expected, what) {
  const missing = expected.filter((e) => !actual.includes(e));
  assert.deepEqual(missing, [], `${what}: missing ${missing.join(', ')} in [${actual.join(', ')}]`);
}

test('opens in Chinese, switches to English, remembers it after reload', async (t) => {
  const app = await session(t);
  const { page } = await app.open();

  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.match(await page.title(), /落实台账/);
  assertHasAll(await navTexts(page), NAV_ZH, 'Chinese navigation');
  const title = page.locator('h1').first();
  await title.waitFor({ state: 'visible' });
  assert.ok((await title.innerText()).trim().length > 0, 'the plan title (h1) is empty');
  await app.screenshot('foundation-first-screen-zh', { fullPage: false });

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: '中文', exact: true }).waitFor({ state: 'visible' });
  assertHasAll(await navTexts(page), NAV_EN, 'English navigation');

  await app.reload();
  assertHasAll(await navTexts(page), NAV_EN, 'English navigation after reload');
  assert.ok(await page.getByRole('button', { name: '中文', exact: true }).isVisible(), 'the switch back to 中文 is missing after reload');
  await app.screenshot('foundation-first-screen-en', { fullPage: false });
});
