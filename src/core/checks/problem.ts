/** One thing wrong with the community's data or content, named by file, id and rule. */
export type Problem = {
  /** Path relative to the community folder, e.g. `data/buildings.geojson`. */
  file: string;
  /** The feature or story id, or `-` when the file as a whole is wrong. */
  id: string;
  /** What is wrong, in words a data editor understands. */
  message: string;
};

/** `data/buildings.geojson: b22: ring not closed` — the one-line form `check:data` and the build print. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.id}: ${p.message}`;
}
