/**
 * A phone in desktop Chromium: extensions need a persistent context, which cannot take `isMobile`,
 * so the browser is launched as a touch-only device (pointer: coarse, hover: none, as on Android)
 * and each page gets a 360 × 740 viewport at 2× with touch events. Then what a phone user meets is
 * measured: horizontal scrolling, and tap targets smaller than 44 × 44 CSS px.
 */
import type { Page } from 'playwright-core';

export const PHONE = { width: 360, height: 740, deviceScaleFactor: 2 } as const;
export const MIN_TARGET = 44;

/** Chromium switches for a touch-only device; pass to `launch({ args })`. */
export const TOUCH_ONLY_ARGS = [
  '--blink-settings=primaryPointerType=2,availablePointerTypes=2,primaryHoverType=1,availableHoverTypes=1',
];

export async function emulatePhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
}

export interface PhoneReport {
  /** Whether the page sees a touch screen as a phone does (the CSS under test keys on it). */
  coarsePointer: boolean;
  viewportWidth: number;
  /** scrollWidth − clientWidth of the page: 0 when nothing scrolls sideways. */
  horizontalOverflow: number;
  /** Visible interactive elements under 44 × 44 ("tag.class 'name' W×H"). */
  smallTargets: string[];
  /** How many visible interactive elements were measured (a check that found none proves nothing). */
  targets: number;
}

/**
 * Measure the page, open shadow roots included (the in-page badge). A control inside a <label>
 * is tapped through its label, so the label's box counts; visually hidden ones are not visible.
 */
export function phoneReport(page: Page): Promise<PhoneReport> {
  return page.evaluate((min) => {
    const SELECTOR =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*'))
      if (element.shadowRoot) roots.push(element.shadowRoot);
    const small: string[] = [];
    let targets = 0;
    for (const root of roots) {
      for (const element of root.querySelectorAll<HTMLElement>(SELECTOR)) {
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
        const own = element.getBoundingClientRect();
        if (own.width <= 1 && own.height <= 1) continue;
        const label = element.closest('label');
        const box = (
          label && element.matches('input, select, textarea') ? label : element
        ).getBoundingClientRect();
        targets++;
        if (box.width + 0.5 < min || box.height + 0.5 < min) {
          const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
          small.push(
            `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} '${name}' ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
    }
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      coarsePointer: matchMedia('(pointer: coarse)').matches,
      viewportWidth: innerWidth,
      horizontalOverflow: scroller.scrollWidth - scroller.clientWidth,
      smallTargets: small,
      targets,
    };
  }, MIN_TARGET);
}
