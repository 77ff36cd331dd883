// Keyboard-only navigation for e2e journeys: Tab until the focused element is the one wanted.
import type { Page } from "@playwright/test";

/** Presses Tab until the focused element's accessible text (or label) matches `name`. */
export async function tabUntil(page: Page, name: RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return `${labelled ?? ""} ${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}`.trim();
    });
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}
