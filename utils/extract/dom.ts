/** DOM helpers shared by the generic layers and the site adapters. Never throw; work in Node (happy-dom) too. */
import { cleanText } from './text';

/** Elements whose text is never page content. */
export const NOT_CONTENT = 'script, style, noscript, template, svg';

/** Clean text of an element, or undefined. */
export function textOf(element: Element | null | undefined, max = 400): string | undefined {
  if (!element) return undefined;
  // Read only what the cap can use (with room for collapsed blanks), never a whole subtree.
  return cleanText(boundedText(element, max * 4 + 64), max);
}

/** The first selector in `selectors` that matches inside `root`. */
export function pick(
  root: ParentNode,
  selectors: readonly string[] | string | undefined,
): Element | undefined {
  if (!selectors) return undefined;
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // an invalid selector in a table must not cost the other fields
    }
  }
  return undefined;
}

export function pickAll(root: ParentNode, selector: string, limit = 1000): Element[] {
  try {
    const list = root.querySelectorAll(selector);
    const found: Element[] = [];
    for (let i = 0; i < list.length && i < limit; i += 1) found.push(list[i]!);
    return found;
  } catch {
    return [];
  }
}

/** List items (or block children) of a section: syllabus sessions, objectives, competencies. */
export function listItems(element: Element, max = 300): string[] {
  const items = pickAll(element, 'li', max);
  const source = items.length
    ? items.filter((item) => !item.querySelector('li')) // leaves only: nested lists give their own items
    : [...element.children];
  const texts = source
    .map((item) => cleanText(boundedText(item, 1600), 400))
    .filter((text): text is string => Boolean(text));
  return [...new Set(texts)].slice(0, max);
}

/** The page's main heading: the course title on a detail page. */
export function mainHeading(doc: Document): string | undefined {
  for (const heading of pickAll(doc, 'h1', 5)) {
    const text = textOf(heading);
    if (text) return text;
  }
  return undefined;
}

export function meta(doc: Document, name: string): string | undefined {
  // Meta tags live in the head: never search a huge body for one that is not there.
  const element = (doc.head ?? doc).querySelector(
    `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
  );
  return element?.getAttribute('content') ?? undefined;
}

/** Parse JSON without throwing. */
export function safeJson(text: string | null | undefined): unknown {
  if (!text || text.length > 5_000_000) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Subtrees a reader never sees: hidden dialogs, templates, closed <dialog>s, display:none blocks. */
const HIDDEN =
  'template, [hidden], [aria-hidden="true"], dialog:not([open]), [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';

export function isHidden(element: Element): boolean {
  try {
    return element.closest(HIDDEN) !== null;
  } catch {
    return false;
  }
}

/** At most `max` characters of an element's text (as textContent reads it), node by node, never more. */
export function boundedText(node: Node, max = 400): string {
  let text = '';
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let current = walker.nextNode(); current && text.length < max; current = walker.nextNode()) {
    const parent = current.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    text += current.nodeValue ?? ''; // as textContent joins them: "<b>Ex</b>cel" is "Excel"
  }
  return text.slice(0, max);
}

/** Hidden by its own attributes (not by an ancestor's). */
export function hiddenHere(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEMPLATE' || (tag === 'DIALOG' && !element.hasAttribute('open'))) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Visible text nodes under `root` in document order, at most `limit`, skipping scripts, hidden
 * subtrees and subtrees matching `skip`: one walk, each element looked at once, whatever the nesting.
 */
export function contentTextNodes(root: Element, limit: number, skip?: string): Text[] {
  const steps = contentTextSteps(root, limit, skip);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Elements looked at between two yields of contentTextSteps. */
const ELEMENTS_PER_STEP = 3000;

/** contentTextNodes in steps, yielding after every few thousand elements. */
export function* contentTextSteps(
  root: Element,
  limit: number,
  skip?: string,
): Generator<void, Text[], void> {
  const nodes: Text[] = [];
  const stack: Node[] = [root];
  let elements = 0;
  while (stack.length && nodes.length < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (node.nodeValue && /\S/.test(node.nodeValue)) nodes.push(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (++elements % ELEMENTS_PER_STEP === 0) yield;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test(element.tagName) || hiddenHere(element)) continue;
    if (skip && element !== root) {
      try {
        if (element.matches(skip)) continue;
      } catch {
        // an invalid selector skips nothing
      }
    }
    // Children pushed last-first, so they are visited in document order.
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return nodes;
}
