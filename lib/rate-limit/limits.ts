// The named limits of the portal. Each is a fixed window: at most `max` hits per subject in
// each window of `windowSeconds` (windows start at multiples of the length, in UTC). Other
// features import the limit they need from here, so the numbers live in one place.

export type RateLimit = {
  /** Stable identifier; part of every counter's key, so renaming one resets its counters. */
  name: string;
  max: number;
  windowSeconds: number;
  /** What is being limited, for log lines and the page that says when to try again. */
  what: string;
};

const HOUR = 60 * 60;

/** Sign-in links sent to one address: enough for a few retries, too few to flood an inbox. */
export const signInEmailsPerAddress: RateLimit = { name: "sign-in-email:address", max: 5, windowSeconds: HOUR, what: "sign-in emails to this address" };

/** Sign-in links requested from one IP address, whatever the addresses. */
export const signInEmailsPerIp: RateLimit = { name: "sign-in-email:ip", max: 20, windowSeconds: HOUR, what: "sign-in emails from your network" };

/** Proposals created by one user. */
export const proposalsPerUser: RateLimit = { name: "proposal:user", max: 20, windowSeconds: HOUR, what: "new proposals" };

/** Comments written by one user. */
export const commentsPerUser: RateLimit = { name: "comment:user", max: 60, windowSeconds: HOUR, what: "comments" };

export const rateLimits = { signInEmailsPerAddress, signInEmailsPerIp, proposalsPerUser, commentsPerUser } as const;
