// Auth.js's error page (pages.error), in words a person can act on.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { signInErrorMessage, signInPageSchema } from "@/lib/auth/messages";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = signInPageSchema.parse(await searchParams);
  const message = signInErrorMessage(error ?? "Default")!;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/account/sign-in", label: "Sign in" }, { label: "Problem" }]} />
      <h1>{message.title}</h1>
      <p className="lead">{message.text}</p>
      <p>
        <Link href="/account/sign-in">Back to sign-in</Link>
      </p>
    </>
  );
}
