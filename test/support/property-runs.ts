/**
 * How many inputs each property test tries: a few hundred in `npm test`, so the suite stays quick on
 * a small machine; `npm run test:deep` sets PROPERTY_RUNS for thousands. Seeds stay fixed either
 * way, so a failure replays.
 */
export function propertyRuns(quick: number): number {
  const deep = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(deep) && deep > 0 ? deep : quick;
}
