import type { Answer, AnswerDate, AnswerField, CitedSource, FactLink } from '../engine/answer.js';
import { citationText } from '../engine/cite.js';
import { daysBetween, formatDate, isValidIsoDate, isoDateOf } from '../knowledge/dates.js';

export interface RenderOptions {
  /** The instant "days from now" is counted from; whole days in UTC, like the engine's dates. */
  now: Date;
  /** ANSI styling, for terminals only: escape codes would garble pipes and files. */
  color: boolean;
}

type Style = (text: string) => string;

const ansi = (open: number, close: number): Style => (text) => `\x1b[${open}m${text}\x1b[${close}m`;
const plain: Style = (text) => text;

/**
 * Control characters (including ESC) and bidirectional overrides could move the cursor, recolour
 * the terminal or reorder text; they can reach us from knowledge files or echoed user input.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(UNSAFE, '');
}

/** "(227 days from now)", "(1 day ago)", "(today)". */
export function relativeDays(iso: string, now: Date): string {
  const days = daysBetween(isoDateOf(now), iso);
  if (days === 0) return '(today)';
  const count = `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
  return days > 0 ? `(${count} from now)` : `(${count} ago)`;
}

/** "July 13, 2026 (227 days from now)"; a malformed date is shown as given rather than guessed at. */
export function describeDate(iso: string, now: Date): string {
  if (!isValidIsoDate(iso)) return sanitize(iso);
  return `${formatDate(iso)} ${relativeDays(iso, now)}`;
}

/** Continuation lines of a multi-line value line up under its first line. */
function indentContinuation(text: string, indent: string): string {
  return text.split('\n').join(`\n${indent}`);
}

/** The same citation Discord shows, with the address its link button would open. */
function sourceLine(source: CitedSource): string {
  const where = sanitize(citationText(source));
  return source.url === undefined ? where : `${where} <${sanitize(source.url)}>`;
}

function linkLine(link: FactLink): string {
  return `${sanitize(link.title)} [${sanitize(link.id)}]`;
}

function dateLine(entry: AnswerDate, now: Date): string {
  return `${sanitize(entry.label)}: ${describeDate(entry.date, now)}`;
}

/** "name: value", or for a multi-line value the name on its own line and the value indented below. */
function fieldLine(field: AnswerField): string {
  const name = sanitize(field.name);
  const value = `${sanitize(field.value).trim()}${field.url === undefined ? '' : ` <${sanitize(field.url)}>`}`;
  if (!value.includes('\n')) return `${name}: ${value}`;
  return `${name}:\n  ${indentContinuation(value, '  ')}`;
}

function bulletList(heading: string, items: string[], headingStyle: Style, itemStyle: Style = plain): string[] {
  if (items.length === 0) return [];
  return ['', headingStyle(heading), ...items.map((item) => itemStyle(`  • ${indentContinuation(item, '    ')}`))];
}

/** One answer as terminal text: title, answer, dates and fields, then sources and related entries. */
export function renderAnswer(answer: Answer, options: RenderOptions): string {
  const bold = options.color ? ansi(1, 22) : plain;
  const dim = options.color ? ansi(2, 22) : plain;
  const heading = options.color ? ansi(36, 39) : plain;

  const lines: string[] = [bold(sanitize(answer.title))];
  const text = sanitize(answer.text).trim();
  if (text !== '') lines.push(text);

  const dates = answer.dates.map((entry) => dateLine(entry, options.now));
  if (dates.length > 0) lines.push('', ...dates);
  const fields = answer.fields.map(fieldLine);
  if (fields.length > 0) lines.push('', ...fields);

  lines.push(...bulletList('Did you mean:', answer.suggestions.map(linkLine), heading));
  lines.push(...bulletList('Sources:', answer.sources.map(sourceLine), heading, dim));
  lines.push(...bulletList('Related (type a title to ask about it):', answer.related.map(linkLine), heading));

  return lines.join('\n');
}
