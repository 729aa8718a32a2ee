// The documents `./x bench` measures, made deterministically from the native `luoshi example`
// document: its activities (and readings) repeated with new ids, dates and titles.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const YEAR = 2026;

/** The example document of the native command, in the project's file format. */
export function exampleDocument() {
  const out = path.join(os.tmpdir(), `luoshi-bench-example-${process.pid}.json`);
  const r = spawnSync('cargo', ['run', '--quiet', '--bin', 'luoshi', '--', 'example', '--year', String(YEAR),
    '--as-of', `${YEAR}-11-30`, '--out', out], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('`luoshi example` failed');
  const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  return doc;
}

/** A fixed-seed generator so that every run measures the same document. */
function lcg(seed) {
  let s = BigInt(seed);
  return (n) => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number((s >> 33n) % BigInt(n));
  };
}

function isoDay(year, dayOfYear) {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** The example's activities repeated to `count`, each with its own id, date and title; with
 *  `readings`, the example's readings repeated to that many the same way (else the example's). */
export function heavyDocument(example, count, { notesLength = 0, readings = null } = {}) {
  const templates = example.activities;
  if (!Array.isArray(templates) || templates.length === 0) throw new Error('the example document has no activities');
  const below = lcg(YEAR);
  const pad = '记'.repeat(notesLength);
  const activities = [];
  for (let n = 0; n < count; n++) {
    const a = structuredClone(templates[below(templates.length)]);
    a.id = `bench-${String(n).padStart(6, '0')}`;
    a.date = isoDay(YEAR, below(334));
    a.title = `基准活动 ${String(n).padStart(6, '0')}`;
    if (notesLength > 0) a.notes = pad;
    activities.push(a);
  }
  const doc = { ...example, activities };
  if (readings !== null) {
    const kept = Array.isArray(example.readings) ? example.readings : [];
    if (kept.length === 0) throw new Error('the example document has no readings');
    doc.readings = Array.from({ length: readings }, (_, n) => {
      const r = structuredClone(kept[below(kept.length)]);
      r.id = `bench-r-${String(n).padStart(6, '0')}`;
      r.date = isoDay(YEAR, below(334));
      return r;
    });
  }
  return doc;
}

/** The same document with evidence on one activity in five (2,000 of 10,000): a file reference
 *  (hash, type, size) and a 文号 kept elsewhere each. The files' bytes are not stored: the ledger
 *  shows the count, and nothing on its pages reads a file. */
export function withEvidence(doc, every = 5) {
  const activities = doc.activities.map((a, n) => (n % every !== 0 ? a : {
    ...a,
    evidence: [
      { name: `会议纪要-${n}.pdf`, sha256: n.toString(16).padStart(64, '0'), mime: 'application/pdf', size: 48_213 + n, added_at: a.updated_at },
      { name: `市府办〔${YEAR}〕${n}号`, added_at: a.updated_at },
    ],
  }));
  return { ...doc, activities };
}

export const UNIT_FILES = 30;
export const UNIT_ACTIVITIES = 1_000;

/** Thirty units' exports of 1,000 activities each, of the example's plan, as the reporting page
 *  receives them. */
export function unitFiles(example) {
  return Array.from({ length: UNIT_FILES }, (_, i) => {
    const unit = `基准单位${String(i + 1).padStart(2, '0')}`;
    const doc = heavyDocument(example, UNIT_ACTIVITIES);
    doc.activities.forEach((a) => {
      a.id = `u${i}-${a.id}`;
      a.recorded_by = unit;
    });
    const file = { ...doc, unit, exported_at: `${YEAR}-11-03T17:00:00+08:00`, covers: { from: doc.plan.start, to: `${YEAR}-11-03` } };
    return { name: `落实台账-${unit}-${YEAR}-11-03.json`, text: JSON.stringify(file) };
  });
}
