/**
 * A lecture's windows in step: the room's window, the presenter view and its previews talk over one
 * BroadcastChannel per lecture and language (same origin, no network). They tell each other the slide
 * shown, the widgets' state (the query string the widgets write, src/widgets/kit/page-url.ts) and the
 * laser pointer and pen marks. A window that opens asks; the others answer with where they are.
 */
export type LectureMessage =
  | { type: 'hello' }
  | { type: 'slide'; id: string }
  | { type: 'state'; search: string }
  | { type: 'laser'; x: number; y: number; on: boolean }
  | { type: 'ink'; stroke: Array<[number, number]> }
  | { type: 'clear' }
  | { type: 'blank'; on: boolean };

export interface LectureChannel {
  send(message: LectureMessage): void;
  close(): void;
}

/** The channel of one lecture; `receive` gets the other windows' messages (never this window's own). */
export function lectureChannel(lang: string, slug: string, receive: (message: LectureMessage) => void): LectureChannel {
  if (typeof BroadcastChannel !== 'function') return { send: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`lecture:${lang}:${slug}`);
  channel.addEventListener('message', (event: MessageEvent<LectureMessage>) => receive(event.data));
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}
