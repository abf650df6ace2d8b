import type { HtmlEscapedString } from 'hono/utils/html';
import { escapeHtml } from './escape-html';

/**
 * The JSX runtime of our views: each element is rendered to escaped HTML as soon as it is built.
 * hono/jsx (4.13) renders through an AsyncLocalStorage, whose promise hooks, once on, slow every
 * `await` in the process, the API included (a ticket look-up took ~40% more CPU once any page had
 * been rendered); its head hoisting and async components are features our views never use. The
 * markup is the same as hono/jsx gives for our views (same escaping, attributes and void
 * elements), checked page by page; the types are hono's, so views are type-checked as before.
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
const reactNames = new Map([
  ['className', 'class'],
  ['htmlFor', 'for'],
  ['httpEquiv', 'http-equiv'],
]);
// A tag or prop name we would print must be a plain one; views only use literals, so each is
// checked once and remembered with what rendering it needs.
const attributeName = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
type TagParts = { open: string; close: string; isVoid: boolean };
const tags = new Map<string, TagParts>();
function tagParts(tag: string): TagParts {
  let parts = tags.get(tag);
  if (!parts) {
    if (!attributeName.test(tag)) throw new Error(`Invalid JSX tag name: ${tag}`);
    tags.set(tag, (parts = { open: `<${tag}`, close: `</${tag}>`, isVoid: voidElements.has(tag) }));
  }
  return parts;
}
type AttributeParts = { name: string; isBoolean: boolean; isHandler: boolean };
const attributes = new Map<string, AttributeParts>();
function attributeParts(key: string): AttributeParts | null {
  let parts = attributes.get(key);
  if (!parts) {
    const name = reactNames.get(key) ?? key;
    if (!attributeName.test(name)) return null;
    attributes.set(key, (parts = { name, isBoolean: booleanAttributes.has(name), isHandler: name.startsWith('on') }));
  }
  return parts;
}

/**
 * Rendered markup. Not a `String` object like hono's `raw()`: `c.html()` turns any other object
 * into a plain string with `toString()`, and @hono/node-server only writes a plain string body
 * straight out (a `String` object sends it down the slow path of a full Response and a stream).
 */
class RenderedHtml {
  readonly isEscaped = true;
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

// The type the views see is hono's JSX.Element; what they get is rendered markup.
const rendered = (html: string) => new RenderedHtml(html) as unknown as HtmlEscapedString;

export function jsx(tag: string | Component, props: Props): HtmlEscapedString {
  if (typeof tag === 'function') return rendered(childHtml(tag(props)));
  const { open, close, isVoid } = tagParts(tag);
  let html = open;
  for (const key in props) {
    if (key === 'children' || key === 'key' || key === 'ref') continue;
    html += attributeHtml(key, props[key], tag);
  }
  const children = props.children;
  if (isVoid && (children === undefined || (Array.isArray(children) && children.length === 0))) return rendered(`${html}/>`);
  return rendered(`${html}>${childHtml(children)}${close}`);
}
export { jsx as jsxs, jsx as jsxDEV };

export function Fragment(props: { children?: unknown }): HtmlEscapedString {
  return rendered(childHtml(props.children));
}

function attributeHtml(key: string, value: unknown, tag: string): string {
  if (value === null || value === undefined) return '';
  const parts = attributeParts(key);
  if (!parts) throw new Error(`Invalid attribute name ${reactNames.get(key) ?? key} on <${tag}>`);
  const { name } = parts;
  if (typeof value === 'string') return ` ${name}="${escapeHtml(value)}"`;
  if (typeof value === 'boolean' && parts.isBoolean) return value ? ` ${name}=""` : '';
  if (typeof value === 'function') {
    if (parts.isHandler) return '';
    throw new Error(`Invalid prop '${name}' of type 'function' supplied to '${tag}'.`);
  }
  if (typeof value === 'number' || isEscaped(value)) return ` ${name}="${value}"`;
  return ` ${name}="${escapeHtml(String(value))}"`;
}

/** Text is escaped; rendered elements and `raw()` pass through; null, undefined and booleans print nothing. */
function childHtml(child: unknown): string {
  if (typeof child === 'string') return escapeHtml(child);
  if (child instanceof RenderedHtml) return child.html;
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
