// Widget code reads the UI strings synchronously once loaded (src/widgets/kit/strings.ts); in the
// browser NnWidget loads the site's and its own before start(). Unit tests call widget code directly,
// so every module of strings, in both languages, is loaded before any test runs.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS } from '../../src/i18n';
import { loadStrings } from '../../src/widgets/kit/strings';

const modules = readdirSync(resolve(import.meta.dirname, '../../src/i18n/en')).map((file) => file.replace(/\.ts$/, ''));
await Promise.all(LANGS.flatMap((lang) => modules.map((name) => loadStrings(lang, name))));
