export {
  describeBadInputs,
  proceduresOf,
  schemaFingerprint,
  badInputRuns,
  type BadInputSuite,
  type BadInputTarget,
} from './bad-input-suite.ts';
export { badInputs, nastyValue, nested, type BadInput } from './bad-values.ts';
