// The rules the server runs. A test build can inject a rule that throws
// (POLICYLINT_INJECT_FAULTY_RULE=1) to prove that one failing rule neither
// stops the others nor the server; nothing else reads this variable.
import { RULES } from '../../rules/registry';
import type { Rule } from '../../rules/rule';

const faulty: Rule = {
  id: 'injected-fault', aliases: [], description: 'Throws, for tests', tags: ['test'], defaultSeverity: 'error',
  check() { throw new Error('injected fault'); },
};

export function ruleSet(): readonly Rule[] {
  return process.env.POLICYLINT_INJECT_FAULTY_RULE === '1' ? [faulty, ...RULES] : RULES;
}
