import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'trace-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npx tsx src/core/cli/trace.ts …` as a separate process. */
function cli(args: string[]) {
  return spawnSync('npx', ['tsx', 'src/core/cli/trace.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('src/core/cli/trace.ts, spawned (the wiring: file reading, stdout, stderr, exit code)', () => {
  it('prints the md worksheet of a temp file and exits 0; a shape error exits 2 with one line on stderr', () => {
    const good = join(dir, 'net.json');
    writeFileSync(good, JSON.stringify({ layers: [{ weights: [[0.5]], bias: [0], activation: 'sigmoid' }], input: [1], target: [1], learningRate: 0.5 }));
    const ok = cli([good, '--format', 'md']);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    // the given values first (one layer: 4 items before it, 2 after), then the table
    expect(ok.stdout.split('\n').slice(0, 3)).toEqual(['**Given**', '', '- Input: $x_{1} = 1$.']);
    expect(ok.stdout).toContain('- Layer 1 (sigmoid): $w^{(1)}_{11} = 0.5$; $b^{(1)}_{1} = 0$.');
    expect(ok.stdout.split('\n')[9]).toBe('| quantity | formula | value |');
    // y = sig(0.5) = 0.622459; E = ½(0.622459 − 1)² = 0.071275
    expect(ok.stdout).toContain('| $E$ | $\\frac{1}{2}(y_{1} - y\'_{1})^2 = \\frac{1}{2}(0.6225 - 1)^2$ | 0.0713 |');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ layers: [{ weights: [[0.5]], bias: [0], activation: 'sigmoid' }], input: [1, 2], target: [1], learningRate: 0.5 }));
    const failed = cli([bad]);
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe(`${bad}: input: expected 1 number (layer 1 takes 1 input), got 2\n`);
  }, 60_000);

  it('--lang ko prints the Korean words as UTF-8', () => {
    const korean = cli(['examples/trace/deck-chain.json', '--format', 'md', '--lang', 'ko']);
    expect(korean.status).toBe(0);
    const lines = korean.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['**주어진 값**', '', '- 입력: $x_{1} = 1$.']);
    expect(lines.slice(10, 13)).toEqual(['| 값 이름 | 식 | 값 |', '| --- | --- | --- |', '| **순전파** | | |']);
  }, 60_000);
});
