// Widget code reads the UI strings synchronously once loaded (src/widgets/strings.ts); in the browser
// NnWidget loads its language before start(). Unit tests call widget code directly, so both
// dictionaries are loaded before any test runs.
import { loadStrings } from '../../src/widgets/kit/strings';

await Promise.all([loadStrings('en'), loadStrings('ko')]);
