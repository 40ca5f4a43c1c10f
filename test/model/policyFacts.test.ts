// Facts about the whole policy (rules/shared/policyFacts.ts): the UK markers.
import assert from 'node:assert/strict';
import { parse } from '../../rules/model/parse';
import { isUkPolicy, ukStrongMarker } from '../../rules/shared/policyFacts';
import { resolveOptions } from '../../rules/engine';

const doc = (text: string) => parse(text, 'plaintext');

describe('policyFacts: UK markers', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Privacy Policy\n\nYou may complain to the Information Commissioner.', 'Information Commissioner'],
    ['Privacy Policy\n\nOur ICONS are pretty. Complaints go to the ICO.', 'ICO'],
    ['Privacy Policy\n\nWe comply with requests as required under UK law.', 'under UK law'],
    ['Privacy Policy\n\nWe store icons. The ICONIC brand is ours.', undefined],
    ['Privacy Policy\n\nThe Swiss Federal Data Protection and Information Commissioner (FDPIC) supervises us.', undefined],
    ['Privacy Policy\n\nThe Federal Data Protection and Information Commissioner supervises us. In the UK, contact the Information Commissioner.', 'Information Commissioner'],
    ['Privacy Policy\n\nRegistered in England and Wales. See also ico.org.uk.', 'England and Wales'],
  ];
  for (const [text, marker] of cases) {
    it(`${marker ?? 'no marker'}: ${text.split('\n\n')[1]}`, () => {
      assert.equal(ukStrongMarker(doc(text)), marker);
    });
  }

  it('the first marker in the text, however many words before it are only parts of other words', () => {
    const text = `Privacy Policy\n\n${'ICONS and UK lawns. '.repeat(200)}Complaints go to the ICO.`;
    assert.equal(ukStrongMarker(doc(text)), 'ICO');
  });

  it('two weak markers make a UK policy, one does not', () => {
    const o = resolveOptions({});
    assert.equal(isUkPolicy(doc('Privacy Policy\n\nOur office is in London, UK.'), o), true);
    assert.equal(isUkPolicy(doc('Privacy Policy\n\nOur office is in London.'), o), false);
    assert.equal(isUkPolicy(doc('Privacy Policy\n\nOur office is in Berlin.'), o), false);
  });
});
