import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI dictionaries (one per language)', () => {
  it('English and Korean have the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: both languages use the same placeholders, and neither is empty', (key) => {
    expect(en[key].trim()).not.toBe('');
    expect(ko[key].trim()).not.toBe('');
    expect(placeholders(ko[key])).toEqual(placeholders(en[key]));
  });
});
