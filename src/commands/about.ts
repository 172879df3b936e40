import type { Answer } from '../engine/answer.js';
import { formatDate, isValidIsoDate } from '../knowledge/dates.js';
import { defineCommand } from './spec.js';

const UNITS: [string, number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1000],
];

/** "2 d 3 h": the two largest units are enough to tell a fresh restart from a long run. */
export function formatUptime(ms: number): string {
  let left = Math.max(0, Math.floor(ms));
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(left / size);
    left -= count * size;
    if (count > 0) parts.push(`${count} ${unit}`);
  }
  return parts.length > 0 ? parts.slice(0, 2).join(' ') : '0 s';
}

export const about = defineCommand({
  name: 'about',
  description: 'Which version of the knowledge is serving, how many facts it holds, and the uptime',
  help: 'Which knowledge version is serving, how many facts it holds, and how long the bot has been up.',
  options: [],
  access: 'everyone',
  shareable: false,
  run(_values, { engine, now, startedAt, droppedLogLines }): Answer {
    const { kb } = engine;
    const { hash, newestSourceDate } = kb.version;
    // Sources may be dated by year or month only; those are shown as written.
    const newest = isValidIsoDate(newestSourceDate) ? formatDate(newestSourceDate) : newestSourceDate || 'unknown';
    const uptime = startedAt === undefined ? null : formatUptime(now.getTime() - startedAt.getTime());
    return {
      kind: 'about',
      intent: 'about',
      answered: true,
      title: 'About this bot',
      text: `I answer from ${kb.facts.length} checked facts: knowledge version ${hash}, newest source dated ${newest}.`,
      factIds: [],
      sources: [],
      related: [],
      suggestions: [],
      fields: [
        { name: 'Knowledge version', value: hash },
        { name: 'Newest source', value: newest },
        { name: 'Facts', value: String(kb.facts.length) },
        ...(uptime === null ? [] : [{ name: 'Uptime', value: uptime }]),
        // Lines lost to a full disk or a closed stdout: the log alone cannot tell that it has gaps.
        ...(droppedLogLines ? [{ name: 'Log lines dropped', value: String(droppedLogLines()) }] : []),
      ],
      dates: [],
      score: 1,
    };
  },
});
