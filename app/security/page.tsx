// Where /.well-known/security.txt sends people (its Contact and Policy). Static text.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { env } from "@/env";

export const metadata: Metadata = {
  title: "Report a security vulnerability",
  description: "How to report a security problem in the DS4SSCC Catalogue of Specifications, and what happens next.",
};

export default function SecurityPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Security" }]} />
      <h1>Report a security vulnerability</h1>
      <p className="lead">
        If you have found a weakness in this catalogue portal, please tell us privately so we can fix it before
        anyone misuses it. Thank you for helping to keep the catalogue and its contributors safe.
      </p>

      <h2>How to report</h2>
      {env.SECURITY_CONTACT ? (
        <p>
          Write to <a href={env.SECURITY_CONTACT}>{env.SECURITY_CONTACT.replace(/^mailto:/, "")}</a> and put{" "}
          <strong>Security</strong> at the start of the subject. Please do not describe the problem in a public issue,
          forum or social media post until it is fixed.
        </p>
      ) : (
        <p>
          Write to the team that runs this portal for the DS4SSCC project, through the project contact you have, and
          put <strong>Security</strong> at the start of the subject. Please do not describe the problem in a public
          issue, forum or social media post until it is fixed.
        </p>
      )}

      <h2>What to include</h2>
      <ul>
        <li>the address of the page or API request that is affected,</li>
        <li>the steps that show the problem, and what you expected instead,</li>
        <li>what an attacker could do with it, as far as you know,</li>
        <li>whether and how you would like to be credited.</li>
      </ul>

      <h2>What we ask of you</h2>
      <ul>
        <li>Only test against your own account and data; never read, change or delete other people&rsquo;s.</li>
        <li>Do not degrade the service for others: no denial-of-service tests and no high-volume automated scans.</li>
        <li>Give us a reasonable time to fix the problem (90 days unless we agree otherwise) before you publish.</li>
      </ul>

      <h2>What you can expect</h2>
      <ul>
        <li>An acknowledgement of your report, and an assessment of it.</li>
        <li>News when the problem is fixed, and credit if you want it.</li>
      </ul>

      <h2>Scope</h2>
      <p>
        This portal: its pages, its search and its API. The external websites that catalogue entries link to are run
        by their own publishers; please report problems there to them.
      </p>
      <p className="muted">
        This policy in machine-readable form: <a href="/.well-known/security.txt">/.well-known/security.txt</a>
      </p>
    </>
  );
}
