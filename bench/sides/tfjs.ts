/**
 * The TensorFlow.js side (cpu backend, float32), written the way a careful user would write a
 * training step for speed:
 * - weights are tf.variable()s (kernel fanIn × units, the transpose of the core's W, as tf.layers
 *   stores it), initialised with the core's initial numbers;
 * - the dataset is uploaded once as tensors; a mini-batch is tf.gather(x, indices) of the next slice
 *   of an order reshuffled each epoch from the same seeded Rng as the core's, so both sides see the
 *   same batches in the same order;
 * - one step is optimizer.minimize(loss, false, variables) with tf.train.sgd(η), inside tf.tidy; the
 *   loss is not read back (no dataSync per step);
 * - tf.enableProdMode() (set by run.ts) skips the debug-time argument checks;
 * - no model.fit/trainOnBatch: their per-call bookkeeping (callbacks, history, validation of
 *   arguments, async epochs) would be measured instead of the arithmetic.
 *
 * The losses are the core's: the batch mean of ½Σ(ŷ − y)², or of −Σ y·logSoftmax(z) on the last
 * layer's net input z (its gradient (softmax(z) − y)/m is the core's fused softmax + cross-entropy
 * gradient).
 *
 * Variants measured and not kept, being no faster here: tf.fused.matMul (tfjs turns fusion off under a
 * gradient tape except for linear activations), the core's W layout with matMul(…, transposeB),
 * tf.losses.softmaxCrossEntropy (about 7% slower on network (3) than logSoftmax), and gathering a
 * shuffled copy of the dataset once per epoch then tf.slice per batch.
 */

import * as tf from '@tensorflow/tfjs';
import { type ActivationName, type Dataset, createRng } from '../../src/core';
import { type BenchNetwork, shuffleSeed } from '../networks';
import type { DenseParameters, Side } from './types';

/** W (units × fanIn) as a float32 kernel, fanIn × units. */
function kernelOf({ weights }: DenseParameters): tf.Tensor2D {
  const { rows: units, cols: fanIn, data } = weights;
  const kernel = new Float32Array(fanIn * units);
  for (let j = 0; j < units; j++) for (let i = 0; i < fanIn; i++) kernel[i * units + j] = data[j * fanIn + i];
  return tf.tensor2d(kernel, [fanIn, units]);
}

function activate(net: tf.Tensor2D, activation: ActivationName): tf.Tensor2D {
  switch (activation) {
    case 'sigmoid':
      return tf.sigmoid(net);
    case 'tanh':
      return tf.tanh(net);
    case 'relu':
      return tf.relu(net);
    default:
      throw new Error(`tfjs side: activation '${activation}' is not supported here`);
  }
}

export function createTfjsSide(spec: BenchNetwork, dataset: Dataset, initialLayers: readonly DenseParameters[]): Side {
  const examples = dataset.x.rows;
  const x = tf.tensor2d(Float32Array.from(dataset.x.data), [examples, dataset.x.cols]);
  const y = tf.tensor2d(Float32Array.from(dataset.y.data), [examples, dataset.y.cols]);
  const initialKernels = initialLayers.map(kernelOf);
  const initialBiases = initialLayers.map((layer) => tf.tensor1d(Float32Array.from(layer.bias)));
  const kernels = initialKernels.map((kernel) => tf.variable(kernel));
  const biases = initialBiases.map((bias) => tf.variable(bias));
  const variables = [...kernels, ...biases];
  const optimizer = tf.train.sgd(spec.eta);
  const last = kernels.length - 1;
  const logitsOut = spec.loss === 'cross-entropy';
  if (logitsOut && spec.activations[last] !== 'softmax') {
    throw new Error(`${spec.id}: cross-entropy needs a softmax output`);
  }

  /** ŷ, or the last layer's net input z when the loss applies the softmax itself. */
  function forward(input: tf.Tensor2D): tf.Tensor2D {
    let activation = input;
    for (let k = 0; k <= last; k++) {
      const net = tf.add(tf.matMul(activation, kernels[k]), biases[k]) as tf.Tensor2D;
      activation = k === last && logitsOut ? net : activate(net, spec.activations[k]);
    }
    return activation;
  }

  function batchLoss(xBatch: tf.Tensor2D, yBatch: tf.Tensor2D): tf.Scalar {
    const output = forward(xBatch);
    if (logitsOut) return tf.mul(tf.sum(tf.mul(yBatch, tf.logSoftmax(output))), -1 / xBatch.shape[0]);
    return tf.mul(tf.sum(tf.squaredDifference(output, yBatch)), 0.5 / xBatch.shape[0]);
  }

  const order = new Uint32Array(examples);
  let rng = createRng(shuffleSeed(spec));
  let cursor = 0;

  /** The next batch, as the core's Trainer takes it (shuffle at each epoch's start, short last batch). */
  function nextBatch(): [tf.Tensor2D, tf.Tensor2D] {
    if (spec.batchSize === null) return [x, y];
    if (cursor === 0) rng.shuffle(order);
    const count = Math.min(spec.batchSize, examples - cursor);
    const indices = tf.tensor1d(Int32Array.from(order.subarray(cursor, cursor + count)), 'int32');
    cursor = (cursor + count) % examples;
    return [tf.gather(x, indices), tf.gather(y, indices)];
  }

  function trainStep(returnLoss: boolean): number {
    return tf.tidy(() => {
      const [xBatch, yBatch] = nextBatch();
      const loss = optimizer.minimize(() => batchLoss(xBatch, yBatch), returnLoss, variables);
      return loss === null ? Number.NaN : loss.dataSync()[0];
    });
  }

  let tensorsAfterReset = 0;
  const side: Side = {
    name: 'tfjs',
    reset() {
      kernels.forEach((kernel, k) => kernel.assign(initialKernels[k]));
      biases.forEach((bias, k) => bias.assign(initialBiases[k]));
      for (let k = 0; k < examples; k++) order[k] = k;
      rng = createRng(shuffleSeed(spec));
      cursor = 0;
      tensorsAfterReset = tf.memory().numTensors;
    },
    step() {
      trainStep(false);
    },
    check() {
      const leaked = tf.memory().numTensors - tensorsAfterReset;
      if (leaked !== 0) throw new Error(`tfjs side of ${spec.id} leaked ${leaked} tensors`);
    },
    firstLosses(steps) {
      side.reset();
      const losses = Array.from({ length: steps }, () => trainStep(true));
      side.check();
      return losses;
    },
  };
  side.reset();
  return side;
}
