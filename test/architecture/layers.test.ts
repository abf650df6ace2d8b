import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * The layers, lowest first: a file may import from its own layer and the ones below it, never
 * from one above. `web/` (views, assets) sits beside the API routes: the pages use it, the API
 * routes never do. `web/i18n/` is lower: it imports only the domain and the schemas.
 */
const layers: [name: string, matches: (file: string) => boolean][] = [
  ['domain', (f) => f.startsWith('src/domain/') || f === 'src/settings.ts'],
  ['schemas', (f) => f.startsWith('src/schemas/')],
  // The catalogues and the wording built from them (a ticket's notice, dates in the reader's
  // language): text data that the API routes and the pages both need, so it sits below both.
  ['i18n', (f) => f.startsWith('web/i18n/')],
  ['db', (f) => f.startsWith('src/db/') || f === 'src/services.ts' || f.startsWith('src/demo/')],
  ['auth', (f) => f.startsWith('src/auth/')],
  ['http', (f) => f.startsWith('src/http/')],
  ['web', (f) => f.startsWith('web/')],
  ['routes', (f) => f.startsWith('src/routes/')],
  ['app', (f) => f.startsWith('src/')],
];

function layerOf(file: string) {
  const index = layers.findIndex(([, matches]) => matches(file));
  return { index, name: layers[index]![0] };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** Relative imports, static and dynamic, resolved to a path from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolveSource(normalize(join(dirname(file), s))));
}

/** `../services` → `src/services.ts`; `./schema` → `src/db/schema/index.ts`. */
function resolveSource(path: string): string {
  const candidates = [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`];
  return candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile()) ?? path;
}

/** Every import that points up the layers, as `file -> target (layer -> layer)`. */
export function upwardImports(files: string[]): string[] {
  return files.flatMap((file) => {
    const from = layerOf(file);
    return importsOf(file)
      .filter((target) => layerOf(target).index > from.index)
      .map((target) => `${file} -> ${target} (${from.name} -> ${layerOf(target).name})`);
  });
}

describe('layers', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('web')];

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf('src/app.ts').length).toBeGreaterThan(3);
  });

  it('sees an upward import when there is one', () => {
    // A db module that reached up into http would be reported; so the check below can fail.
    expect(layerOf('src/http/errors.ts').index).toBeGreaterThan(layerOf('src/db/tickets.ts').index);
    expect(upwardImports(['src/app.ts'])).toEqual([]);
  });

  it('keeps the web framework out of the layers below http', () => {
    const below = files.filter((f) => layerOf(f).index <= layerOf('src/auth/login.ts').index);
    const framework = below.filter((f) => /from\s+['"](hono|hono\/[^'"]+)['"]/.test(readFileSync(join(root, f), 'utf8')));
    expect(framework).toEqual([]);
  });

  it('keeps API routes and pages apart: API routes use no views or assets, pages no API route modules', () => {
    const apiRoutes = files.filter((f) => f.startsWith('src/routes/') && !f.startsWith('src/routes/pages/'));
    const pages = files.filter((f) => f.startsWith('src/routes/pages/'));
    const crossings = [
      ...apiRoutes.flatMap((f) => importsOf(f).filter((t) => t.startsWith('web/views/') || t.startsWith('web/assets/')).map((t) => `${f} -> ${t}`)),
      ...pages.flatMap((f) => importsOf(f).filter((t) => t.startsWith('src/routes/') && !t.startsWith('src/routes/pages/')).map((t) => `${f} -> ${t}`)),
    ];
    expect(crossings).toEqual([]);
  });

  it('imports only downwards: domain <- schemas <- i18n <- db <- auth <- http <- web <- routes <- app', () => {
    expect(upwardImports(files)).toEqual([]);
  });
});
