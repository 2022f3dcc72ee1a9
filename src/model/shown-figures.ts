// figures.json of a package with documents: every figure its documents show, with the figures each
// is computed from (its inputs, to the reported figures and their sources) — what a reader and an
// auditor of those documents need, not every ratio of every item.
import type { Figure, FiguresFile } from '../contract/figures.js';

/** The figures of `file` that `asked` names, and their inputs, transitively; in the file's order. */
export function shownFigures(file: FiguresFile, asked: Iterable<string>): FiguresFile {
  const byId = new Map<string, Figure>(file.figures.map((f) => [f.id, f]));
  const keep = new Set<string>();
  const todo = [...asked];
  while (todo.length) {
    const id = todo.pop()!;
    if (keep.has(id)) continue;
    const f = byId.get(id);
    if (!f) continue;
    keep.add(id);
    for (const i of f.inputs ?? []) if (!keep.has(i)) todo.push(i);
  }
  return { ...file, figures: file.figures.filter((f) => keep.has(f.id)) };
}
