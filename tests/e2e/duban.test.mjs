// The 督办 documents as the 督查室 uses them: open a red target of the example ledger, issue
// a 督办通知单 from its page, open the downloaded .docx (a small zip reader on node's zlib) and
// read its number, addressee, target and figures; find the notice on the target page after a
// reload; mark it replied and undo that; download the month's 督查通报 (Markdown and Word)
// and the calendar of deadlines, and read them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { session, storedDocument } from './harness.mjs';

const DOC_KEY = 'luoshi.doc.v1';
const YEAR = new Date().getFullYear();
const MONTH = String(new Date().getMonth() + 1).padStart(2, '0');

async function untilStored(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const raw = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
    const doc = raw === null ? null : JSON.parse(raw);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

/** The entries of a zip archive, by name, as text (stored or deflated). */
function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  assert.ok(eocd >= 0, 'a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = {};
  for (let i = 0; i < count; i += 1) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    files[name] = (method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8');
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** The text of word/document.xml, paragraph by paragraph. */
function paragraphs(xml) {
  const unescape = (s) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((p) =>
    unescape([...p[1].matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((t) => t[1]).join('')),
  );
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

test('a lagging target is chased with a numbered 督办通知单, recorded, replied and undone', async (t) => {
  const app = await session(t, { viewport: { width: 1280, height: 1000 } });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');

  // The 督办 page lists the targets that may be chased; take a lagging one.
  // Under the default plan's rules (落后即黄，逾期为红) a target behind
  // 序时进度 is yellow and only an overdue one red.
  await page.goto(`${app.url}#/duban`);
  await page.locator('.view-duban').waitFor();
  const red = page
    .locator('.duban-targets li', { has: page.locator('.badge.status-red, .badge.status-yellow') })
    .first();
  await red.waitFor();
  const id = await red.locator('input[name="duban-target"]').getAttribute('value');

  // Its page: the figures, and the 督办 action.
  await page.goto(`${app.url}#/targets/${encodeURIComponent(id)}`);
  const title = (await page.locator('#target-title').innerText()).trim();
  const sentence = await page.getByTestId('figure-sentence').innerText();
  await page.locator('.target-notices').getByText('尚未对本指标印发督办通知单。').waitFor();
  await page.locator('.target-notices a[data-action="duban"]').click();
  await page.locator('.view-duban').waitFor();
  assert.ok(await page.locator(`input[name="duban-target"][value="${id}"]`).isChecked(), 'the target is chosen');
  const unit = await page.locator('input[name="duban-unit"]').inputValue();
  assert.ok(unit.length > 0, 'addressed to its lead unit');
  await page.getByText(`文号：督办〔${YEAR}〕1号`).waitFor();
  await page.locator('textarea[name="duban-request"]').fill('请于一周内制定整改方案，加快推进。');
  await page.locator('input[name="duban-reply-due"]').fill(`${YEAR}-12-20`);
  await page.locator('input[name="duban-reply-due"]').dispatchEvent('change');

  const docx = await download(page, () => page.locator('button[name="duban-issue"]').click());
  assert.match(docx.name, new RegExp(`^督办通知单-督办〔${YEAR}〕1号-.+\\.docx$`));
  const text = paragraphs(unzip(docx.bytes)['word/document.xml']);
  assert.equal(text[0], '督办通知单');
  assert.equal(text[1], `督办〔${YEAR}〕1号`);
  assert.equal(text[2], `${unit}：`);
  const item = text.find((p) => p.startsWith('（一）'));
  assert.ok(item && item.includes(title.slice(0, 6)), `the target is named: ${item}`);
  // The figures are the ones the target page shows: a cadence target's
  // missed periods ("未达标周期：2026年8月"), else its completion ("完成率 25.0%").
  const missed = /未达标周期：([^，。、；]+)/.exec(sentence)?.[1];
  const completion = /完成率 (\d+\.\d)%/.exec(sentence)?.[1];
  if (missed) assert.ok(item.includes(missed), `${item} vs ${sentence}`);
  else if (completion) assert.ok(item.includes(`完成率${completion}%`), `${item} vs ${sentence}`);
  else assert.match(item, /逾期|未达标|尚差|未完成|滞后/);
  assert.ok(text.includes('请于一周内制定整改方案，加快推进。'));
  assert.ok(text.some((p) => p.includes(`请于${YEAR}年12月20日前将办理情况书面反馈`)));

  // Recorded in the document, and on the target page after a reload.
  await untilStored(page, (d) => (d.notices ?? []).length === 1, 'the notice');
  await app.reload();
  await page.goto(`${app.url}#/targets/${encodeURIComponent(id)}`);
  const block = page.locator('.target-notices');
  await block.getByText(new RegExp(`督办〔${YEAR}〕1号 主送${unit}`)).waitFor();
  assert.match(await block.innerText(), /12月20日前反馈，待反馈/);
  await app.screenshot('duban-target');

  // Marked replied with a day and a note, then undone.
  await page.goto(`${app.url}#/duban`);
  const row = page.locator(`tr[data-notice="督办〔${YEAR}〕1号"]`);
  await row.locator('input[name="notice-replied-on"]').fill(`${YEAR}-11-29`);
  await row.locator('input[name="notice-replied-on"]').dispatchEvent('change');
  await row.locator('input[name="notice-reply"]').fill('已制定整改方案');
  await row.locator('button[name="notice-mark-replied"]').click();
  await row.getByText('11月29日已反馈').waitFor();
  await row.getByText('已制定整改方案').waitFor();
  await untilStored(page, (d) => d.notices[0].replied === `${YEAR}-11-29`, 'the reply');
  await app.screenshot('duban-page');
  await page.locator('.toast').getByRole('button', { name: '撤销' }).last().click();
  await row.getByText('待反馈').waitFor();
  await untilStored(page, (d) => !d.notices[0].replied, 'the reply undone');
});

test('the monthly 督查通报 and the calendar download and read right', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  // The report view links to the 督办 page.
  await page.locator('nav').getByRole('link', { name: '报告' }).click();
  await page.locator('.view-report a[data-action="duban"]').click();
  await page.locator('.view-duban').waitFor();

  await page.locator('input[name="bulletin-month"]').fill(`${YEAR}-${MONTH}`);
  await page.locator('input[name="bulletin-month"]').dispatchEvent('change');
  const md = await download(page, () => page.locator('button[name="bulletin-md"]').click());
  assert.equal(md.name, `督查通报-${YEAR}-${MONTH}.md`);
  const body = md.bytes.toString('utf8');
  assert.match(body, new RegExp(`^# 关于${YEAR}年${Number(MONTH)}月《.+》落实情况的督查通报`));
  for (const h of ['一、总体进展情况', '二、各单位落实情况', '三、提前完成的指标', '四、进度滞后的指标', '五、报送和督办情况']) {
    assert.ok(body.includes(`## ${h}`), h);
  }
  assert.match(body, /加权平均完成率\d+\.\d%/);
  const docx = await download(page, () => page.locator('button[name="bulletin-docx"]').click());
  const text = paragraphs(unzip(docx.bytes)['word/document.xml']);
  assert.match(text[0], /督查通报$/);
  assert.ok(text.includes('四、进度滞后的指标'));

  // Last month's 通报: its figures at that month's last day, its reports
  // judged and the document signed on the day it is issued (today).
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth(), 0);
  const lastMonth = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
  await page.locator('input[name="bulletin-month"]').fill(lastMonth);
  await page.locator('input[name="bulletin-month"]').dispatchEvent('change');
  const prev = (await download(page, () => page.locator('button[name="bulletin-md"]').click())).bytes.toString('utf8');
  assert.match(prev, new RegExp(`截至(${last.getFullYear()}年)?${last.getMonth() + 1}月${last.getDate()}日，计划`));
  assert.ok(prev.trimEnd().endsWith(`${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`), prev.slice(-80));
  assert.match(prev, /各单位落实情况[\s\S]*本单位记录工作和数据\d+条/);

  const ics = await download(page, () => page.locator('button[name="ics-download"]').click());
  assert.match(ics.name, /\.ics$/);
  const cal = ics.bytes.toString('utf8');
  assert.ok(cal.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(cal.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!cal.replace(/\r\n/g, '').includes('\n'), 'CRLF line ends');
  for (const line of cal.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  const unfolded = cal.replace(/\r\n /g, '');
  assert.match(unfolded, /SUMMARY:【节点】/);
  assert.match(unfolded, /DTSTART;VALUE=DATE:\d{8}\r\n/);
});
