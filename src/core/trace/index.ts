/** The backprop trace: every quantity of one training step, for the stepper widget and the trace CLI. */
export * from './types';
export { traceTrainingStep } from './trace';
export { type TraceProblem, validateTraceProblem } from './problem';
export { type WorksheetOptions, traceToMarkdown, traceToCsv, unmarkOperands } from './worksheet';
export { type LatexWorksheetOptions, traceToLatex } from './worksheet-latex';
export { type WorksheetLabels, type WorksheetLang, WORKSHEET_LABELS, WORKSHEET_LANGS } from './worksheet-labels';
export {
  type MistakeName,
  type AnswerVerdict,
  type AnswerCheck,
  type MistakeCandidate,
  answerTolerance,
  mistakeCandidates,
  checkAnswer,
} from './mistakes';
export { type FiniteDifferenceRow, finiteDifferenceCheck } from './finite-difference';
export { type RandomTraceProblemOptions, RANDOM_PROBLEM_MAX_LAYERS, RANDOM_PROBLEM_MAX_UNITS, randomTraceProblem } from './random-problem';
