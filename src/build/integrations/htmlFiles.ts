import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file under a built client folder, as absolute paths: the pages an integration reads or rewrites after a build. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
