import type { TextPath } from './request-texts.js';

type Container = Record<string | number, unknown>;

/**
 * Writes values at paths into a copy of `root`, copying (shallowly) only the objects and arrays
 * along those paths, each at most once. The original is never touched; untouched branches are shared.
 */
export function writeAtPaths<T extends object>(root: T, writes: ReadonlyArray<readonly [TextPath, unknown]>): T {
  const copies = new WeakSet<object>();
  const copy = (value: object): Container => {
    const fresh = (Array.isArray(value) ? value.slice() : { ...value }) as Container;
    copies.add(fresh);
    return fresh;
  };
  const result = copy(root);
  for (const [path, value] of writes) {
    let node = result;
    for (let index = 0; index < path.length - 1; index++) {
      let child = node[path[index]] as object;
      if (!copies.has(child)) {
        child = copy(child);
        node[path[index]] = child;
      }
      node = child as Container;
    }
    node[path[path.length - 1]] = value;
  }
  return result as T;
}
