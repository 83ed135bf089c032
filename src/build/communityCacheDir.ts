/**
 * Astro's cache folder for the community being built (`COMMUNITY_DIR`), in the checkout: one per community folder, so
 * building one never serves another's entries. Undefined for the shipped community (Astro's own `node_modules/.astro`).
 */
export function communityCacheDir(communityDir: string | undefined): string | undefined {
  return communityDir ? `node_modules/.astro-${communityDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;
}
