/**
 * Walking a parse5 tree as a reader sees it: hidden and non-content elements skipped, block
 * elements and <br> ending lines, tables handed to the caller.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
export type ParentNode = T.ParentNode;

/** Receives what a reader would see, in order. */
export interface Sink {
  text(s: string): void;
  lineBreak(): void;
  table(el: Element): void;
}

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'select',
  'button',
  'input',
  'textarea',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
  'td',
  'th',
  'tr',
]);

export const isElement = (node: T.Node): node is Element => 'tagName' in node;

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Hidden by its own markup (Word's HTML export adds a hidden row of column widths to tables). */
function isHidden(el: Element): boolean {
  const style = attr(el, 'style') ?? '';
  return attr(el, 'hidden') !== undefined || /display\s*:\s*none|mso-hide\s*:\s*all/i.test(style);
}

export function walk(node: ParentNode, sink: Sink): void {
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') {
      sink.text((child as T.TextNode).value);
      continue;
    }
    if (!isElement(child) || SKIPPED.has(child.tagName) || isHidden(child)) continue;
    if (child.tagName === 'table') sink.table(child);
    else if (child.tagName === 'br') sink.lineBreak();
    else if (BLOCK.has(child.tagName)) {
      sink.lineBreak();
      walk(child, sink);
      sink.lineBreak();
    } else walk(child, sink);
  }
}

/** Visible elements under `el` with one of these tags, not looking inside them or nested tables. */
export function ownDescendants(el: Element, tags: string[]): Element[] {
  const out: Element[] = [];
  for (const child of el.childNodes) {
    if (!isElement(child) || isHidden(child)) continue;
    if (tags.includes(child.tagName)) out.push(child);
    else if (child.tagName !== 'table') out.push(...ownDescendants(child, tags));
  }
  return out;
}

export function hasDescendant(el: Element, tag: string): boolean {
  return el.childNodes.some((c) => isElement(c) && (c.tagName === tag || hasDescendant(c, tag)));
}
