/** The four networks of the benchmark, in the order. */
import { circles } from './circles';
import { spirals } from './spirals';
import type { BenchNetwork } from './types';
import { wide } from './wide';
import { xor } from './xor';

export { type BenchNetwork, datasetSeed, shuffleSeed, weightSeed } from './types';
export const benchNetworks: readonly BenchNetwork[] = [xor, circles, spirals, wide];
