import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../knowledge/dates.js';

export const ASK_USAGE = `Usage:
  npm run ask -- [--json] [--now <date>] "<question>"
  npm run ask -- [--json] [--now <date>] "/<command> [text]"     e.g. "/deadline", "/minerals copper"
  npm run ask -- --stdin [--json] [--now <date>] < questions.txt

Options:
  --json          print JSON instead of text: one object
                  {"question","answered","intent","text","factIds","sources","related","score"}
  --stdin         read one question per line from standard input; blank lines are skipped,
                  every other line gets one answer, in order (one JSON object per line with --json)
  --now <date>    answer as of this day: YYYY-MM-DD, or an ISO date-time such as
                  2026-03-01T09:30 (UTC unless it ends in Z or an offset like +02:00)
  -h, --help      show this help`;

export type AskArgs =
  | { mode: 'help' }
  | { mode: 'question'; question: string; json: boolean; now: Date | undefined }
  | { mode: 'stdin'; json: boolean; now: Date | undefined };

export type AskArgsResult = { ok: true; args: AskArgs } | { ok: false; error: string };

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A date or date-time the user typed, or null when it is not a real one. A date-time without a
 * zone is read as UTC, because the answers count whole days in UTC and the machine's zone must not
 * shift them.
 */
export function parseNow(value: string): Date | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m || !isValidIsoDate(m[1]!)) return null;
  if (m[2] === undefined) return new Date(`${m[1]}T00:00:00Z`);
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null;
  const instant = new Date(m[5] === undefined ? `${value.trim()}Z` : value.trim());
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function parseAskArgs(argv: readonly string[]): AskArgsResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, args: { mode: 'help' } };

  let now: Date | undefined;
  if (values.now !== undefined) {
    const parsedNow = parseNow(values.now);
    if (parsedNow === null) {
      return { ok: false, error: `--now: "${values.now}" is not a date; use YYYY-MM-DD or an ISO date-time such as 2026-03-01T09:30Z` };
    }
    now = parsedNow;
  }

  const question = positionals.join(' ').trim();
  if (values.stdin) {
    if (question !== '') return { ok: false, error: 'Give either a question or --stdin, not both.' };
    return { ok: true, args: { mode: 'stdin', json: values.json, now } };
  }
  if (question === '') return { ok: false, error: 'No question given.' };
  return { ok: true, args: { mode: 'question', question, json: values.json, now } };
}
