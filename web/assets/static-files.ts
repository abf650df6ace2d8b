import { appCss } from './app-css';
import { appJs } from './app-js';
import { screenCss } from './screen-css';
import { screenJs } from './screen-js';

type StaticFile = { name: string; path: string; type: string; body: string };

/** FNV-1a over the text: a content hash for cache-busting URLs, synchronous and runtime-free. */
function contentHash(text: string) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f8a"/><path d="M16 7v9l6 4" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round"/></svg>';

function file(name: string, ext: string, type: string, body: string): StaticFile {
  return { name, path: `/static/${name}.${contentHash(body)}.${ext}`, type, body };
}

/** The site's static files; their URLs change with their content, so they are cached for a year. */
export const staticFiles = {
  css: file('app', 'css', 'text/css; charset=utf-8', appCss),
  js: file('app', 'js', 'text/javascript; charset=utf-8', appJs),
  icon: file('icon', 'svg', 'image/svg+xml', favicon),
  screenCss: file('screen', 'css', 'text/css; charset=utf-8', screenCss),
  screenJs: file('screen', 'js', 'text/javascript; charset=utf-8', screenJs),
};
