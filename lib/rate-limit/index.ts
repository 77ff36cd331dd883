// Rate limits: named fixed-window limits, the limiter, and how a limit is told to people.
// Route handlers answer with rateLimitedResponse (429 + Retry-After + page); pages and forms
// show components/auth/rate-limit-notice.tsx; mutations call enforceRateLimit.
export { commentsPerUser, proposalsPerUser, rateLimits, signInEmailsPerAddress, signInEmailsPerIp, type RateLimit } from "./limits";
export { enforceRateLimit, hitRateLimit, windowStartOf, type RateLimitResult } from "./limiter";
export { describeRetry, type RetryDescription } from "./retry-time";
export { rateLimitedHtml, rateLimitedResponse, rateLimitedResponseFor, type RateLimitedPage } from "./response";
