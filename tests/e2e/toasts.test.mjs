// Toasts as a staff member meets them: they follow a switch of language while on screen, and
// they never stand between the pointer and a control — after two quick adds in the ledger at
// 1280×1000 the 登记 button takes the next click at once (it used to wait about ten seconds
// for the toast over it to fade). Screenshots go to tests/artifacts/toasts-*.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, exampleLoaded } from './harness.mjs';

async function text(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

test('a toast on screen follows a switch of language', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  const toast = page.locator('.toasts .toast').last();
  await toast.waitFor();
  const zh = await text(toast.locator('.toast-text'));
  assert.match(zh, /[\u4e00-\u9fff]/, `a Chinese toast: ${zh}`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.locator('nav').first().getByRole('link', { name: 'Ledger', exact: true }).waitFor();
  const en = await text(toast.locator('.toast-text'));
  assert.notEqual(en, zh);
  assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `the same toast in English: ${en}`);
  // Its undo button speaks English too.
  assert.equal(await text(toast.locator('.toast-undo')), 'Undo');
  await app.screenshot('toasts-english', { fullPage: false });
});

test('after two quick adds the 登记 button takes a click at once at 1280×1000', async (t) => {
  const app = await session(t, { viewport: { width: 1280, height: 1000 } });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await page.locator('nav').first().getByRole('link', { name: '台账', exact: true }).click();
  const form = page.locator('form.add-form');
  await form.waitFor();
  const add = form.getByRole('button', { name: '登记', exact: true });
  const fill = async (title) => {
    await page.locator('#add-target').fill('专题培训');
    await page.getByLabel('事项', { exact: true }).first().fill(title);
  };
  for (const title of ['快速登记一', '快速登记二']) {
    await fill(title);
    await add.click({ timeout: 2000 });
    await page.getByText(`已登记：${title}`).waitFor();
  }
  // Two toasts on screen; the button is where the pointer goes, and nothing covers it: the
  // element at its centre is the button itself (or inside it).
  assert.ok((await page.locator('.toasts .toast').count()) >= 2, 'the two toasts are on screen');
  await app.screenshot('toasts-two-adds', { fullPage: false });
  const box = await add.boundingBox();
  assert.ok(box, 'the 登记 button is on screen');
  const hit = await page.evaluate(([x, y]) => {
    const el = document.elementFromPoint(x, y);
    return el ? el.closest('button')?.textContent?.trim() ?? el.tagName : null;
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  assert.equal(hit, '登记');
  // And every toast stays clear of every control on screen.
  const covered = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.toasts .toast')].map((t) => t.getBoundingClientRect());
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('main button, main input, main select, main textarea, main a, nav a')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => boxes.some((b) => overlaps(b, el.getBoundingClientRect())))
      .map((el) => el.outerHTML.slice(0, 80));
  });
  assert.deepEqual(covered, []);
  // A third add goes through at once.
  await fill('快速登记三');
  await add.click({ timeout: 2000 });
  await page.getByText('已登记：快速登记三').waitFor();
});
