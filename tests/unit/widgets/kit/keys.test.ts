import { describe, expect, it } from 'vitest';
import { createKeyRegistry, keyLabel, normalizeKey, type FocusContext } from '../../../../src/widgets/kit/keys';

/** Stand-ins for elements: the registry only compares identities. */
const widgetA = { name: 'widget A' };
const widgetB = { name: 'widget B' };
const innerWidget = { name: 'a widget inside A' };
const button = { name: 'button' };
const body = { name: 'body' };

const focus = (path: object[], extra: Partial<FocusContext> = {}): FocusContext => ({
  focusPath: path,
  editing: false,
  activates: false,
  modal: false,
  ...extra,
});
const nowhere = focus([body]);

function setup() {
  const keys = createKeyRegistry();
  const log: string[] = [];
  /** Registers a shortcut whose description and handler both name it by `id`. */
  const add = (id: string, shortcut: { key: string; scope: 'page' } | { key: string; scope: 'widget'; owner: object }) =>
    keys.register({ ...shortcut, description: (lang) => `${id} (${lang})`, handler: () => log.push(id) });
  const press = (key: string, context: FocusContext, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => {
    const s = keys.resolve({ key, ...mods }, context);
    s?.handler({ key });
    return s ? log[log.length - 1] : null;
  };
  return { keys, log, add, press };
}

describe('createKeyRegistry: which shortcut a press reaches', () => {
  it('a page shortcut works anywhere outside fields', () => {
    const { add, press } = setup();
    add('next slide', { key: 'PageDown', scope: 'page' });
    expect(press('PageDown', nowhere)).toBe('next slide');
    expect(press('PageDown', focus([button, widgetA, body]))).toBe('next slide');
  });

  it('a widget shortcut reaches its widget only while the focus is inside it', () => {
    const { add, press } = setup();
    add('A play', { key: 'k', scope: 'widget', owner: widgetA });
    add('B play', { key: 'k', scope: 'widget', owner: widgetB });
    expect(press('k', nowhere)).toBeNull();
    expect(press('k', focus([button, widgetA, body]))).toBe('A play');
    expect(press('k', focus([widgetB, body]))).toBe('B play');
  });

  it('widget shortcuts come before page shortcuts for the same key; elsewhere the page one applies', () => {
    const { add, press } = setup();
    add('page f', { key: 'f', scope: 'page' });
    add('widget f', { key: 'f', scope: 'widget', owner: widgetA });
    expect(press('f', focus([widgetA, body]))).toBe('widget f');
    expect(press('f', focus([widgetB, body]))).toBe('page f');
  });

  it('a page key still works with the focus in a widget that does not bind it', () => {
    const { add, press } = setup();
    add('presentation', { key: 'p', scope: 'page' });
    add('A play', { key: 'k', scope: 'widget', owner: widgetA });
    expect(press('p', focus([widgetA, body]))).toBe('presentation');
  });

  it('nested widgets: the innermost owner wins', () => {
    const { add, press } = setup();
    add('outer r', { key: 'r', scope: 'widget', owner: widgetA });
    add('inner r', { key: 'r', scope: 'widget', owner: innerWidget });
    expect(press('r', focus([button, innerWidget, widgetA, body]))).toBe('inner r');
    expect(press('r', focus([widgetA, body]))).toBe('outer r');
  });

  it('nothing is taken while typing in a field (input, textarea, select, contenteditable): page or widget keys', () => {
    const { add, press } = setup();
    add('page k', { key: 'k', scope: 'page' });
    add('A r', { key: 'r', scope: 'widget', owner: widgetA });
    expect(press('k', focus([{}, body], { editing: true }))).toBeNull();
    expect(press('r', focus([{}, widgetA, body], { editing: true }))).toBeNull();
  });

  it('nothing is taken inside a modal dialog (the help overlay keeps its Tab and Esc)', () => {
    const { add, press } = setup();
    add('next', { key: 'ArrowRight', scope: 'page' });
    expect(press('ArrowRight', focus([{}, body], { modal: true }))).toBeNull();
  });

  it('Space and Enter are left to an element that acts on them (the Step button steps)', () => {
    const { add, press } = setup();
    add('A play/pause', { key: ' ', scope: 'widget', owner: widgetA });
    add('page enter', { key: 'Enter', scope: 'page' });
    expect(press(' ', focus([button, widgetA], { activates: true }))).toBeNull();
    expect(press('Enter', focus([button, body], { activates: true }))).toBeNull();
    expect(press(' ', focus([widgetA, body]))).toBe('A play/pause');
    // other keys still reach shortcuts from a focused button
    add('A step', { key: 's', scope: 'widget', owner: widgetA });
    expect(press('s', focus([button, widgetA], { activates: true }))).toBe('A step');
  });

  it('presses with Ctrl, Meta or Alt are never taken (Ctrl+R reloads, ⌘F finds)', () => {
    const { add, press } = setup();
    add('page r', { key: 'r', scope: 'page' });
    expect(press('r', nowhere, { ctrlKey: true })).toBeNull();
    expect(press('r', nowhere, { metaKey: true })).toBeNull();
    expect(press('r', nowhere, { altKey: true })).toBeNull();
    expect(press('r', nowhere)).toBe('page r');
  });

  it('letters match either case (Shift, Caps Lock); other keys match exactly', () => {
    const { add, press } = setup();
    add('presentation', { key: 'P', scope: 'page' });
    add('help', { key: '?', scope: 'page' });
    expect(press('p', nowhere)).toBe('presentation');
    expect(press('P', nowhere)).toBe('presentation');
    expect(press('?', nowhere)).toBe('help');
    expect(press('/', nowhere)).toBeNull();
    expect(press('pagedown', nowhere)).toBeNull();
  });

  it('the latest registration wins; unregistering it restores the previous one', () => {
    const { add, press } = setup();
    add('first', { key: 'b', scope: 'page' });
    const off = add('second', { key: 'b', scope: 'page' });
    expect(press('b', nowhere)).toBe('second');
    off();
    expect(press('b', nowhere)).toBe('first');
    off(); // twice is harmless
    expect(press('b', nowhere)).toBe('first');
  });

  it('unregistering a widget’s shortcuts (on disconnect) leaves the key free', () => {
    const { add, press } = setup();
    const off = add('A play', { key: 'k', scope: 'widget', owner: widgetA });
    off();
    expect(press('k', focus([widgetA, body]))).toBeNull();
  });
});

describe('KeyRegistry.list(lang): what the help overlay shows', () => {
  it('effective page shortcuts first, then widget shortcuts; one line per action, with all its keys', () => {
    const { keys, add } = setup();
    add('help', { key: '?', scope: 'page' });
    add('old b', { key: 'b', scope: 'page' }); // overridden: not listed
    add('blank', { key: 'b', scope: 'page' });
    const widget = (owner: object, key: string, description: string) =>
      keys.register({ key, scope: 'widget', owner, description: () => description, handler: () => {} });
    widget(widgetA, ' ', 'Play or pause');
    widget(widgetA, 'k', 'Play or pause');
    widget(widgetA, 's', 'Step');
    widget(widgetB, ' ', 'Play or pause'); // a second widget adds no line
    widget(widgetB, 'K', 'Play or pause');
    expect(keys.list('en')).toEqual([
      { scope: 'page', labels: ['?'], description: 'help (en)' },
      { scope: 'page', labels: ['B'], description: 'blank (en)' },
      { scope: 'widget', labels: ['Space', 'K'], description: 'Play or pause' },
      { scope: 'widget', labels: ['S'], description: 'Step' },
    ]);
  });

  it('descriptions are asked for in the requested language', () => {
    const { keys, add } = setup();
    add('help', { key: '?', scope: 'page' });
    expect(keys.list('ko')).toEqual([{ scope: 'page', labels: ['?'], description: 'help (ko)' }]);
  });
});

describe('normalizeKey and keyLabel', () => {
  it('normalizeKey lowers letters and maps the legacy "Spacebar"', () => {
    expect(normalizeKey('K')).toBe('k');
    expect(normalizeKey('Spacebar')).toBe(' ');
    expect(normalizeKey('ArrowLeft')).toBe('ArrowLeft');
  });

  it('keyLabel prints keycaps', () => {
    expect(keyLabel(' ', 'en')).toBe('Space');
    expect(keyLabel('ArrowRight', 'en')).toBe('→');
    expect(keyLabel('Escape', 'ko')).toBe('Esc');
    expect(keyLabel('k', 'en')).toBe('K');
    expect(keyLabel('PageDown', 'en')).toBe('PageDown');
  });
});
