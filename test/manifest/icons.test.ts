import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const root = resolve(__dirname, '..', '..');

describe('the add-in icons', () => {
  it('are exactly what scripts/draw-icons.js draws, at every size Office asks for', () => {
    const out = mkdtempSync(join(tmpdir(), 'scorecards-icons-'));
    try {
      // In a process of its own: the pixel loops run at full speed outside Jest's sandbox.
      const result = spawnSync(process.execPath, [join(root, 'scripts', 'draw-icons.js'), out], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      const drawn = readdirSync(out).sort();
      expect(drawn).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
      for (const file of drawn) expect(readFileSync(join(out, file)).equals(readFileSync(join(root, 'assets', file)))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
