import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/lib/startServer';
import { formTokenFromPage } from '../support/submissionToken';

describe('npm run backup', () => {
  it('copies the database and photos while the server runs; a fresh server on the copy has the same stories', async () => {
    const server = await startServer({ SUBMIT_RATE_LIMIT: '1000/60', SUBMIT_MIN_FILL_MS: '0' });
    const formToken = await formTokenFromPage(server.url);
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#a44' } }).jpeg().toBuffer();
    const receipts: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const f = new FormData();
      for (const [k, v] of Object.entries({ lang: 'zh-CN', title: `备份测试 ${i}`, body: '这个故事用来检查备份和恢复是否完整，一个字都不能少。', kind: 'other', building: '12', consent: 'yes', website: '', formToken, contact: 'contact-secret-xyz' })) f.append(k, v);
      if (i === 1) f.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'p.jpg');
      const r = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: f, headers: { origin: server.url, accept: 'application/json' } });
      const text = await r.text();
      expect(text).not.toContain('contact-secret-xyz');
      receipts.push((JSON.parse(text) as { receipt: string }).receipt);
    }
    const target = mkdtempSync(join(tmpdir(), 'cailing-backups-'));
    const said = execFileSync('node_modules/.bin/tsx', ['scripts/backup.ts', target], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' });
    expect(said).toContain('1 photo(s)');
    expect(server.output()).not.toContain('contact-secret-xyz');
    const originalPhotos = readdirSync(join(server.dataDir, 'uploads')).map((n) => [n, createHash('sha256').update(readFileSync(join(server.dataDir, 'uploads', n))).digest('hex')]);
    await server.stop();

    const restored = await startServer({}, join(target, readdirSync(target)[0]!));
    try {
      for (const [i, receipt] of receipts.entries()) {
        expect(await (await fetch(`${restored.url}/submit/status/${receipt}/`)).text()).toContain(`备份测试 ${i}`);
      }
      const restoredPhotos = readdirSync(join(restored.dataDir, 'uploads')).map((n) => [n, createHash('sha256').update(readFileSync(join(restored.dataDir, 'uploads', n))).digest('hex')]);
      expect(restoredPhotos).toEqual(originalPhotos);
      const db = restored.db();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n).toBe(3);
      db.close();
    } finally {
      await restored.stop();
    }
  });
});
