/**
 * The tokenizer of texToMathml: reads TeX math source one token at a time. Tokens are a command
 * (`\frac`, or `\` and one non-letter: `\ `, `\,`), a number (`0.5000`: digits with at most one
 * point), a letter (one of a–z, A–Z: TeX sets each as its own identifier) or any other single
 * character (`{`, `}`, `^`, `_`, `'`, operators). Whitespace between tokens is skipped, as in TeX
 * math; readRawGroup reads a braced argument verbatim (the text of \text{…}).
 */

export type TexTokenKind = 'command' | 'number' | 'letter' | 'char';

export interface TexToken {
  kind: TexTokenKind;
  /** The command's name without its backslash ('frac', ' '), or the token's text. */
  text: string;
  /** Offset in the source, for error messages. */
  at: number;
}

const isLetter = (c: string) => /^[A-Za-z]$/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

export class TexReader {
  private position = 0;
  private peeked: TexToken | undefined;

  constructor(readonly source: string) {}

  /** The next token without consuming it; undefined at the end. */
  peek(): TexToken | undefined {
    this.peeked ??= this.read();
    return this.peeked;
  }

  /** The next token, consumed; undefined at the end. */
  next(): TexToken | undefined {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  /** Puts a token back (the rest of a number whose first digit a script took). */
  pushBack(token: TexToken): void {
    if (this.peeked !== undefined) throw new Error('texToMathml: internal error, two tokens pushed back');
    this.peeked = token;
  }

  /** The text of a braced group `{…}`, verbatim (nested braces kept); no commands inside. */
  readRawGroup(command: string): string {
    if (this.peeked !== undefined) throw new Error(`texToMathml: \\${command} expects {…}`);
    this.skipSpace();
    if (this.source[this.position] !== '{') throw new Error(`texToMathml: \\${command} expects {…} at ${this.position}`);
    let depth = 0;
    const start = this.position + 1;
    for (let k = this.position; k < this.source.length; k++) {
      const c = this.source[k];
      if (c === '\\') {
        const name = /^\\([A-Za-z]+|.?)/.exec(this.source.slice(k))?.[1] ?? '';
        throw new Error(`texToMathml: unsupported command \\${name} inside \\${command}{…} at ${k}`);
      }
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) {
        this.position = k + 1;
        return this.source.slice(start, k);
      }
    }
    throw new Error(`texToMathml: unclosed { after \\${command}`);
  }

  private skipSpace(): void {
    while (this.position < this.source.length && /\s/.test(this.source[this.position])) this.position++;
  }

  private read(): TexToken | undefined {
    this.skipSpace();
    const { source } = this;
    const at = this.position;
    if (at >= source.length) return undefined;
    const c = source[at];
    if (c === '\\') {
      let end = at + 1;
      while (end < source.length && isLetter(source[end])) end++;
      if (end === at + 1) {
        if (end >= source.length) throw new Error('texToMathml: a lone \\ at the end');
        end++;
      }
      this.position = end;
      return { kind: 'command', text: source.slice(at + 1, end), at };
    }
    if (isDigit(c) || (c === '.' && isDigit(source[at + 1] ?? ''))) {
      const match = /^\d*\.?\d*/.exec(source.slice(at)) as RegExpExecArray;
      this.position = at + match[0].length;
      return { kind: 'number', text: match[0], at };
    }
    this.position = at + 1;
    return { kind: isLetter(c) ? 'letter' : 'char', text: c, at };
  }
}
