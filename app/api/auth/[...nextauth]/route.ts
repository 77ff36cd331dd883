// Auth.js's endpoints (sign-in, callbacks, CSRF token, sign-out), behind the guards in
// lib/auth/auth-route.ts: requests rebuilt on SITE_URL, sign-in e-mails rate-limited.
export { GET, POST } from "@/lib/auth/auth-route";
