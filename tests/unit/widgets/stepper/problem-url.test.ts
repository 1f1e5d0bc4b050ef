import { describe, expect, it } from 'vitest';
import { SpecError, validateTraceProblem } from '../../../../src/core';
import { formatMessage } from '../../../../src/widgets/kit/strings';
import { serialize } from '../../../../src/widgets/kit/url-state';
import {
  DEFAULT_PROBLEM,
  STEPPER_TABLE,
  checkLimits,
  decodeNumbers,
  encodeNumbers,
  parseSizes,
  problemFromFields,
  problemToFields,
  readStepperUrl,
  sizesOf,
} from '../../../../src/widgets/stepper/problem-url';
import { TWO_TWO_ONE_PROBLEM as twoTwoOne } from '../../../../src/core/examples';

const NS = 'backprop-stepper';
const read = (query: string) => readStepperUrl(new URLSearchParams(query), NS);
const reasons = (query: string) => read(query).ignored.map((i) => formatMessage(i.reason, 'en'));

describe('the default network', () => {
  it('is a valid 2-2-2 sigmoid problem built on the 2-2-1 example (same hidden layer, x, η)', () => {
    expect(validateTraceProblem(DEFAULT_PROBLEM)).toEqual(DEFAULT_PROBLEM);
    expect(sizesOf(DEFAULT_PROBLEM)).toEqual([2, 2, 2]);
    expect(DEFAULT_PROBLEM.layers[0]).toEqual(twoTwoOne.layers[0]);
    expect(DEFAULT_PROBLEM.layers[1].weights[0]).toEqual(twoTwoOne.layers[1].weights[0]);
    expect(DEFAULT_PROBLEM.input).toEqual(twoTwoOne.input);
    expect(DEFAULT_PROBLEM.learningRate).toBe(twoTwoOne.learningRate);
  });
});

describe('numbers and sizes as URL text', () => {
  it("encodeNumbers joins with '_' and writes −0 as 0", () => {
    expect(encodeNumbers([0.1, -0.2, -0, 1e-7])).toBe('0.1_-0.2_0_1e-7');
  });
  it('decodeNumbers reads them back and names the bad token', () => {
    expect(decodeNumbers('0.1_-0.2_0_1e-7', 'w')).toEqual([0.1, -0.2, 0, 1e-7]);
    expect(() => decodeNumbers('0.1_abc', 'w')).toThrow(/w\[1\]: expected a number, got "abc"/);
    expect(() => decodeNumbers('', 'x')).toThrow(SpecError);
    expect(() => decodeNumbers('1e999', 'x')).toThrow(/x\[0\]/);
    expect(() => decodeNumbers('0x10', 'x')).toThrow(/x\[0\]/);
    expect(() => decodeNumbers('101', 'b')).toThrow(/from −100 to 100/);
  });
  it('parseSizes accepts 2–5 sizes of 1–4 and names what is wrong', () => {
    expect(parseSizes('2-2-2')).toEqual([2, 2, 2]);
    expect(parseSizes('4-4-4-4-4')).toEqual([4, 4, 4, 4, 4]);
    expect(parseSizes('1-1')).toEqual([1, 1]);
    expect(() => parseSizes('2')).toThrow(/sizes: expected 2–5 sizes/);
    expect(() => parseSizes('2-2-2-2-2-2')).toThrow(/sizes: expected 2–5/);
    expect(() => parseSizes('2-5-1')).toThrow(/sizes\[1\]: expected a whole number from 1 to 4, got "5"/);
    expect(() => parseSizes('2-0-1')).toThrow(/sizes\[1\]/);
    expect(() => parseSizes('2-x-1')).toThrow(/sizes\[1\]/);
    expect(() => parseSizes('2--1')).toThrow(/sizes\[1\]/);
  });
});

describe('problemToFields / problemFromFields', () => {
  it('round-trips the default and the chapter example', () => {
    expect(problemFromFields(problemToFields(DEFAULT_PROBLEM))).toEqual(DEFAULT_PROBLEM);
    const example = validateTraceProblem(twoTwoOne);
    expect(problemFromFields(problemToFields(example))).toEqual(example);
  });
  it('writes the default as sizes 2-2-2 and the weights row by row (W[j][i])', () => {
    expect(problemToFields(DEFAULT_PROBLEM)).toMatchObject({ sizes: '2-2-2', w: '0.1_-0.2_0.4_0.3_0.7_-0.5_-0.3_0.6', b: '0.1_-0.1_0.2_-0.1', x: '1_0.5', t: '1_0', act: 'sigmoid' });
  });
  it('keeps one activation per layer when they differ', () => {
    const mixed = { ...DEFAULT_PROBLEM, layers: [{ ...DEFAULT_PROBLEM.layers[0], activation: 'tanh' as const }, DEFAULT_PROBLEM.layers[1]] };
    const fields = problemToFields(mixed);
    expect(fields.act).toBe('tanh_sigmoid');
    expect(problemFromFields(fields).layers.map((l) => l.activation)).toEqual(['tanh', 'sigmoid']);
  });
  it('refuses wrong counts, activations and η with the field named', () => {
    const fields = problemToFields(DEFAULT_PROBLEM);
    expect(() => problemFromFields({ ...fields, w: '0.1_0.2' })).toThrow(/w: sizes 2-2-2 need 8 weights, got 2/);
    expect(() => problemFromFields({ ...fields, b: '0.1' })).toThrow(/b: sizes 2-2-2 need 4 biases, got 1/);
    expect(() => problemFromFields({ ...fields, x: '1' })).toThrow(/input/);
    expect(() => problemFromFields({ ...fields, t: '1_0_1' })).toThrow(/target/);
    expect(() => problemFromFields({ ...fields, act: 'wiggle' })).toThrow(/activation/);
    expect(() => problemFromFields({ ...fields, act: 'sigmoid_sigmoid_sigmoid' })).toThrow(/act: expected one activation or 2/);
    expect(() => problemFromFields({ ...fields, act: 'softmax_sigmoid' })).toThrow(/softmax/);
  });
  it('checkLimits refuses what the stepper cannot show (a 5-unit layer, |w| > 100, η out of range)', () => {
    const big = validateTraceProblem({ ...twoTwoOne, layers: [{ weights: Array(5).fill([0.1, 0.2]), bias: Array(5).fill(0), activation: 'sigmoid' }, { weights: [[1, 1, 1, 1, 1]], bias: [0], activation: 'sigmoid' }] });
    expect(() => checkLimits(big)).toThrow(/sizes\[1\]/);
    expect(() => checkLimits({ ...DEFAULT_PROBLEM, input: [1, 500] })).toThrow(/input\[1\]/);
    expect(() => checkLimits({ ...DEFAULT_PROBLEM, learningRate: 50 })).toThrow(/learningRate/);
  });
});

describe('readStepperUrl', () => {
  it('an empty query is the default set-up at step 0', () => {
    const { state, problem, ignored } = read('');
    expect(problem).toEqual(DEFAULT_PROBLEM);
    expect(state).toMatchObject({ step: 0, dec: '4', rounded: false, notation: 'delta', quiz: false });
    expect(ignored).toEqual([]);
  });
  it('reads back what the problem’s fields + serialize wrote (a shared link reopens the same set-up)', () => {
    const problem = validateTraceProblem({
      layers: [
        { weights: [[0.5], [-0.3], [0.2]], bias: [0, 0.1, -0.1], activation: 'sigmoid' },
        { weights: [[0.4, -0.6, 0.9]], bias: [0.3], activation: 'sigmoid' },
      ],
      input: [0.5],
      target: [0.8],
      learningRate: 0.25,
      updateBias: false,
    });
    const state = { ...read('').state, step: 12, dec: '6' as const, rounded: true, notation: 'partial' as const, quiz: true, seed: 7, ...problemToFields(problem) };
    const query = serialize(state, NS, STEPPER_TABLE, new URLSearchParams()).toString();
    expect(query).toContain('backprop-stepper.sizes=1-3-1');
    const back = read(query);
    expect(back.ignored).toEqual([]);
    expect(back.problem).toEqual(problem);
    expect(back.state).toEqual(state);
  });
  it('a mangled option falls back alone, with the kit’s notice', () => {
    const { state, problem } = read('backprop-stepper.dec=5&backprop-stepper.step=3');
    expect(state.dec).toBe('4');
    expect(state.step).toBe(3);
    expect(problem).toEqual(DEFAULT_PROBLEM);
    expect(reasons('backprop-stepper.dec=5')[0]).toMatch(/backprop-stepper\.dec/);
    expect(reasons('backprop-stepper.eta=abc')[0]).toMatch(/not a number/);
    expect(reasons('backprop-stepper.eta=0')[0]).toMatch(/0\.0001/);
  });
  it.each([
    ['backprop-stepper.sizes=2-9-2', /sizes\[1\]/],
    ['backprop-stepper.w=0.1_zz', /w\[1\]/],
    ['backprop-stepper.sizes=3-2-2', /w: sizes 3-2-2 need 10 weights, got 8/],
    ['backprop-stepper.x=1', /input/],
    ['backprop-stepper.act=nope', /activation/],
  ])('a bad network (%s) falls back to the default network and says why', (query, why) => {
    const { state, problem, ignored } = read(query);
    expect(problem).toEqual(DEFAULT_PROBLEM);
    expect(state).toMatchObject(problemToFields(DEFAULT_PROBLEM));
    expect(ignored).toHaveLength(1);
    const text = formatMessage(ignored[0].reason, 'en');
    expect(text).toMatch(/the network in the link is not valid/);
    expect(text).toMatch(why);
  });
});
