/**
 * Chart data tables are laid out only once they come near the screen (`content-visibility: auto`,
 * src/components/charts/charts.css), so until then the browser holds their place with an estimate
 * and gives their text no boxes. Whatever checks a whole page at once — its height, axe's contrast
 * checks — first has every such element laid out, as a reader who scrolls through sees it.
 */
import type { Page } from 'playwright-core';

/** In-page; a string, as tsx would wrap a compiled callback in helpers the page does not have. */
const LAY_OUT_ALL = `(() => {
  let n = 0;
  for (const element of document.querySelectorAll('*')) {
    if (getComputedStyle(element).contentVisibility !== 'auto') continue;
    element.style.contentVisibility = 'visible';
    n++;
  }
  return n;
})()`;

/** Lays out every element the page would lay out only near the screen; returns how many there were. */
export function layOutWholePage(page: Page): Promise<number> {
  return page.evaluate<number>(LAY_OUT_ALL);
}
