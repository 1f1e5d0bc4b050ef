import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { finishLiveHtml, liveLatex, livePlaceholders, trustLiveData } from '../../../../src/widgets/kit/live-formula-tex';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { formatInspectorLive } from '../../../../src/widgets/step-inspector/format';
import { INSPECTOR_SHORT_TEX, INSPECTOR_TEX } from '../../../../src/widgets/step-inspector/formulas';
import { formulaValues, inspect } from '../../../../src/widgets/step-inspector/model';
import { INSPECTED, inspectorTable, type InspectorState } from '../../../../src/widgets/step-inspector/state';

describe('step inspector formulas', () => {
  it.each(INSPECTED)('%s: KaTeX keeps every live number, and formulaValues names each one', (method) => {
    const values = formulaValues(inspect(method, defaults(inspectorTable(method)) as unknown as InspectorState), 1);
    for (const tex of [INSPECTOR_TEX[method], INSPECTOR_SHORT_TEX[method]]) {
      for (const p of livePlaceholders(tex)) expect(values, p.name).toHaveProperty(p.name);
      const html = katex.renderToString(liveLatex(tex), { displayMode: true, trust: trustLiveData, strict: 'ignore', throwOnError: true });
      expect(() => finishLiveHtml(html, tex, values, formatInspectorLive)).not.toThrow();
    }
  });

  it('a number step 0 does not have is a dash, never NaN', () => {
    expect(formatInspectorLive('g1', NaN, 3, false)).toBe('–');
    expect(formatInspectorLive('g1', -8, 3, true)).toBe('(−8)');
  });
});
