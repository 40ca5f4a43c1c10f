// The JSX/TSX reader (rules/model/jsx.ts), the template tag scanner (templates.ts) and the MDX
// masking (mdx.ts): what text they read, where it maps back to, and what fixes they allow.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { OPAQUE } from '../../rules/model/document';
import { jsxParses } from '../../rules/model/jsx';
import { parse } from '../../rules/model/parse';
import { templateTags } from '../../rules/model/templates';
import type { Format } from '../../rules/model/types';

const blocks = (src: string, format: Format = 'jsx') => { const d = parse(src, format); return d.blocks.map((b) => [b.kind, d.blockText(b)]); };
const page = (body: string) => `export default function Page() {\n  return (\n    <main className="prose">\n${body}\n    </main>\n  );\n}\n`;

describe('JSX/TSX model', () => {
  it('reads text as React renders it: lines joined, {" "} and entities resolved, attributes ignored', () => {
    const src = page(`      <h2 className="text-xl">Your rights</h2>\n      <p className="mt-2">\n        We&apos;ll answer within one month.{" "}\n        <a href="/contact" className="underline">Contact us</a> at any time &rsquo;now&rsquo;.\n      </p>`);
    assert.deepEqual(blocks(src), [['heading', 'Your rights'], ['paragraph', 'We\'ll answer within one month. Contact us at any time ’now’.']]);
    const d = parse(src, 'jsx');
    assert.equal(d.blocks[0].level, 2);
    assert.deepEqual(d.links.map((l) => [d.slice(l.start, l.end), l.href]), [['Contact us', '/contact']]);
  });

  it('reads list items, TSX types and keeps expressions as one opaque word', () => {
    const src = `type P = { name: string };\nexport function Policy({ name }: P) {\n  return <ul>\n    <li>{name} keeps your data for two years.</li>\n    <li key={1}>Erasure</li>\n  </ul>;\n}\n`;
    assert.deepEqual(blocks(src), [['listItem', `${OPAQUE} keeps your data for two years.`], ['listItem', 'Erasure']]);
    const d = parse(src, 'jsx');
    const at = d.text.indexOf(OPAQUE);
    assert.equal(src.slice(d.srcStart(at), d.srcEnd(at + 1)), '{name}');
  });

  it('reads the title prop of a section component as its heading (<Section title="5. Subprocessors">), not keys or identifiers', () => {
    const src = page(`      <Section title="5. Subprocessors">\n        <p>Vercel Inc. hosts the site.</p>\n      </Section>\n      <LegalSection heading="Your rights" id="rights">\n        <p>You may ask for a copy.</p>\n      </LegalSection>\n      <Card title="privacy.retention.title"><p>We keep data for a year.</p></Card>\n      <Tooltip title="sectionTitle"><p>Ask us.</p></Tooltip>\n      <div title="Hover text"><p>Plain.</p></div>`);
    assert.deepEqual(blocks(src), [['heading', '5. Subprocessors'], ['paragraph', 'Vercel Inc. hosts the site.'], ['heading', 'Your rights'], ['paragraph', 'You may ask for a copy.'], ['paragraph', 'We keep data for a year.'], ['paragraph', 'Ask us.'], ['paragraph', 'Plain.']]);
    const d = parse(src, 'jsx');
    const h = d.blocks[0];
    assert.equal(src.slice(d.srcStart(h.start), d.srcEnd(h.end)), '5. Subprocessors');
    // Its text is not editable: a fix never lands inside a JSX attribute.
    assert.equal(d.editGuard?.({ start: d.srcStart(h.start), end: d.srcStart(h.start) + 2, newText: '6.' }), undefined);
  });

  it('reads a component standing among elements as a block, and its heading prop as a heading (MUI, Chakra, a page\'s own)', () => {
    const mui = page(`      <Box className={styles.wrapper}>\n        <Typography variant={'h2'}>PRIVACY NOTICE</Typography>\n        <Typography variant="h3">Effective Date: July 17th, 2024</Typography>\n        <Typography variant={'body2'}>We keep your data for two years.</Typography>\n        <Typography variant="body2">Right of objection (Art. 21 GDPR): you may object.</Typography>\n      </Box>`);
    assert.deepEqual(blocks(mui), [['heading', 'PRIVACY NOTICE'], ['heading', 'Effective Date: July 17th, 2024'], ['paragraph', 'We keep your data for two years.'], ['paragraph', 'Right of objection (Art. 21 GDPR): you may object.']]);
    assert.deepEqual(parse(mui, 'jsx').blocks.slice(0, 2).map((b) => b.level), [2, 3]);
    const chakra = page(`      <Heading as="h2" size="lg">Your rights</Heading>\n      <Text>You may ask for a copy.</Text>\n      <Paragraph>We answer within one month.</Paragraph>`);
    assert.deepEqual(blocks(chakra), [['heading', 'Your rights'], ['paragraph', 'You may ask for a copy.'], ['paragraph', 'We answer within one month.']]);
  });

  it('reads a string constant where it is rendered, mapped to the constant ("Last updated {lastUpdated}")', () => {
    const src = `const lastUpdated = 'May 20, 2026';\nconst company = \`Acme Ltd\`;\nconst unused = 'This sentence is never rendered on the page at all.';\nexport default function Page() {\n  return <main><p>Last updated {lastUpdated}</p><p>{company} keeps your data for a year.</p></main>;\n}\n`;
    assert.deepEqual(blocks(src), [['paragraph', 'Last updated May 20, 2026'], ['paragraph', 'Acme Ltd keeps your data for a year.']]);
    const d = parse(src, 'jsx');
    const at = d.text.indexOf('May 20');
    assert.equal(src.slice(d.srcStart(at), d.srcEnd(at + 'May 20, 2026'.length)), 'May 20, 2026');
  });

  it('reads a layout\'s date prop as the date line under its title (lastUpdated="…", lastUpdated={constant}, effectiveDate)', () => {
    const byConstant = `const lastUpdated = "25 August 2026";\nexport default function Page() {\n  return <LegalLayout title="Privacy Policy" lastUpdated={lastUpdated}><h2>Overview</h2><p>We keep data for a year.</p></LegalLayout>;\n}\n`;
    assert.deepEqual(blocks(byConstant), [['heading', 'Privacy Policy'], ['paragraph', 'Last updated: 25 August 2026'], ['heading', 'Overview'], ['paragraph', 'We keep data for a year.']]);
    const d = parse(byConstant, 'jsx');
    const at = d.text.indexOf('25 August');
    // The date maps to the constant, where a fix may edit it; the label stands for the prop's name.
    assert.equal(byConstant.slice(d.srcStart(at), d.srcEnd(at + '25 August 2026'.length)), '25 August 2026');
    assert.equal(byConstant.slice(d.srcStart(d.text.indexOf('Last updated')), d.srcEnd(d.text.indexOf('Last updated') + 'Last updated: '.length)), 'lastUpdated');
    const literal = page(`      <PolicyPage title="Privacy" effectiveDate="2024-01-31">\n        <p>Hello.</p>\n      </PolicyPage>`);
    assert.deepEqual(blocks(literal), [['heading', 'Privacy'], ['paragraph', 'Effective date: 2024-01-31'], ['paragraph', 'Hello.']]);
    // Not a date: no year in it, a computed value, or a prop of an HTML element.
    const notDates = page(`      <PolicyPage title="Privacy" lastUpdated="recently" updatedAt={new Date().toISOString()}>\n        <p>Hello.</p>\n      </PolicyPage>\n      <div updated="2024-01-31"><p>Bye.</p></div>`);
    assert.deepEqual(blocks(notDates), [['heading', 'Privacy'], ['paragraph', 'Hello.'], ['paragraph', 'Bye.']]);
  });

  it('reads each record of a rendered array that has a name key as one list item, its name first (a card per provider)', () => {
    const src = `const providers = [\n  { id: 'db', name: 'Supabase', role: 'Database & Authentication Provider', href: 'https://supabase.com', location: 'EU (Frankfurt, Germany)' },\n  { id: 'host', name: 'Vercel', role: 'Web Application Hosting' },\n];\nexport default function P() {\n  return <main><p>Data sharing is limited to the following service providers:</p>\n  <div>{providers.map((p) => <div key={p.id}><span>{p.name}</span><p>{p.role}</p></div>)}</div>\n  <div>{[{ name: 'Stripe', role: 'Payments provider' }].map((p) => <div key={p.name}><span>{p.name}</span><p>{p.role}</p></div>)}</div></main>;\n}\n`;
    assert.deepEqual(blocks(src), [
      ['paragraph', 'Data sharing is limited to the following service providers:'],
      ['listItem', 'Supabase – Database & Authentication Provider – EU (Frankfurt, Germany)'],
      ['listItem', 'Vercel – Web Application Hosting'],
      ['listItem', 'Stripe – Payments provider'],
    ]);
    const d = parse(src, 'jsx');
    // The two arrays are two lists; each name maps back to its string.
    assert.notEqual(d.blocks[1].list?.id, d.blocks[3].list?.id);
    assert.equal(d.blocks[1].list?.id, d.blocks[2].list?.id);
    const at = d.text.indexOf('Vercel');
    assert.equal(src.slice(d.srcStart(at), d.srcEnd(at + 6)), 'Vercel');
    // Inside a <table>, each record is a row, its strings the cells.
    const rows = `export default () => <table><tbody>{[\n  { category: 'Account data', period: 'Duration of account + 30 days' },\n  { category: 'Logs', period: '6 months', icon: 'clock' },\n].map((r) => <tr key={r.category}><td>{r.category}</td><td>{r.period}</td></tr>)}</tbody></table>;\n`;
    assert.deepEqual(blocks(rows), [['tableRow', 'Account data\tDuration of account + 30 days'], ['tableRow', 'Logs\t6 months']]);
    // An array of records with no name key, or never rendered, is read as before (or not at all).
    const other = `const meta = [{ name: 'Unrendered Corp', role: 'Never shown on the page' }];\nexport default () => <main><p>Hello there, reader of this page.</p></main>;\n`;
    assert.deepEqual(blocks(other), [['paragraph', 'Hello there, reader of this page.']]);
  });

  it('reads a component among words as inline (<Link>, <Trans>, <Strong>): the sentence stays whole', () => {
    const src = page(`      <p>Read our <Link href="/terms">terms</Link> and <Strong>never</Strong> share your password.</p>\n      <Text>We use <ExternalLink href="https://stripe.com">Stripe</ExternalLink> for payments.</Text>`);
    assert.deepEqual(blocks(src), [['paragraph', 'Read our terms and never share your password.'], ['paragraph', 'We use Stripe for payments.']]);
  });

  it('reads { title, body } sections where they are rendered, and not metadata or messages', () => {
    const src = `export const metadata = { title: 'Privacy policy', description: 'How we handle your personal data here' };\nconst sections = [\n  { title: 'Retention', body: 'We keep your data as long as necessary.' },\n];\nexport default function P() {\n  console.log('rendering the privacy page now ok');\n  return <main><h1>Privacy</h1>{sections.map((s) => <section key={s.title}><h2>{s.title}</h2><p>{s.body}</p></section>)}</main>;\n}\n`;
    assert.deepEqual(blocks(src), [['heading', 'Privacy'], ['heading', 'Retention'], ['paragraph', 'We keep your data as long as necessary.']]);
  });

  it('edits a string literal with the text escaped for its quote, and never outside prose', () => {
    const src = `const s = [{ title: 'Retention', body: 'We keep it as long as necessary.' }];\nexport default () => <main>{s.map((x) => <p key={x.title}>{x.body}</p>)}</main>;\n`;
    const d = parse(src, 'jsx');
    const inString = src.indexOf('as long');
    assert.deepEqual(d.editGuard!({ start: inString, end: inString + 21, newText: 'for the customer’s &amp; 2 years' }), { start: inString, end: inString + 21, newText: 'for the customer’s & 2 years' });
    assert.equal(d.editGuard!({ start: inString, end: inString, newText: "it's" })!.newText, "it\\'s");
    assert.equal(d.editGuard!({ start: inString, end: inString, newText: '<p>x</p>' }), undefined, 'no markup in a string');
    assert.equal(d.editGuard!({ start: 0, end: 5, newText: 'let' }), undefined, 'code is never edited');
  });

  it('escapes braces in JSX text and admits markup only where it parses', () => {
    const src = page('      <p>We keep it as long as necessary.</p>');
    const d = parse(src, 'jsx');
    const at = src.indexOf('as long');
    assert.equal(d.editGuard!({ start: at, end: at, newText: '{x}' })!.newText, "{'{'}x{'}'}");
    assert.ok(d.editGuard!({ start: at, end: at, newText: '<b>x</b>' }));
    assert.equal(d.editGuard!({ start: at, end: at, newText: '<b>x' }), undefined);
  });

  it('maps every visible character back to its source (random pages)', () => {
    const word = fc.constantFrom('We', 'keep', 'data', 'GDPR', 'Article 15', 'Mailchimp', '&amp;', '&rsquo;', '{" "}', "{'x'}", '{company}', '\n        ');
    const para = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    const el = fc.tuple(fc.constantFrom('p', 'h2', 'li', 'div', 'Link'), para).map(([t, p]) => `<${t} className="x">${p}</${t}>`);
    fc.assert(fc.property(fc.array(el, { minLength: 1, maxLength: 8 }), (els) => {
      const src = page(els.map((e) => '      ' + e).join('\n'));
      assert.ok(jsxParses(src));
      const d = parse(src, 'jsx');
      for (let i = 0; i < d.text.length; i++) {
        const c = d.text[i];
        if (c === '\n' || (c === ' ' && d.srcStart(i) === d.srcEnd(i + 1))) continue;
        const s = src.slice(d.srcStart(i), d.srcEnd(i + 1));
        if (c === OPAQUE) assert.ok(s.startsWith('{') && s.endsWith('}'), `opaque ${s}`);
        else assert.ok(s === c || decodeHTML(s) === c || s === `{" "}` || s === ' ', `“${c}” maps to “${s}”`);
      }
    }), { numRuns: 200 });
  });
});

describe('template tags', () => {
  const tags = (src: string, f: Format) => templateTags(src, f as 'erb').map((t) => `${t.output ? '=' : '-'}${src.slice(t.start, t.end)}`);

  it('finds each dialect\'s tags, output tags apart', () => {
    assert.deepEqual(tags('<p><%= a %> <% if b %> <%# c %></p>', 'erb'), ['=<%= a %>', '-<% if b %>', '-<%# c %>']);
    assert.deepEqual(tags('{{ a }} {% if b %} {# c #}', 'twig'), ['={{ a }}', '-{% if b %}', '-{# c #}']);
    assert.deepEqual(tags('{{a}} {{{b}}} {{#if c}} {{/if}} {{!-- d --}}', 'handlebars'), ['={{a}}', '={{{b}}}', '-{{#if c}}', '-{{/if}}', '-{{!-- d --}}']);
    assert.deepEqual(tags('@if($a) {{ $b }} {!! $c !!} @lang(\'x\') privacy@example.com {{-- d --}} @endif', 'blade'), ['-@if($a)', '={{ $b }}', '={!! $c !!}', "=@lang('x')", '-{{-- d --}}', '-@endif']);
    assert.deepEqual(tags('<?php $a = 1; ?><p><?= $a ?></p><?php echo $b; ?>', 'php'), ['-<?php $a = 1; ?>', '=<?= $a ?>', '=<?php echo $b; ?>']);
    assert.deepEqual(tags('<script>let a = {b: 1};</script>{#if a}{a}{/if}{@html b}', 'svelte'), ['-{#if a}', '={a}', '-{/if}', '={@html b}']);
  });

  it('stays linear on unclosed openers', () => {
    for (const f of ['erb', 'twig', 'handlebars', 'blade', 'svelte', 'php'] as Format[]) {
      const src = '<%{{{%{#@if(<?php '.repeat(20_000);
      const t0 = performance.now();
      parse(src, f);
      assert.ok(performance.now() - t0 < 2000, `${f} on 360 KB of unclosed tags`);
    }
  });

  it('never lets a fix touch a tag', () => {
    const src = '<p>Write to <%= link_to "us", contact_path %> as long as necessary.</p>';
    const d = parse(src, 'erb');
    const tag = src.indexOf('<%=');
    assert.equal(d.editGuard!({ start: tag + 2, end: tag + 4, newText: 'x' }), undefined);
    const at = src.indexOf('as long');
    assert.ok(d.editGuard!({ start: at, end: at + 7, newText: 'for two years' }));
  });
});
