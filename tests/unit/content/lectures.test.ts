import { describe, expect, it } from 'vitest';
import { lectureProblems, parityProblems, parseLecture, sectionText } from '../../../src/lectures/check';
import { allLectureProblems, lectureSlugs } from '../../../src/lectures/sources';

/** A chapter in miniature: two sections, one display formula, one widget, one diagram. */
const CHAPTER = `
## The single perceptron {/* #single-perceptron */}

$$
y = f(w x + b)
$$

<OneNeuron lang="en" />

## Learning: the delta rule {/* #delta-rule */}

Text.

<Neuron lang="en" />
`;

/** A lecture's imports: a diagram is known by where it comes from (components/diagrams/). */
const IMPORTS = "import Neuron from '../../../components/diagrams/Neuron.astro';\nimport OneNeuron from '../../../components/OneNeuron.astro';\n\n";

const slide = (attributes: string, body: string) => `<Slide ${attributes}>\n\n${body}\n\n</Slide>\n`;

describe('a lecture checked against its chapter', () => {
  it('passes when its sections, formulas and widget are the chapter’s (whitespace in TeX aside)', () => {
    const lecture =
      slide('id="perceptron" section="single-perceptron" title="The single perceptron"', '$$\ny = f(w x+b)\n$$\n\n- One unit, one line.') +
      slide('id="perceptron-live" section="single-perceptron" title="The single perceptron" widget', '<OneNeuron lang="en" />');
    expect(lectureProblems(lecture, CHAPTER, 'en')).toEqual([]);
    expect(parseLecture(lecture).map((s) => [s.id, s.widget, s.formulas.length, s.lines.length])).toEqual([
      ['perceptron', false, 1, 1],
      ['perceptron-live', true, 0, 0],
    ]);
  });

  it('names a section, formula or widget the chapter lacks', () => {
    const lecture =
      slide('id="a" section="xor" title="XOR?"', '$$\ny = w_1 x_1\n$$') +
      slide('id="b" section="delta-rule" title="Delta rule" widget', '<DeltaRule lang="en" />');
    expect(lectureProblems(lecture, CHAPTER, 'en')).toEqual([
      'slide "a": the chapter has no section #xor',
      'slide "a": the chapter has no display formula y=w_1x_1',
      'slide "b": the chapter has no widget <DeltaRule>',
    ]);
  });

  it('keeps text slides short and widget slides to one widget', () => {
    const long = 'x'.repeat(71);
    const lecture =
      slide('id="a" section="delta-rule" title="T"', ['- one', '- two', '- three', `- ${long}`].join('\n')) +
      slide('id="b" section="delta-rule" title="T" widget', '<OneNeuron lang="en" />\n\n- and words');
    expect(lectureProblems(lecture, CHAPTER, 'en')).toEqual([
      'slide "a": more than 3 lines; split the slide',
      `slide "a": the line "${long}" is longer than 70 characters`,
      'slide "b": a widget slide holds exactly one widget and nothing else',
    ]);
  });

  it('takes a diagram the chapter draws in the slide’s section, with at most two short lines', () => {
    const lecture = IMPORTS + slide('id="d" section="delta-rule" title="T" diagram', '<Neuron lang="en" />\n\n- One unit.');
    expect(lectureProblems(lecture, CHAPTER, 'en')).toEqual([]);
    expect(parseLecture(lecture).map((s) => [s.id, s.diagram, s.widget, s.components, s.lines.length])).toEqual([['d', true, false, ['Neuron'], 1]]);
  });

  it('refuses a diagram from another section, a widget as a diagram, formulas and a third line beside it', () => {
    const lecture =
      IMPORTS +
      slide('id="a" section="single-perceptron" title="T" diagram', '<Neuron lang="en" />') +
      slide('id="b" section="single-perceptron" title="T" diagram', '<OneNeuron lang="en" />') +
      slide('id="c" section="delta-rule" title="T" diagram', '<Neuron lang="en" />\n\n$$\ny = f(w x + b)\n$$\n\n- one\n- two\n- three');
    expect(lectureProblems(lecture, CHAPTER, 'en')).toEqual([
      'slide "a": the chapter\'s section #single-perceptron does not draw <Neuron>',
      'slide "b": a diagram slide holds exactly one diagram (a component imported from components/diagrams/)',
      'slide "c": a diagram slide holds no display formula; put it on a slide of its own',
      'slide "c": more than 2 lines beside a diagram; split the slide',
    ]);
  });

  it('finds a section’s text from its heading to the next', () => {
    expect(sectionText(CHAPTER, 'delta-rule')).toContain('<Neuron lang="en" />');
    expect(sectionText(CHAPTER, 'single-perceptron')).not.toContain('<Neuron ');
    expect(sectionText(CHAPTER, 'xor')).toBe('');
  });

  it('wants the same slides in both languages', () => {
    const en = slide('id="a" section="delta-rule" title="Delta rule"', '- words');
    const ko = slide('id="b" section="delta-rule" title="델타 규칙"', '- 말');
    expect(parityProblems(en, ko)).toEqual(['slide 1: en has "a §delta-rule text, 0 formula(s)", ko has "b §delta-rule text, 0 formula(s)"']);
    const diagram = (lines: string) => slide('id="d" section="delta-rule" title="T" diagram', `<Neuron lang="en" />\n\n${lines}`);
    expect(parityProblems(diagram('- one'), diagram('- 하나\n- 둘'))).toEqual([
      'slide 1: en has "d §delta-rule diagram <Neuron>, 1 line(s)", ko has "d §delta-rule diagram <Neuron>, 2 line(s)"',
    ]);
  });
});

describe('the course’s lectures', () => {
  it('exist', () => {
    expect(lectureSlugs().length).toBeGreaterThan(0);
  });

  it('follow their chapters in both languages', () => {
    expect(allLectureProblems()).toEqual([]);
  });
});
