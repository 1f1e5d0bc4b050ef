/**
 * JSON for people: indented like JSON.stringify(value, null, 2), except that an array of numbers,
 * strings, booleans or nulls, or of such arrays (a vector, a weight matrix, a dependsOn list), stays
 * on one line: "weights": [[0.1, -0.2], [0.4, 0.3]]. JSON.parse reads it back to the same value.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

function isFlat(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

function isInline(value: Json[]): boolean {
  return value.every((v) => isFlat(v) || (Array.isArray(v) && v.every(isFlat)));
}

function write(value: Json, indent: string): string {
  if (isFlat(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (isInline(value)) return `[${value.map((v) => write(v, inner)).join(', ')}]`;
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter((entry): entry is [string, Json] => entry[1] !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** value as indented JSON with short arrays inline, ending in a newline. */
export function formatJson(value: unknown): string {
  return `${write(value as Json, '')}\n`;
}
