import type { Rule } from 'eslint';

/** The layering rule (layering.js), typed for its test. */
declare const layering: Rule.RuleModule;
export default layering;
