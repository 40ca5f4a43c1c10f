import React from 'react'
import type { NextPage } from 'next'
import Head from 'next/head'

const PrivacyPolicy: NextPage = () => {
  return (
    <>
      <Head>
        <title>Privacy Policy — Hans Steel Canada</title>
      </Head>

      <div className="container mx-auto px-4 py-12">
        <section className="max-w-4xl mx-auto">
          <div className="bg-white rounded-lg shadow-lg p-6 md:p-10">
            <h1 className="text-4xl font-bold text-gray-900 mb-8">Privacy Policy</h1>

            <div className="prose prose-lg max-w-none text-gray-700">
              <p className="text-sm text-gray-500 mb-6">Last Updated: October 24, 2025</p>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Introduction</h2>
                <p className="leading-relaxed mb-4">
                  Hans Steel Canada ("we," "our," or "us") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you visit our website or use our services.
                </p>
                <p className="leading-relaxed">
                  Please read this Privacy Policy carefully. By accessing or using our website, you agree to be bound by the terms described herein. If you do not agree with the terms of this Privacy Policy, please do not access or use our services.
                </p>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Information We Collect</h2>
                <p className="leading-relaxed mb-4">
                  We may collect information about you in a variety of ways. The information we may collect on the website includes:
                </p>

                <h3 className="text-xl font-semibold text-gray-800 mb-3 mt-6">Personal Data</h3>
                <p className="leading-relaxed mb-4">
                  Personally identifiable information, such as your name, shipping address, email address, and telephone number, and demographic information, such as your age, gender, hometown, and interests, that you voluntarily give to us when you register with the website or when you choose to participate in various activities related to the website, such as requesting a quote or contacting us.
                </p>

                <h3 className="text-xl font-semibold text-gray-800 mb-3 mt-6">Derivative Data</h3>
                <p className="leading-relaxed mb-4">
                  Information our servers automatically collect when you access the website, such as your IP address, your browser type, your operating system, your access times, and the pages you have viewed directly before and after accessing the website.
                </p>

                <h3 className="text-xl font-semibold text-gray-800 mb-3 mt-6">Financial Data</h3>
                <p className="leading-relaxed">
                  Financial information, such as data related to your payment method that we may collect when you purchase, order, return, exchange, or request information about our services from the website. We store only very limited, if any, financial information that we collect.
                </p>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Use of Your Information</h2>
                <p className="leading-relaxed mb-4">
                  Having accurate information about you permits us to provide you with a smooth, efficient, and customized experience. Specifically, we may use information collected about you via the website to:
                </p>
                <ul className="list-disc pl-6 space-y-2 mb-4">
                  <li>Create and manage your account</li>
                  <li>Process your transactions and send you related information</li>
                  <li>Email you regarding your account or order</li>
                  <li>Fulfill and manage purchases, orders, payments, and other transactions related to the website</li>
                  <li>Generate a personal profile about you to make future visits to the website more personalized</li>
                  <li>Increase the efficiency and operation of the website</li>
                  <li>Monitor and analyze usage and trends to improve your experience with the website</li>
                  <li>Notify you of updates to the website</li>
                  <li>Offer new products, services, and/or recommendations to you</li>
                  <li>Perform other business activities as needed</li>
                  <li>Prevent fraudulent transactions, monitor against theft, and protect against criminal activity</li>
                  <li>Request feedback and contact you about your use of the website</li>
                  <li>Resolve disputes and troubleshoot problems</li>
                  <li>Respond to product and customer service requests</li>
                  <li>Send you a newsletter</li>
                </ul>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Disclosure of Your Information</h2>
                <p className="leading-relaxed mb-4">
                  We may share information we have collected about you in certain situations. Your information may be disclosed as follows:
                </p>

                <h3 className="text-xl font-semibold text-gray-800 mb-3 mt-6">By Law or to Protect Rights</h3>
                <p className="leading-relaxed mb-4">
                  If we believe the release of information about you is necessary to respond to legal process, to investigate or remedy potential violations of our policies, or to protect the rights, property, and safety of others, we may share your information as permitted or required by any applicable law, rule, or regulation.
                </p>

                <h3 className="text-xl font-semibold text-gray-800 mb-3 mt-6">Third-Party Service Providers</h3>
                <p className="leading-relaxed mb-4">
                  We may share your information with third parties that perform services for us or on our behalf, including payment processing, data analysis, email delivery, hosting services, customer service, and marketing assistance.
                </p>

                <h3 className="text-xl font-semibold text-gray-800 mb-3 mt-6">Business Transfers</h3>
                <p className="leading-relaxed">
                  We may share or transfer your information in connection with, or during negotiations of, any merger, sale of company assets, financing, or acquisition of all or a portion of our business to another company.
                </p>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Security of Your Information</h2>
                <p className="leading-relaxed mb-4">
                  We use administrative, technical, and physical security measures to help protect your personal information. While we have taken reasonable steps to secure the personal information you provide to us, please be aware that despite our efforts, no security measures are perfect or impenetrable, and no method of data transmission can be guaranteed against any interception or other type of misuse.
                </p>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Policy for Children</h2>
                <p className="leading-relaxed">
                  We do not knowingly solicit information from or market to children under the age of 13. If we learn that we have collected personal information from a child under age 13 without verification of parental consent, we will delete that information as quickly as possible. If you believe we might have any information from or about a child under 13, please contact us.
                </p>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Changes to This Privacy Policy</h2>
                <p className="leading-relaxed">
                  We may update this Privacy Policy from time to time in order to reflect, for example, changes to our practices or for other operational, legal, or regulatory reasons. We will notify you of any changes by posting the new Privacy Policy on this page and updating the "Last Updated" date.
                </p>
              </section>

              <section className="mb-8">
                <h2 className="text-2xl font-semibold text-gray-900 mb-4">Contact Us</h2>
                <p className="leading-relaxed mb-4">
                  If you have questions or comments about this Privacy Policy, please contact us at:
                </p>
                <div className="bg-gray-50 p-4 rounded border border-gray-200">
                  <p className="font-semibold text-gray-900">Hans Steel Canada</p>
                  <p className="text-gray-700">6 Sangster Road</p>
                  <p className="text-gray-700">Uxbridge, ON L9P 0G5</p>
                  <p className="text-gray-700 mt-2">Email: info@hanssteel.com</p>
                </div>
              </section>
            </div>
          </div>
        </section>
      </div>
    </>
  )
}

export default PrivacyPolicy
