/**
 * Did student code change state that outlives one call? The sandbox child records, before any student
 * code runs, every own property (value or accessor) of the global object, of the built-ins the harness
 * relies on and of the harness's public exports; after each call it compares. A changed child is
 * replaced before the next case, so that no case sees what another one left behind.
 */

/** Globals a library adds once on first import; their arrival is not a change (TensorFlow.js's engine). */
const ADOPTED = new Set(["_tfGlobals", "_tfengine"]);

type Entry = { value: unknown; get: unknown; set: unknown };
type Snapshot = Map<object, Map<PropertyKey, Entry>>;

const ownKeys = Reflect.ownKeys;
const descriptorOf = Reflect.getOwnPropertyDescriptor;

function entryOf(d: PropertyDescriptor): Entry {
  return { value: d.value, get: d.get, set: d.set };
}

function record(target: object): Map<PropertyKey, Entry> {
  const out = new Map<PropertyKey, Entry>();
  for (const key of ownKeys(target)) {
    const d = descriptorOf(target, key);
    if (d) out.set(key, entryOf(d));
  }
  return out;
}

/** The objects watched: the global object, the built-ins (and their prototypes) and `extra`. */
function watched(extra: readonly object[]): object[] {
  const g = globalThis as Record<string, unknown>;
  const builtins = [
    globalThis,
    Object,
    Object.prototype,
    Function.prototype,
    Array,
    Array.prototype,
    Math,
    JSON,
    Reflect,
    Number,
    Number.prototype,
    String,
    String.prototype,
    Boolean.prototype,
    Symbol,
    Symbol.prototype,
    Error,
    Error.prototype,
    Promise,
    Promise.prototype,
    Map.prototype,
    Set.prototype,
    ArrayBuffer,
    ArrayBuffer.prototype,
    Object.getPrototypeOf(Float64Array),
    Object.getPrototypeOf(Float64Array.prototype),
    Float64Array,
    Float64Array.prototype,
    Float32Array.prototype,
    Int32Array.prototype,
    Uint8Array.prototype,
    Date,
    Date.prototype,
    RegExp.prototype,
    console,
    g.process as object,
    g.Buffer as object,
  ];
  return [...builtins, ...extra].filter((o): o is object => (typeof o === "object" || typeof o === "function") && o !== null);
}

/** A record of shared state to compare against after each call. */
export class TaintWatch {
  private readonly snapshot: Snapshot = new Map();

  /** Records the state of the globals, the built-ins and `extra` (the harness's exports) now. */
  constructor(private readonly extra: readonly object[] = []) {
    for (const target of watched(extra)) this.snapshot.set(target, record(target));
  }

  /** Whether any watched property changed since the record (a library's first global excepted). */
  changed(): boolean {
    // Compares descriptors in place rather than recording the state again: no map or entry per property.
    for (const [target, before] of this.snapshot) {
      const keys = ownKeys(target);
      const now: (PropertyDescriptor | undefined)[] = [];
      let size = 0;
      for (let i = 0; i < keys.length; i++) {
        const d = descriptorOf(target, keys[i]);
        now[i] = d;
        if (d) size++;
      }
      if (target === globalThis) {
        for (let i = 0; i < keys.length; i++) {
          const d = now[i];
          if (d && ADOPTED.has(keys[i] as string) && !before.has(keys[i])) before.set(keys[i], entryOf(d));
        }
      }
      if (size !== before.size) return true;
      for (let i = 0; i < keys.length; i++) {
        const entry = now[i];
        if (!entry) continue;
        const key = keys[i];
        const old = before.get(key);
        // Node defines some globals (atob, crypto, fetch, …) as getters that replace themselves with their
        // value on first use: a library's first use is no change.
        if (target === globalThis && old && old.get !== undefined && entry.get === undefined) {
          before.set(key, entryOf(entry));
          continue;
        }
        if (!old || old.value !== entry.value || old.get !== entry.get || old.set !== entry.set) {
          // NaN-valued globals (NaN itself) compare unequal to themselves.
          if (old && typeof old.value === "number" && Number.isNaN(old.value) && Number.isNaN(entry.value as number)) continue;
          return true;
        }
      }
    }
    return false;
  }
}
