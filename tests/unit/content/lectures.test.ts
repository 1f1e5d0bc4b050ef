import { describe, expect, it } from 'vitest';
import { lectureProblems, parityProblems, parseLecture } from '../../../src/lectures/check';
import { allLectureProblems, lectureSlugs } from '../../../src/lectures/sources';

/** A chapter in miniature: two sections, one display formula, one widget. */
const CHAPTER = `
## The single perceptron {/* #single-perceptron */}

$$
y = f(w x + b)
$$

<OneNeuron lang="en" />

## Learning: the delta rule {/* #delta-rule */}

Text.
`;

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

  it('wants the same slides in both languages', () => {
    const en = slide('id="a" section="delta-rule" title="Delta rule"', '- words');
    const ko = slide('id="b" section="delta-rule" title="델타 규칙"', '- 말');
    expect(parityProblems(en, ko)).toEqual(['slide 1: en has "a §delta-rule text, 0 formula(s)", ko has "b §delta-rule text, 0 formula(s)"']);
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
