/** The latest instance of each class that keeps one. */
const latest = new Map<abstract new (...args: never[]) => object, object>();

/**
 * Keeps `instance` as the latest of its class until the next one is made. A class whose
 * instances a compute makes and drops calls this from its constructor, so that the layout
 * the script engine gives those instances outlives the compute: V8 keeps the layouts a
 * constructor's assignments lead to only while some object has them, and when a full garbage
 * collection between two computes drops them, it also discards the optimised code of every
 * method that met them. The next compute then runs unoptimised until the methods are hot
 * again: at 100 employees, with a collection before each compute, a month from punches took
 * some 8× as long (docs/decisions.md §18). The cost is one compute's instances, kept.
 */
export function keepAsLatest(instance: object): void {
  latest.set(instance.constructor as abstract new (...args: never[]) => object, instance);
}

/** The latest instance kept of `type`, if any. */
export function latestOf<T extends object>(type: abstract new (...args: never[]) => T): T | undefined {
  return latest.get(type) as T | undefined;
}
