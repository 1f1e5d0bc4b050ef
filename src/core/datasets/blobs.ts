/**
 * Gaussian blobs: class c is centred at centers[c], each point the centre plus N(0, noise²) on each
 * coordinate (noise is the blob's standard deviation). Without `centers`, the `classes` centres sit
 * evenly on the circle of radius `radius`: (radius·cos(2πc/classes), radius·sin(2πc/classes)).
 */
import type { Rng } from '../random';
import type { Dataset } from './dataset';
import { requireFinite } from './dataset';
import { buildClassification, type ClassificationOptions } from './classification';

export interface BlobsOptions extends ClassificationOptions {
  /** Number of blobs (classes); default 2, or centers.length when centers are given. */
  classes?: number;
  /** Explicit centres, one (x, y) per class. */
  centers?: readonly (readonly [number, number])[];
  /** Radius of the circle the default centres sit on; default 1. */
  radius?: number;
}

export function makeBlobs(options: BlobsOptions, rng: Rng): Dataset {
  const { radius = 1 } = options;
  requireFinite('radius', radius);
  const classes = options.centers?.length ?? options.classes ?? 2;
  if (options.centers && options.classes !== undefined && options.classes !== classes) {
    throw new RangeError(`classes (${options.classes}) must equal centers.length (${classes})`);
  }
  const centers =
    options.centers ??
    Array.from({ length: classes }, (_, c): [number, number] => [
      radius * Math.cos((2 * Math.PI * c) / classes),
      radius * Math.sin((2 * Math.PI * c) / classes),
    ]);
  centers.forEach(([cx, cy], c) => {
    requireFinite(`centers[${c}][0]`, cx);
    requireFinite(`centers[${c}][1]`, cy);
  });
  return buildClassification(options, classes, rng, (c, _i, _size, point) => {
    point[0] = centers[c][0];
    point[1] = centers[c][1];
  });
}
