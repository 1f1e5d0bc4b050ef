import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagesIn } from '../../scripts/built-pages.mjs';

/** Every HTML page of the built site, as a URL path ('/', '/ko/perceptron/', '/404.html'). */
export function builtPages(): string[] {
  return builtPagesIn(join(import.meta.dirname, '../../dist'));
}

/**
 * The demo pages whose widget spec runs demoPagesWork (widget-checks.ts), which loads both languages'
 * /demos/<id>/ page and runs axe on it: pages.spec.ts need not run axe there again. Read from the
 * specs' sources: `const ID = '<id>'` with demoPagesWork(ID, …), or demoPagesWork(`inspect-${method}`)
 * over the step inspector's methods.
 */
export function demoPagesAxedByTheirSpec(): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(import.meta.dirname).filter((f) => f.endsWith('.spec.ts'))) {
    const source = readFileSync(join(import.meta.dirname, file), 'utf8');
    if (!/demoPagesWork\(/.test(source)) continue;
    const id = /^const ID = '([\w-]+)'/m.exec(source)?.[1];
    if (id && source.includes('demoPagesWork(ID,')) ids.add(id);
    if (source.includes('demoPagesWork(`inspect-${method}`')) {
      for (const method of ['nag', 'adagrad', 'rmsprop', 'adadelta', 'adam']) ids.add(`inspect-${method}`);
    }
  }
  return new Set([...ids].flatMap((id) => [`/demos/${id}/`, `/ko/demos/${id}/`]));
}
