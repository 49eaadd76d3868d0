/** The parts of a V8 `.cpuprofile` (node --cpu-prof) that self time needs. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly samples: readonly number[];
  /** Microseconds since the previous sample, one per sample. */
  readonly timeDeltas: readonly number[];
}

export interface FunctionTime {
  /** `name file:line`, the line 1-based as editors show it. */
  readonly function: string;
  readonly selfMs: number;
  /** Share of all sampled time, 0 to 1. */
  readonly share: number;
}

function label(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.replace(/^file:\/\//, '').split('/').slice(-3).join('/');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Where the time went: each function's self time (samples taken while it was the running
 * frame, the same function reached by different paths added up), largest first.
 */
export function topSelfTime(profile: CpuProfile, count: number): FunctionTime[] {
  const labels = new Map(profile.nodes.map((node) => [node.id, label(node.callFrame)]));
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((nodeId, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const name = labels.get(nodeId) ?? '(unknown)';
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    total += micros;
  });
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ function: name, selfMs: micros / 1000, share: total > 0 ? micros / total : 0 }));
}
