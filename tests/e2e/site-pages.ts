import { join } from 'node:path';
import { builtPagesIn } from '../../scripts/built-pages.mjs';

/** Every HTML page of the built site, as a URL path ('/', '/ko/perceptron/', '/404.html'). */
export function builtPages(): string[] {
  return builtPagesIn(join(import.meta.dirname, '../../dist'));
}
