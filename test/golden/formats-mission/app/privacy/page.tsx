import type { Metadata } from 'next';
import Link from 'next/link';
import { siteConfig } from '@/config/site';

export const metadata: Metadata = {
  description: 'How Acme handles personal data',
};

const processors = ['Amazon Web Services (hosting)', 'Stripe (payments)'];

export default function PrivacyPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12 prose dark:prose-invert">
      <h1 className="text-3xl font-bold">Privacy Policy</h1>
      <p className="text-sm text-gray-500">Last updated: 2 March 2026</p>
      <p>
        Acme Analytics Ltd (&ldquo;we&rdquo;, &ldquo;us&rdquo;) is the controller of your personal data. Contact us at{' '}
        <a href="mailto:privacy@acmeanalytics.eu">privacy@acmeanalytics.eu</a>.
      </p>

      <h2 id="collect">What we collect</h2>
      <p>
        We collect your name and email address when you create an account. We process this data to provide
        the service (Article 6(1)(b) GDPR). We send our newsletter with Mailchimp.
      </p>

      <h2>Processors</h2>
      <p>We share personal data with these processors:</p>
      <ul className="list-disc pl-6">
        {processors.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>

      <h2>International transfers</h2>
      <p>Transfers to the United States rely on the EU-U.S. Privacy Shield.</p>

      <h2>Retention</h2>
      <p>We keep your data as long as necessary.</p>

      <h2>Your rights</h2>
      <p>
        You have the right to access, rectify and erase your data under Article 28 GDPR. You can also object to
        processing and ask for a copy of your data.
      </p>

      <h2>Consent</h2>
      <p>
        By using our site, you agree to the collection and use of your information.{' '}
        <span className="sr-only">{siteConfig.name}</span>
      </p>
    </main>
  );
}
