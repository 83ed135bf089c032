import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, bottom to top, and what each may import besides itself. Each folder's README.md
 * says the same in words. Test files (`*.test.ts`) sit beside their code but may use a higher layer to load
 * real fixtures (e.g. core's checks read the tiny community through `community/`); nothing imports them.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schemas: [],
  core: ['schemas'],
  i18n: ['schemas', 'core'],
  storage: ['schemas', 'core'],
  community: ['schemas', 'core'],
  browser: ['schemas', 'core', 'i18n'],
  server: ['schemas', 'core', 'i18n', 'storage', 'community'],
  build: ['schemas', 'core', 'i18n', 'storage', 'community', 'browser', 'server'],
  // The top: Astro's pages, layouts and .astro components, and the files Astro wants at the root of src/.
  top: ['schemas', 'core', 'i18n', 'storage', 'community', 'browser', 'server', 'build', 'styles'],
  styles: [],
};
const TOP_FOLDERS = new Set(['pages', 'layouts', 'components']);
/** Folders that must run anywhere (Node tests, the browser, the server): no Astro runtime, Node, Leaflet or DOM. */
const PURE = new Set(['schemas', 'core']);
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const DOM_ONLY_PACKAGES = /^(leaflet|react-leaflet|react|react-dom|preact)(\/|$)/;
const DOM_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location']);

const SRC = resolve('src');
const rel = (abs: string) => relative(resolve('.'), abs).replaceAll('\\', '/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return name === '__fixtures__' ? [] : walk(abs);
    return /\.(ts|tsx|astro)$/.test(name) && !name.endsWith('.d.ts') ? [abs] : [];
  });
}

/** The layer a file of src/ belongs to: its top folder, or `top` for pages, layouts, components and root files. */
function layerOf(abs: string): string {
  const parts = relative(SRC, abs).split(/[\\/]/);
  if (parts.length === 1 || TOP_FOLDERS.has(parts[0]!)) return 'top';
  return parts[0]!;
}

/** The TypeScript a file holds: for .astro, its front matter and its <script> blocks. */
function codeOf(abs: string): string {
  const text = readFileSync(abs, 'utf8');
  if (!abs.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return `${frontmatter}\n${scripts}`;
}

const importsOf = (code: string) => ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);

/** A relative specifier resolved to a file, as Vite resolves it (extension optional; a query such as `?raw` is not part of the file's name). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.astro`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** DOM globals a file touches (`window.x`, `document.y`, …). */
function domGlobalsIn(abs: string, code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && DOM_GLOBALS.has(node.expression.text)) found.push(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(abs, code, ts.ScriptTarget.Latest, false, abs.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return [...new Set(found)];
}

const files = walk(SRC);
const graph = new Map<string, { spec: string; target: string }[]>();
const unresolved: string[] = [];
const bare = new Map<string, string[]>();
for (const file of files) {
  const edges: { spec: string; target: string }[] = [];
  const specs = importsOf(codeOf(file));
  for (const spec of specs) {
    if (!spec.startsWith('.')) continue;
    const target = resolveImport(file, spec);
    if (target) edges.push({ spec, target });
    else unresolved.push(`${rel(file)} imports '${spec}', which is no file`);
  }
  graph.set(file, edges);
  bare.set(file, specs.filter((s) => !s.startsWith('.')));
}
const isTest = (abs: string) => /\.test\.tsx?$/.test(abs);

describe('the layers of src/', () => {
  it('finds the files it checks (the walk itself works)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map(layerOf)).toEqual(expect.arrayContaining(['schemas', 'core', 'community', 'browser', 'server', 'build', 'top']));
    expect(unresolved).toEqual([]);
  });

  it('puts every file of src/ in a known layer', () => {
    const unknown = files.filter((f) => !(layerOf(f) in MAY_IMPORT)).map(rel);
    expect(unknown, 'a new top folder of src/ needs a row in MAY_IMPORT and a README.md').toEqual([]);
  });

  it('imports only from the same layer or one it is allowed to (never uphill)', () => {
    const uphill: string[] = [];
    for (const [file, edges] of graph) {
      if (isTest(file)) continue;
      const from = layerOf(file);
      for (const { spec, target } of edges) {
        const to = layerOf(target);
        if (to !== from && !MAY_IMPORT[from]?.includes(to)) uphill.push(`${rel(file)} (${from}) imports '${spec}' (${to})`);
      }
    }
    expect(uphill).toEqual([]);
  });

  it('keeps schemas/ and core/ pure: no astro:*, Node, Leaflet, Preact or DOM globals', () => {
    const impure: string[] = [];
    for (const file of files) {
      if (isTest(file) || !PURE.has(layerOf(file))) continue;
      for (const spec of bare.get(file)!) {
        const astroRuntime = spec.startsWith('astro:') || (/^astro(\/|$)/.test(spec) && spec !== 'astro/zod');
        if (astroRuntime || NODE_BUILTINS.has(spec) || DOM_ONLY_PACKAGES.test(spec)) impure.push(`${rel(file)} imports '${spec}'`);
      }
      for (const global of domGlobalsIn(file, readFileSync(file, 'utf8'))) impure.push(`${rel(file)} uses the DOM global '${global}'`);
    }
    expect(impure).toEqual([]);
  });

  it('lets pages, layouts, components and what they compute read the community only through community/collections', () => {
    const around: string[] = [];
    for (const [file, edges] of graph) {
      const where = rel(file);
      const pageSide = /^src\/(pages|layouts|components)\//.test(where) || (/^src\/build\//.test(where) && !/^src\/build\/integrations\//.test(where));
      if (!pageSide || isTest(file)) continue;
      for (const { spec, target } of edges) {
        if (layerOf(target) === 'community' && rel(target) !== 'src/community/collections.ts') around.push(`${where} imports '${spec}'`);
      }
    }
    expect(around).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const { target } of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].map(rel).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
