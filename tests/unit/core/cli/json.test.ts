import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../../src/core/cli/json';

describe('formatJson', () => {
  const value = {
    layer: 1,
    weights: [[0.1, -0.2], [0.4, 0.3]],
    bias: [0.1, -0.1],
    steps: [{ id: 'E', unit: null, input: undefined, dependsOn: ['out.2.1'] }],
    empty: [],
  };

  it('keeps vectors and matrices of numbers on one line and indents the rest by two spaces', () => {
    expect(formatJson(value)).toBe(
      [
        '{',
        '  "layer": 1,',
        '  "weights": [[0.1, -0.2], [0.4, 0.3]],',
        '  "bias": [0.1, -0.1],',
        '  "steps": [',
        '    {',
        '      "id": "E",',
        '      "unit": null,',
        '      "dependsOn": ["out.2.1"]',
        '    }',
        '  ],',
        '  "empty": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('JSON.parse(formatJson(v)) equals JSON.parse(JSON.stringify(v))', () => {
    expect(JSON.parse(formatJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    const deep = { a: [[[1, 2]], [[3]]], s: 'quote " and \\ backslash', n: -0.000001 };
    expect(JSON.parse(formatJson(deep))).toEqual(JSON.parse(JSON.stringify(deep)));
  });
});
