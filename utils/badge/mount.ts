/**
 * The in-page badges: one small shadow-root button per captured course, beside its title, that
 * never inherits or leaks page styles. Badges follow new cards as captures report them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { MatchSummary } from '../compare/summary';
import type { Language } from '../model';
import { findBadgeAnchor } from './anchor';
import { badgeLabel, badgeText } from './text';

export const BADGE_TAG = 'bandingin-badge';

const CSS = `
:host { display: inline-block !important; margin: 4px 0 4px 8px; vertical-align: middle; }
button {
  all: initial; cursor: pointer; display: inline-flex; align-items: center; gap: 6px;
  font: 600 12px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #0b6e4f; background: #e8f5ef; border: 1px solid #0b6e4f; border-radius: 999px; padding: 3px 10px;
}
button:hover { background: #d3eee2; }
button:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
button.none { color: #5b6478; border-color: #c5ccd8; background: #f5f7fb; }
.mark { font-weight: 800; }
@media (pointer: coarse) {
  :host { max-width: 100%; }
  button { min-height: 44px; min-width: 44px; box-sizing: border-box; padding: 6px 14px; border-radius: 22px; white-space: normal; }
}
`;

interface Mounted {
  ui: ShadowRootContentScriptUi<HTMLButtonElement>;
  anchor: Element;
  text: string;
}

export interface BadgeBoard {
  show(summaries: MatchSummary[], language: Language): Promise<void>;
  /** Take every badge off the page (its site was switched off). */
  clear(): void;
}

export function createBadgeBoard(
  ctx: ContentScriptContext,
  open: (courseId: string) => void,
  pageUrl: () => string,
): BadgeBoard {
  const mounted = new Map<string, Mounted>();
  const clear = () => {
    for (const { ui } of mounted.values()) ui.remove();
    mounted.clear();
  };
  ctx.onInvalidated(clear);

  return {
    clear,
    async show(summaries, language) {
      for (const summary of summaries) {
        const anchor = findBadgeAnchor(document, summary.url, summary.title, pageUrl());
        if (!anchor) continue;
        const text = badgeText(summary, language);
        const current = mounted.get(summary.courseId);
        if (current && current.anchor === anchor && current.anchor.isConnected && current.text === text)
          continue;
        current?.ui.remove();
        const ui = await createShadowRootUi<HTMLButtonElement>(ctx, {
          name: BADGE_TAG,
          position: 'inline',
          anchor,
          append: 'after',
          css: CSS,
          isolateEvents: true,
          onMount(container) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = summary.count === 0 ? 'none' : '';
            button.setAttribute('aria-label', badgeLabel(summary, language));
            const mark = document.createElement('span');
            mark.className = 'mark';
            mark.textContent = '⇄';
            button.append(mark, document.createTextNode(text));
            button.addEventListener('click', (event) => {
              event.preventDefault();
              event.stopPropagation();
              open(summary.courseId);
            });
            container.append(button);
            return button;
          },
        });
        ui.mount();
        mounted.set(summary.courseId, { ui, anchor, text });
      }
    },
  };
}
