import type { HtmlEscapedString } from 'hono/utils/html';
import { escapeHtml } from './escape-html';

/**
 * The JSX runtime of our views: each element is rendered to escaped HTML as soon as it is built.
 * Why not hono/jsx: it renders inside an AsyncLocalStorage, and once that is in use Node 20 slows
 * every `await` in the process, the API's included. The markup is what hono/jsx writes for our
 * views (same escaping, attributes and void elements); the types are hono's.
 */
export type { JSX } from 'hono/jsx/jsx-runtime';

type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => unknown;

// Elements written `<input/>`, as hono/jsx writes them.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// `disabled={true}` → `disabled=""`, `disabled={false}` → nothing; other booleans print as text.
const booleanAttributes = new Set([
  'allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default', 'defer', 'disabled', 'download', 'formnovalidate', 'hidden',
  'inert', 'ismap', 'itemscope', 'loop', 'multiple', 'muted', 'nomodule', 'novalidate', 'open', 'playsinline', 'readonly', 'required', 'reversed', 'selected',
]);
const reactNames: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv' };
// A tag or attribute name is printed as it is, so it must be a plain name.
const plainName = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;

/** Rendered markup; `c.html()` turns it into a plain string with `toString()`. */
class RenderedHtml {
  readonly isEscaped = true;
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

// The views see hono's JSX.Element type; what they get is rendered markup.
const rendered = (html: string) => new RenderedHtml(html) as unknown as HtmlEscapedString;

export function jsx(tag: string | Component, props: Props): HtmlEscapedString {
  if (typeof tag === 'function') return rendered(childHtml(tag(props)));
  if (!plainName.test(tag)) throw new Error(`Invalid JSX tag name: ${tag}`);
  let attributes = '';
  for (const key in props) {
    if (key !== 'children' && key !== 'key' && key !== 'ref') attributes += attributeHtml(key, props[key], tag);
  }
  const children = props.children;
  const empty = children === undefined || (Array.isArray(children) && children.length === 0);
  if (voidElements.has(tag) && empty) return rendered(`<${tag}${attributes}/>`);
  return rendered(`<${tag}${attributes}>${childHtml(children)}</${tag}>`);
}
export { jsx as jsxs, jsx as jsxDEV };

export function Fragment(props: { children?: unknown }): HtmlEscapedString {
  return rendered(childHtml(props.children));
}

function attributeHtml(key: string, value: unknown, tag: string): string {
  if (value === null || value === undefined) return '';
  const name = reactNames[key] ?? key;
  if (!plainName.test(name)) throw new Error(`Invalid attribute name ${name} on <${tag}>`);
  if (typeof value === 'boolean' && booleanAttributes.has(name)) return value ? ` ${name}=""` : '';
  if (typeof value === 'function') {
    // An event handler has no meaning in server-rendered markup; anything else is a mistake.
    if (name.startsWith('on')) return '';
    throw new Error(`Invalid prop '${name}' of type 'function' supplied to '${tag}'.`);
  }
  if (typeof value === 'number' || isEscaped(value)) return ` ${name}="${value}"`;
  return ` ${name}="${escapeHtml(String(value))}"`;
}

/** Text is escaped; rendered elements and `raw()` pass through; null, undefined and booleans print nothing. */
function childHtml(child: unknown): string {
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (typeof child === 'number') return String(child);
  if (isEscaped(child)) return String(child);
  if (Array.isArray(child)) {
    let html = '';
    for (const each of child) html += childHtml(each);
    return html;
  }
  if (child instanceof Promise) throw new Error('Views render synchronously; an async component is not supported');
  return escapeHtml(String(child));
}

/** Our rendered markup, or hono's `raw()` (a `String` marked escaped). */
function isEscaped(value: unknown): boolean {
  return value instanceof RenderedHtml || (value instanceof String && (value as { isEscaped?: boolean }).isEscaped === true);
}
