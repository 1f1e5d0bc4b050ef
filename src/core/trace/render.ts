/**
 * A trace formula is written once, as a template over operands, and rendered twice: in symbols (the
 * general formula, which also collects the ids it depends on) and with each operand's number in place
 * of its symbol. Both renderings therefore always have the same shape.
 */

/** A quantity inside a formula. */
export interface Operand {
  /** LaTeX symbol, e.g. 'h^{(1)}_{2}'. */
  readonly symbol: string;
  /** The number as shown in formulas (rounded for display). */
  readonly text: string;
  /** The value later steps compute with (rounded when the trace is fromRounded). */
  readonly value: number;
  /** Id of the step that computed it; absent for given numbers (x, w, b, y′, η) and constants. */
  readonly id?: string;
  /**
   * true when `text` is a number derived from step `id` rather than its value (the slope f'(net) of a
   * piecewise activation): it counts in dependsOn but is not marked as that step's number.
   */
  readonly derived?: boolean;
}

export interface Render {
  /** The operand at the start of an expression. */
  lead(operand: Operand): string;
  /** The operand after an operator: a negative number goes in parentheses. */
  at(operand: Operand): string;
  /** operand² (a symbol that already has a superscript goes in parentheses). */
  square(operand: Operand): string;
  /** A product written side by side in symbols (δw, y(1 − y)) and with \cdot in numbers. */
  juxtapose(...factors: string[]): string;
  /** A product written with \cdot in both. */
  times(...factors: string[]): string;
  /** A sub-expression that starts with a minus sign, in parentheses (for use after an operator). */
  wrap(expression: string): string;
}

export type Template = (render: Render) => string;

/** A formula template and the value it stands for (computed from the operands' values). */
export interface Term {
  readonly template: Template;
  readonly value: number;
}

const CDOT = ' \\cdot ';

function wrap(expression: string): string {
  return expression.startsWith('-') ? `\\left(${expression}\\right)` : expression;
}

/** The general formula in symbols, and the ids of the step operands it uses (in order of first use). */
export function renderSymbols(template: Template): { latex: string; dependsOn: string[] } {
  const dependsOn: string[] = [];
  const use = (operand: Operand): string => {
    if (operand.id !== undefined && !dependsOn.includes(operand.id)) dependsOn.push(operand.id);
    return operand.symbol;
  };
  const latex = template({
    lead: use,
    at: use,
    square: (operand) => (operand.symbol.includes('^') ? `(${use(operand)})^2` : `${use(operand)}^2`),
    juxtapose: (...factors) => factors.join(' '),
    times: (...factors) => factors.join(CDOT),
    wrap,
  });
  return { latex, dependsOn };
}

/** An operand's number, as `\htmlData{step=<id>}{<text>}` when marking and it is an earlier step's value. */
function numberText(operand: Operand, markOperands: boolean): string {
  if (!markOperands || operand.id === undefined || operand.derived === true) return operand.text;
  return `\\htmlData{step=${operand.id}}{${operand.text}}`;
}

/**
 * The formula with every operand's number in place of its symbol. With `markOperands`, each number
 * that is an earlier step's value is wrapped as `\htmlData{step=<id>}{<text>}` (KaTeX's syntax), inside
 * the parentheses a negative number gets.
 */
export function renderNumbers(template: Template, markOperands = false): string {
  const lead = (operand: Operand): string => numberText(operand, markOperands);
  const at = (operand: Operand): string => (operand.text.startsWith('-') ? `(${lead(operand)})` : lead(operand));
  return template({
    lead,
    at,
    square: (operand) => `${at(operand)}^2`,
    juxtapose: (...factors) => factors.join(CDOT),
    times: (...factors) => factors.join(CDOT),
    wrap,
  });
}

/** A constant written the same in symbols and numbers ('1', '2'). */
export function constant(value: number, text = String(value)): Operand {
  return { symbol: text, text, value };
}
