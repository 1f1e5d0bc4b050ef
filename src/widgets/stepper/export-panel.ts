/**
 * Export and share: the worksheet (values blank) and its answer key as Markdown, CSV and LaTeX in the
 * page's language — the core's traceToMarkdown/Csv/Latex with WORKSHEET_LABELS[lang], so a download
 * equals `npm run trace -- --format … --lang en|ko` — the set-up as the JSON the trace CLI reads
 * (shown in a text area to copy or edit, loaded back from it or from a file, with the core's message
 * naming the bad field inline), and a link to the printable worksheet.
 * Downloads are made in the page (Blob + a[download]); nothing goes over the network.
 */
import { WORKSHEET_LABELS, traceToCsv, traceToLatex, traceToMarkdown, type TraceProblem, type TraceStep } from '../../core';
import type { Lang } from '../../i18n';
import { h, setText, uniqueId, type Guard } from '../kit/controls/dom';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { problemToJson, readProblemJson, sizesText } from './setup-model';

export type ExportFormat = 'md' | 'csv' | 'tex';

export interface ExportSource {
  /** The trace without operand marks (markOperands false), as the CLI prints it. */
  readonly steps: readonly TraceStep[];
  readonly decimals: 4 | 6 | 9;
  readonly problem: TraceProblem;
}

/**
 * The text of one export: the worksheet (blank) or the answer key, in one format and the page's
 * language — exactly what `npm run trace -- net.json --format md|csv|latex [--blank] --lang <lang>`
 * prints for the same set-up. The LaTeX has the labels' own title; the Korean one loads kotex
 * (pdflatex with ko.TeX), the English one compiles with plain pdflatex.
 */
export function exportText(source: ExportSource, format: ExportFormat, blank: boolean, lang: Lang): string {
  const { steps, decimals, problem } = source;
  const labels = WORKSHEET_LABELS[lang];
  if (format === 'md') return traceToMarkdown(steps, decimals, { blank, labels, problem });
  if (format === 'csv') return traceToCsv(steps, decimals, { blank, labels, problem });
  return traceToLatex(steps, decimals, { blank, labels, problem });
}

const MIME: Record<ExportFormat | 'json', string> = {
  md: 'text/markdown',
  csv: 'text/csv',
  tex: 'application/x-tex',
  json: 'application/json',
};
const FORMAT_NAMES: Record<ExportFormat, string> = { md: 'Markdown', csv: 'CSV', tex: 'LaTeX' };

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface ExportPanelOptions {
  readonly lang: Lang;
  /** The widget's error boundary, for every listener of the panel. */
  readonly guard: Guard;
  readonly source: () => ExportSource;
  /** A valid problem loaded from JSON. */
  readonly onLoad: (problem: TraceProblem) => void;
  /** The printable page's path (language-specific), the query is added. */
  readonly printPath: string;
}

export interface ExportPanel {
  readonly element: HTMLElement;
  /** Refreshes the JSON text (unless the reader is editing it) and the print link. */
  update(problem: TraceProblem, query: string): void;
}

export function createExportPanel(options: ExportPanelOptions): ExportPanel {
  const { lang, guard } = options;
  const t = (key: WidgetStringKey) => widgetString(key, lang);

  const buttons = (blank: boolean) =>
    (['md', 'csv', 'tex'] as const).map((format) => {
      const what = t(blank ? 'stepperWorksheet' : 'stepperAnswerKey');
      const button = h(
        'button',
        { type: 'button', class: 'nn-st-download', 'data-format': format, 'data-kind': blank ? 'worksheet' : 'answers' },
        fill(t('stepperDownload'), { what, format: FORMAT_NAMES[format] }),
      );
      button.addEventListener(
        'click',
        guard(() => {
          const name = `backprop-${blank ? 'worksheet' : 'answer-key'}.${format}`;
          download(name, exportText(options.source(), format, blank, lang), MIME[format]);
        }),
      );
      return button;
    });
  const print = h('a', { class: 'nn-st-print-link', href: options.printPath, target: '_blank' }, t('stepperPrint'));

  const textarea = h('textarea', { id: uniqueId('json'), rows: 10, cols: 60, spellcheck: 'false', autocomplete: 'off', class: 'nn-st-json' });
  const message = h('p', { class: 'nn-st-json-message', role: 'status', id: uniqueId('message') });
  textarea.setAttribute('aria-describedby', message.id);
  const load = h('button', { type: 'button', class: 'nn-st-json-load' }, t('stepperJsonLoad'));
  const save = h('button', { type: 'button', class: 'nn-st-json-download' }, t('stepperJsonDownload'));
  const file = h('input', { type: 'file', accept: '.json,application/json', id: uniqueId('file'), class: 'nn-st-json-file' });
  let editing = false;
  textarea.addEventListener(
    'input',
    guard(() => (editing = true)),
  );

  const loadText = (text: string) => {
    const read = readProblemJson(text);
    if (!read.ok) {
      const problem = read.syntax ? fill(t('stepperJsonSyntax'), { problem: read.message }) : read.message;
      setText(message, fill(t('stepperJsonError'), { problem }));
      message.dataset.ok = 'no';
      return;
    }
    editing = false;
    setText(message, fill(t('stepperJsonLoaded'), { sizes: sizesText(read.problem) }));
    message.dataset.ok = 'yes';
    options.onLoad(read.problem);
  };
  load.addEventListener(
    'click',
    guard(() => loadText(textarea.value)),
  );
  file.addEventListener('change', guard(() => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    chosen.text().then(
      guard((text: string) => {
        textarea.value = text;
        editing = true;
        loadText(text);
        file.value = '';
      }),
      (error: unknown) => {
        setText(message, fill(t('stepperJsonError'), { problem: String(error) }));
        message.dataset.ok = 'no';
      },
    );
  }));
  save.addEventListener(
    'click',
    guard(() => download('backprop-setup.json', problemToJson(options.source().problem), MIME.json)),
  );

  const element = h(
    'div',
    { class: 'nn-st-export-body' },
    h('div', { class: 'nn-st-row', role: 'group', 'aria-label': t('stepperWorksheet') }, ...buttons(true)),
    h('div', { class: 'nn-st-row', role: 'group', 'aria-label': t('stepperAnswerKey') }, ...buttons(false)),
    h('p', {}, print),
    h('label', { for: textarea.id, class: 'nn-st-json-label' }, t('stepperJson')),
    textarea,
    h('div', { class: 'nn-st-row' }, load, save, h('span', { class: 'nn-field' }, h('label', { for: file.id }, t('stepperJsonFile')), file)),
    message,
  );

  return {
    element,
    update(problem, query) {
      if (!editing) textarea.value = problemToJson(problem);
      print.href = `${options.printPath}${query ? `?${query}` : ''}`;
    },
  };
}
