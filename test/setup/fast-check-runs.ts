import fc from 'fast-check';

// `FC_NUM_RUNS=5000 npx jest` searches every property harder than the
// default 100 runs, to find counterexamples before a random seed in CI does.
const runs = Number(process.env.FC_NUM_RUNS);
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs });
