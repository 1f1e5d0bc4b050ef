import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../src/data/demos';
import { GLOSSARY } from '../../../src/data/glossary';
import { NOTATION } from '../../../src/data/notation';
import {
  forbiddenTerms,
  mdxProse,
  outcomeRegister,
  outcomeRegisterOk,
  separatedParticles,
  summaryRegisterOk,
  unintendedLists,
  type Finding,
} from './content-style';

/**
 * Issue 15's content check over both languages' chapters, the Korean UI strings, the demo summaries
 * and the glossary: a Korean particle separated from the formula or number before it, a term from the
 * glossary's "not this" column, a Korean outcome or demo summary out of the ~한다 register, a line that
 * Markdown turns into an unintended list. Each finding is reported as file:line.
 */
const ROOT = join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** A language's chapters and their lectures (content/<lang>/lectures/). */
const chapters = (lang: string) =>
  ['', 'lectures/'].flatMap((dir) => readdirSync(join(ROOT, 'content', lang, dir)).filter((f) => f.endsWith('.mdx')).map((f) => `content/${lang}/${dir}${f}`));
const KO_UI = ['src/i18n/ko.ts', ...readdirSync(join(ROOT, 'src/i18n/ko')).map((f) => `src/i18n/ko/${f}`)];

const NOT_THIS = new Map(GLOSSARY.flatMap((g) => Object.entries(g.notKo ?? {})));

/** The 1-based line of a string's first occurrence in a file. */
function lineOf(file: string, needle: string): number {
  const text = read(file);
  const i = text.indexOf(needle);
  return i < 0 ? 0 : text.slice(0, i).split('\n').length;
}

const show = (found: readonly Finding[]) => found.map((f) => `${f.file}:${f.line}  ${f.text}`);

export function allFindings(): Finding[] {
  const found: Finding[] = [];
  for (const file of chapters('ko')) {
    const source = read(file);
    found.push(...separatedParticles(file, mdxProse(source)), ...forbiddenTerms(file, source, NOT_THIS), ...outcomeRegister(file, source));
  }
  for (const file of [...chapters('en'), ...chapters('ko')]) found.push(...unintendedLists(file, read(file)));
  for (const file of [...KO_UI, 'src/data/demos.ts']) {
    const text = read(file);
    found.push(...separatedParticles(file, text), ...forbiddenTerms(file, text, NOT_THIS));
  }
  for (const demo of DEMOS) {
    if (!summaryRegisterOk(demo.summary.ko)) found.push({ kind: 'register', file: 'src/data/demos.ts', line: lineOf('src/data/demos.ts', demo.summary.ko), text: demo.summary.ko });
  }
  for (const g of GLOSSARY) {
    const line = lineOf('src/data/glossary.ts', g.meaningKo);
    found.push(...separatedParticles('src/data/glossary.ts', g.meaningKo).map((f) => ({ ...f, line })));
  }
  // The notation page's Korean: every entry's text (the file's TeX stays out of it).
  for (const n of NOTATION) {
    const line = lineOf('src/data/notation.ts', n.ko);
    found.push(...[...separatedParticles('src/data/notation.ts', n.ko), ...forbiddenTerms('src/data/notation.ts', n.ko, NOT_THIS)].map((f) => ({ ...f, line })));
  }
  return found;
}

describe('the content check finds what it should (known-bad and known-good text)', () => {
  it('a particle separated from a formula, number, parenthesis, code or bold text', () => {
    const bad = ['1("유지") 또는 0("제거")인 난수 $r_j$ 를 뽑는다.', '$p = 0.5$ 이면 동전을 던지는 셈이다.', '확률은 0.25 이다.', 'Ng(2013) 이 보였다.', '`Dropout(rate=0.5)` 에서', '**마스크(mask)** 라고 한다.', '값은 $z$\n이다.'];
    expect(bad.map((t) => separatedParticles('x', t).length)).toEqual(bad.map(() => 1));
    expect(separatedParticles('x', '첫 줄\n$W_2W_1$은 행렬이고 $\\sqrt{G_t+\\epsilon}$으로 나눈다. Ng(2013)이 보였다.')).toEqual([]);
    expect(separatedParticles('x', '0.5 이상, 10 개, $n$ 번째, 2 이하. **$p$는 어느 쪽인가?** 이 강의는')).toEqual([]);
  });

  it('a particle for a vowel after a formula read with a final consonant (제곱, 프라임, 엡실론)', () => {
    const bad = ['분산 $\\sigma_B^2$가 작다.', '$\\text{sig}(x)\'$로 쓴다.', '$\\sqrt{G_t + \\epsilon}$로 나눈다.', 'sig(w₃h₂)′를 읽는다.', '$\\varepsilon$를 0으로'];
    expect(bad.map((t) => separatedParticles('x', t).length)).toEqual(bad.map(() => 1));
    expect(separatedParticles('x', '$\\sigma_B^2$이 작고 $\\sqrt{G_t + \\epsilon}$으로 나누며 $x^2$과 $y$를 본다. 2가지, ε가량')).toEqual([]);
  });

  it('a particle after a number in the form its Korean reading takes (영, 일, 이, … by the last digit)', () => {
    const bad = ['확률은 0.5을 넘는다.', '값 10가 된다.', '1으로 둔다.', '3를 더한다.', '7는 크다.', '층 2이 있다.'];
    expect(bad.map((t) => separatedParticles('x', t).length)).toEqual(bad.map(() => 1));
    expect(separatedParticles('x', '0.5를 넘고 10이 되며 1로 두고 3을 더하면 7은 크다. 2가 있다. 2가지, 3개, $w_3$를, 2014)은')).toEqual([]);
  });

  it('reports the line of the particle', () => {
    expect(separatedParticles('f.mdx', 'a\nb\n난수 $r_j$ 를 뽑는다.')[0].line).toBe(3);
  });

  it('does not read display math or code', () => {
    expect(separatedParticles('x', mdxProse('$$\nx = 1\n$$\n\n이다.\n```\n$a$ 를\n```\n'))).toEqual([]);
  });

  it('a term from the glossary’s "not this" column, but not inside a longer name', () => {
    expect(forbiddenTerms('x', '500 에폭 동안 네트워크가 XOR을 배운다. OR이 켜진다.', NOT_THIS).map((f) => f.text).sort()).toEqual(
      ['OR이 → OR가', 'XOR을 → XOR를', '네트워크 → 신경망', '에폭 → 에포크'],
    );
    expect(forbiddenTerms('x', 'XOR를 배우는 신경망, 100 에포크, OR가 켜진다.', NOT_THIS)).toEqual([]);
  });

  it('outcomes and demo summaries in the plain ~한다 register', () => {
    expect(outcomeRegisterOk('출력을 계산한다.')).toBe(true);
    expect(outcomeRegisterOk('출력을 계산할 수 있다')).toBe(false);
    expect(outcomeRegisterOk('출력을 계산할 수 있다.')).toBe(false);
    expect(outcomeRegisterOk('출력을 계산합니다.')).toBe(false);
    expect(summaryRegisterOk('가중치를 바꾸며 본다. 직선이 움직인다.')).toBe(true);
    expect(summaryRegisterOk('XOR를 계산합니다. 가중치를 바꾸며 확인하세요.')).toBe(false);
    expect(summaryRegisterOk('슬라이더를 움직여 보세요.')).toBe(false);
    const front = '---\ntitle: x\nsummary: 뉴런을 살펴봅니다.\noutcomes:\n  - 계산한다.\n  - 설명할 수 있다\n---\n본문';
    expect(outcomeRegister('f.mdx', front)).toEqual([
      { kind: 'register', file: 'f.mdx', line: 3, text: '뉴런을 살펴봅니다.' },
      { kind: 'register', file: 'f.mdx', line: 6, text: '설명할 수 있다' },
    ]);
  });

  it('a line break that starts a list or a heading in the middle of a paragraph', () => {
    const perceptron = 'The error is $-1$, $0$ or $+1$, because both are 0 or\n1. So "beyond tolerance" means "wrong".\n';
    expect(unintendedLists('p.mdx', perceptron)).toEqual([expect.objectContaining({ kind: 'list', line: 2 })]);
    expect(unintendedLists('p.mdx', 'a sum of\n- 3 and 4\n')).toHaveLength(1);
    expect(unintendedLists('p.mdx', 'the channel\n# 3 of the mixer\n')).toHaveLength(1);
    expect(unintendedLists('p.mdx', 'the ratio is\n> 1 here\n')).toHaveLength(1);
    expect(unintendedLists('p.mdx', 'a difference of 3\n-\n')).toHaveLength(1);
    const intended = [
      'Steps:', '1. one', '2. two', '   still two', '3. three', '', '- an item', '  continued', '- next', '',
      'The years 1990 and', '2. that was it', '', 'Some words:', '', '- a', '- b',
    ].join('\n');
    expect(unintendedLists('p.mdx', intended)).toEqual([]);
  });
});

describe('the course’s text passes the content check', () => {
  const found = allFindings();
  it.each(['particle', 'term', 'register', 'list'] as const)('no %s findings', (kind) => {
    expect(show(found.filter((f) => f.kind === kind))).toEqual([]);
  });
});

/**
 * "The deck" is the team's word for the seminar's slides; a reader has never heard it. Reader-facing
 * English — chapters, UI strings (code comments aside), demo summaries, the notation page — says
 * "the seminar" instead.
 */
describe('reader-facing English says "the seminar", not "the deck"', () => {
  const EN_UI = ['src/i18n/en.ts', ...readdirSync(join(ROOT, 'src/i18n/en')).map((f) => `src/i18n/en/${f}`)];
  const isComment = (line: string) => /^\s*(\/\/|\*|\/\*)/.test(line) || /^\s*\{\/\*.*\*\/\}\s*$/.test(line);
  it.each([...chapters('en'), ...EN_UI, 'src/data/demos.ts', 'src/data/notation.ts'])('%s', (file) => {
    const lines = read(file)
      .split('\n')
      .map((text, k) => ({ text: text.replace(/\/\/.*$/, ''), line: k + 1 }))
      .filter(({ text }) => !isComment(text) && /\bdeck\b/i.test(text));
    expect(lines.map(({ line, text }) => `${file}:${line}  ${text.trim()}`)).toEqual([]);
  });
});
