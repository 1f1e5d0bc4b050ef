/**
 * The content check of issue 15, as pure functions over a file's text: each finding names the file and
 * the 1-based line. content-style.test.ts runs it over both languages' chapters, the Korean UI strings,
 * the demo summaries and the glossary's meanings, and feeds it known-bad strings.
 *
 * - particle: a Korean particle separated by a space from the inline formula, number, code, bold text,
 *   parenthesis or `{…}` expression before it ("$r_j$ 를", "0.5 이다", "Ng(2013) 이"). A display formula
 *   on its own lines is not read: the particle after it cannot be attached. Also a particle chosen
 *   for a vowel after a formula read aloud with a final consonant (σ²는 → σ²은: "시그마 제곱은").
 * - term: a word listed in the glossary's "not this" column (GlossaryEntry.notKo).
 * - register: a Korean chapter outcome that is not a plain ~한다 sentence, or a chapter or demo summary
 *   with a polite or imperative ending (~합니다, ~하세요) or not ending in ~다.
 * - list: a line inside a paragraph that Markdown would turn into a list or a heading ("0 or\n1. So").
 */

export type FindingKind = 'particle' | 'term' | 'register' | 'list';

export interface Finding {
  readonly kind: FindingKind;
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Particles and copula forms, longest first so that "으로" wins over "로". */
const PARTICLES = [
  '이라고', '이라는', '이라면', '이므로', '이지만', '이어야', '이어서', '으로는', '으로서', '으로써',
  '에서는', '에서도', '에서', '에게', '에는', '에도', '와의', '과의', '로는', '로서', '로써', '으로',
  '이다', '이며', '이고', '이면', '이라', '이나', '이란', '이든', '이자', '이었다', '였다', '까지', '부터', '보다',
  '처럼', '마다', '라고', '라는', '만큼', '인데', '조차', '밖에',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '인', '나', '라', '란', '씩', '뿐', '다',
].sort((a, b) => b.length - a.length);

/** What a particle may follow when attached: inline math's closing $, a digit, ), `, **, } or />. */
const BEFORE = String.raw`(?:\$|\d|(?<!\([가-힣]{1,2})\)|\x60|(?<![.?!:])\*\*|\}|\/>)`;
const AFTER = String.raw`(?=[\s.,;:!?()\]·"'’”」]|$)`;
const SEPARATED = new RegExp(`${BEFORE}([ \\t]+|[ \\t]*\\n[ \\t]*)(${PARTICLES.join('|')})${AFTER}`, 'gu');

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Blank a match out, keeping its newlines so that line numbers stay right. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** An MDX chapter with its code and display math blanked out (lines kept). */
export function mdxProse(source: string): string {
  return source
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/^(?:import|export) .*$/gm, blank)
    .replace(/\$\$[\s\S]+?\$\$/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/**
 * A formula whose reading ends in a consonant — x² "제곱", f′ "프라임", ε "엡실론" — followed by the
 * particle for a vowel: σ²는 → σ²은, sig(x)′로 → sig(x)′으로, √(G + ε)로 → √(G + ε)으로.
 */
const MISREAD = new RegExp(String.raw`(?:(?:\^2|\^\{2\}|'|\\(?:var)?epsilon)[\]})]*\$|[′²ε][\]})]*)(는|가|를|와|로|라)(?![가-힣])`, 'gu');
const CONSONANT_FORM: Record<string, string> = { 는: '은', 가: '이', 를: '을', 와: '과', 로: '으로', 라: '이라' };

/**
 * A number read in Korean ends as its last digit does — 영 삼 육 십 백 천 만 in a consonant, 일 칠 팔
 * in ㄹ (which takes 로, not 으로), 이 사 오 구 in a vowel — so 0.5를, 10이, 1로, 3을 and not 0.5을,
 * 10가, 1으로, 3를. (A particle after a parenthesis follows the word before it: Ng(2013)이, 응.)
 */
const NUMBER_PARTICLE = /(?<![\w.\\{^_])\d(?:[\d,]*\d)?(?:\.\d+)?(으로|은|는|이|가|을|를|과|와|로)(?![가-힣])/gu;
const FINAL: Record<string, 'consonant' | 'rieul' | 'vowel'> = { 0: 'consonant', 3: 'consonant', 6: 'consonant', 1: 'rieul', 7: 'rieul', 8: 'rieul', 2: 'vowel', 4: 'vowel', 5: 'vowel', 9: 'vowel' };
const AFTER_CONSONANT = new Set(['은', '이', '을', '과', '으로']);

function numberParticleOk(number: string, particle: string): boolean {
  const final = FINAL[number[number.length - 1]];
  if (final === 'vowel') return !AFTER_CONSONANT.has(particle);
  if (final === 'rieul') return particle === '로' || (AFTER_CONSONANT.has(particle) && particle !== '으로');
  return AFTER_CONSONANT.has(particle);
}

export function separatedParticles(file: string, text: string): Finding[] {
  const separated = [...text.matchAll(SEPARATED)].map((m) => ({
    kind: 'particle' as const,
    file,
    line: lineAt(text, m.index + m[0].length - m[2].length),
    text: text.slice(Math.max(0, m.index - 20), m.index + m[0].length).replace(/\s+/g, ' '),
  }));
  const misread = [...text.matchAll(MISREAD)].map((m) => ({
    kind: 'particle' as const,
    file,
    line: lineAt(text, m.index),
    text: `${text.slice(Math.max(0, m.index - 20), m.index + m[0].length).replace(/\s+/g, ' ')} → ${CONSONANT_FORM[m[1]]} (read aloud, it ends in a consonant)`,
  }));
  const numbers = [...text.matchAll(NUMBER_PARTICLE)]
    .filter((m) => !numberParticleOk(m[0].slice(0, m[0].length - m[1].length), m[1]))
    .map((m) => ({
      kind: 'particle' as const,
      file,
      line: lineAt(text, m.index),
      text: `${text.slice(Math.max(0, m.index - 20), m.index + m[0].length).replace(/\s+/g, ' ')} (the number, read aloud, takes another form)`,
    }));
  return [...separated, ...misread, ...numbers];
}

export function forbiddenTerms(file: string, text: string, notThis: ReadonlyMap<string, string>): Finding[] {
  const found: Finding[] = [];
  for (const [bad, good] of notThis) {
    const escaped = bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z])${escaped}`, 'g'))) {
      found.push({ kind: 'term', file, line: lineAt(text, m.index), text: `${bad} → ${good}` });
    }
  }
  return found;
}

/** A Korean chapter outcome: one plain declarative sentence, ~한다 (not ~할 수 있다, not ~합니다). */
export function outcomeRegisterOk(outcome: string): boolean {
  const s = outcome.trim();
  return /다\.$/.test(s) && !/수 있다\.$/.test(s) && !/니다\.$/.test(s);
}

/** A Korean demo summary: plain ~한다 sentences, no ~합니다, ~하세요, ~해요 ending anywhere. */
export function summaryRegisterOk(summary: string): boolean {
  const s = summary.trim();
  return /다\.$/.test(s) && !/(?:니다|세요|시오|어요|해요|아요)[.!?]/.test(s);
}

/** The Korean outcomes and summary of a chapter's front matter that are out of register, with their lines. */
export function outcomeRegister(file: string, source: string): Finding[] {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!front) return [];
  const found: Finding[] = [];
  const lines = front[1].split('\n');
  let inOutcomes = false;
  lines.forEach((line, i) => {
    const summary = /^summary:\s*(.*)$/.exec(line);
    if (summary && !summaryRegisterOk(summary[1])) found.push({ kind: 'register', file, line: i + 2, text: summary[1] });
    if (/^outcomes:/.test(line)) inOutcomes = true;
    else if (/^\S/.test(line)) inOutcomes = false;
    else if (inOutcomes) {
      const item = /^\s*-\s+(.*)$/.exec(line);
      if (item && !outcomeRegisterOk(item[1])) found.push({ kind: 'register', file, line: i + 2, text: item[1] });
    }
  });
  return found;
}

const MARKER = /^(\s*)(?:(\d+)[.)]|[-+*])\s/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const QUOTE = /^\s{0,3}>\s/;
/** A line of = or - under a paragraph line makes that paragraph a heading. */
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;

/**
 * Lines that a paragraph's line break turns into a list, a heading or a quote. CommonMark lets a bullet
 * ("- ", "+ ", "* "), an ordered item starting at 1 ("1. ", "1) "), an ATX heading or a block quote
 * interrupt a paragraph, and a line of = or - under it turns the paragraph into a heading. A list
 * line is meant as one when it follows a blank line, a line ending in a colon, or another item of the
 * same list; otherwise it was meant as the paragraph's next line.
 */
export function unintendedLists(file: string, source: string): Finding[] {
  const lines = mdxProse(source.replace(/^---\n[\s\S]*?\n---\n/, blank)).split('\n');
  const found: Finding[] = [];
  let inList = false;
  let listIndent = 0;
  let prev = '';
  lines.forEach((line, i) => {
    const prevBlank = prev.trim() === '';
    const prevIsText = !prevBlank && !/^\s*[|<]/.test(prev) && !HEADING.test(prev);
    const marker = MARKER.exec(line);
    const interrupts = marker && (marker[2] === undefined || marker[2] === '1');
    if (marker) {
      if (prevBlank || /[:：]\s*$/.test(prev) || !prevIsText) {
        if (!inList) listIndent = marker[1].length;
        inList = true;
      } else if (interrupts && !(inList && (MARKER.test(prev) || marker[1].length <= listIndent))) {
        found.push({ kind: 'list', file, line: i + 1, text: `${prev.trim()} ⏎ ${line.trim()}` });
      }
    } else if ((HEADING.test(line) || QUOTE.test(line) || SETEXT.test(line)) && prevIsText) {
      found.push({ kind: 'list', file, line: i + 1, text: `${prev.trim()} ⏎ ${line.trim()}` });
    } else if (prevBlank && line.trim() !== '' && !/^\s/.test(line)) {
      inList = false;
    }
    prev = line;
  });
  return found;
}
