/**
 * A laser pointer and a pen over the current slide. The laser is a bright dot that follows the pointer;
 * the pen draws strokes on a canvas over the slide. Both are drawn in coordinates relative to the
 * screen (0…1), so another window of the lecture at another size draws them in the same place. The
 * marks are cleared when the slide changes.
 */
export type InkTool = 'none' | 'laser' | 'pen';

export interface Ink {
  readonly tool: InkTool;
  setTool(tool: InkTool): void;
  /** Shows (or hides) the laser dot at a relative position: another window's pointer. */
  laser(x: number, y: number, on: boolean): void;
  /** Draws a stroke of relative points: another window's pen. */
  stroke(points: ReadonlyArray<readonly [number, number]>): void;
  clear(): void;
}

export interface InkEvents {
  onLaser(x: number, y: number, on: boolean): void;
  onStroke(points: Array<[number, number]>): void;
}

export function createInk(doc: Document, events: InkEvents): Ink {
  const canvas = doc.createElement('canvas');
  canvas.className = 'lecture-ink';
  canvas.setAttribute('aria-hidden', 'true');
  const dot = doc.createElement('div');
  dot.className = 'lecture-laser';
  dot.hidden = true;
  doc.body.append(canvas, dot);
  const context = canvas.getContext('2d');
  let tool: InkTool = 'none';
  let strokes: Array<Array<[number, number]>> = [];
  let drawing: Array<[number, number]> | null = null;

  const size = () => {
    const ratio = doc.defaultView?.devicePixelRatio ?? 1;
    canvas.width = Math.round(canvas.clientWidth * ratio);
    canvas.height = Math.round(canvas.clientHeight * ratio);
    redraw();
  };
  const paint = (points: ReadonlyArray<readonly [number, number]>) => {
    if (!context || points.length === 0) return;
    context.beginPath();
    context.moveTo(points[0][0] * canvas.width, points[0][1] * canvas.height);
    for (const [x, y] of points.slice(1)) context.lineTo(x * canvas.width, y * canvas.height);
    context.stroke();
  };
  function redraw() {
    if (!context) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.lineWidth = Math.max(3, canvas.height / 180);
    context.lineCap = context.lineJoin = 'round';
    context.strokeStyle = getComputedStyle(canvas).color;
    for (const points of strokes) paint(points);
  }
  const relative = (event: PointerEvent): [number, number] => [event.clientX / canvas.clientWidth, event.clientY / canvas.clientHeight];
  const placeDot = (x: number, y: number, on: boolean) => {
    dot.hidden = !on;
    dot.style.left = `${x * 100}%`;
    dot.style.top = `${y * 100}%`;
  };

  doc.defaultView?.addEventListener('resize', size);
  // The laser follows the pointer over the page; the canvas takes the pointer only while the pen is on.
  doc.addEventListener('pointermove', (event) => {
    if (tool !== 'laser') return;
    const [x, y] = [event.clientX / doc.documentElement.clientWidth, event.clientY / doc.documentElement.clientHeight];
    placeDot(x, y, true);
    events.onLaser(x, y, true);
  });
  canvas.addEventListener('pointerdown', (event) => {
    if (tool !== 'pen') return;
    canvas.setPointerCapture(event.pointerId);
    drawing = [relative(event)];
    strokes.push(drawing);
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drawing) return;
    drawing.push(relative(event));
    redraw();
  });
  const end = () => {
    if (drawing && drawing.length > 1) events.onStroke(drawing);
    drawing = null;
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  size();

  return {
    get tool() {
      return tool;
    },
    setTool(next) {
      tool = next;
      canvas.dataset.tool = next;
      if (next !== 'laser') {
        placeDot(0, 0, false);
        events.onLaser(0, 0, false);
      }
    },
    laser: placeDot,
    stroke(points) {
      strokes.push(points.map(([x, y]) => [x, y]));
      redraw();
    },
    clear() {
      strokes = [];
      drawing = null;
      redraw();
    },
  };
}
