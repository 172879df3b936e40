const MB = 1024 * 1024;

/**
 * What a knowledge folder may be, checked before anything is parsed, at start-up and on every
 * reload alike. Today's files are about 200 KB together, so these leave room to grow ten times
 * over while keeping one bad file (50 MB of text, an alias bomb, a link to /dev/zero) from taking
 * the bot's memory or time. The README's "Editing knowledge" lists them.
 */
export const KNOWLEDGE_LIMITS = {
  maxFileBytes: 2 * MB,
  maxTotalBytes: 10 * MB,
  maxFiles: 200,
  /** Collections inside collections; the schema itself needs five (coverage → map → part → ids). */
  maxNestingDepth: 32,
  /** Alias expansions per file, as counted by the yaml library (its own default). */
  maxAliasCount: 100,
  /** A reload that has not finished reading and validating by then is given up. */
  reloadTimeoutMs: 60_000,
  /** Heap of the thread that reads and validates a reload; a file that needs more is refused. */
  reloadHeapMb: 512,
} as const;

export type KnowledgeLimits = typeof KNOWLEDGE_LIMITS;

/** "2 MB", "312 KB": sizes in messages a person reads. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
