import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { KnowledgeError } from './errors.js';
import { formatBytes, KNOWLEDGE_LIMITS } from './limits.js';
import type { KnowledgeFileText } from './parse.js';

type ReadLimits = Pick<typeof KNOWLEDGE_LIMITS, 'maxFileBytes' | 'maxTotalBytes' | 'maxFiles'>;

/** A named pipe must not block the read and a link swapped in after the checks must not be followed. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

interface Checked {
  name: string;
  target: string;
  size: number;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const codeOf = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Why `name` may not be read, or what to read: only metadata is looked at, never the content. */
function check(root: string, name: string, limits: ReadLimits): Checked | string {
  const path = join(root, name);
  try {
    let target = path;
    if (lstatSync(path).isSymbolicLink()) {
      try {
        target = realpathSync(path);
      } catch {
        return 'is a symbolic link that leads nowhere';
      }
      // Its content would be echoed in error messages, so a link may not reach the rest of the disk.
      if (!isInside(root, target)) return 'is a symbolic link to a file outside the knowledge folder; only links within it are followed';
    }
    const stats = statSync(target);
    if (!stats.isFile()) return `is ${kindOf(stats)}, not a regular file`;
    if (stats.size > limits.maxFileBytes) return `is ${formatBytes(stats.size)}; a knowledge file may be at most ${formatBytes(limits.maxFileBytes)}`;
    return { name, target, size: stats.size };
  } catch (err) {
    return `cannot be read (${codeOf(err)})`;
  }
}

/** At most `max` bytes; more (a file that grew since it was checked) is reported, not read. */
function readBounded(target: string, max: number): Buffer | string {
  let fd: number;
  try {
    fd = openSync(target, OPEN_FLAGS);
  } catch (err) {
    return `cannot be read (${codeOf(err)})`;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return `is ${kindOf(stats)}, not a regular file`;
    const buffer = Buffer.alloc(Math.min(stats.size, max) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) return `grew past ${formatBytes(max)} while being read; a knowledge file may be at most that`;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (err) {
    return `cannot be read (${codeOf(err)})`;
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 never uses the newline byte inside a character, so lines can be checked one by one. */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end === -1 ? bytes.length : end))) return line;
    if (end === -1) return line;
    line += 1;
    start = end + 1;
  }
}

/** How files are named in messages: relative to the working folder when inside it. */
function displayPrefix(dir: string): string {
  const shown = relative(process.cwd(), dir);
  return shown === '' ? '' : shown.startsWith('..') || isAbsolute(shown) ? dir : shown;
}

/**
 * Reads every *.yaml file of `dir` (sorted, so the result never depends on the file system order)
 * within the limits: regular files only, links only within the folder, sizes capped per file and
 * in total, valid UTF-8. Every refusal names the file and why; the sizes are checked before any
 * file is opened, so an oversized folder costs no memory.
 */
export function readKnowledgeFolder(dir: string, limits: ReadLimits = KNOWLEDGE_LIMITS): KnowledgeFileText[] {
  let root: string;
  let names: string[];
  try {
    root = realpathSync(dir);
    names = readdirSync(root).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (err) {
    throw new KnowledgeError([`cannot read the knowledge folder ${dir}: ${codeOf(err)}`]);
  }
  if (names.length === 0) throw new KnowledgeError([`no .yaml files in the knowledge folder ${dir}`]);
  if (names.length > limits.maxFiles) {
    throw new KnowledgeError([`the knowledge folder ${dir} holds ${names.length} .yaml files; at most ${limits.maxFiles} are read`]);
  }
  const prefix = displayPrefix(dir);
  const shown = (name: string): string => (prefix ? join(prefix, name) : name);

  const problems: string[] = [];
  const checked: Checked[] = [];
  let total = 0;
  for (const name of names) {
    const result = check(root, name, limits);
    if (typeof result === 'string') problems.push(`${shown(name)}: ${result}`);
    else {
      checked.push(result);
      total += result.size;
    }
  }
  if (total > limits.maxTotalBytes) {
    problems.push(`the knowledge files in ${dir} are ${formatBytes(total)} together; at most ${formatBytes(limits.maxTotalBytes)} are read`);
  }
  if (problems.length > 0) throw new KnowledgeError(problems);

  const files: KnowledgeFileText[] = [];
  for (const { name, target } of checked) {
    const bytes = readBounded(target, limits.maxFileBytes);
    if (typeof bytes === 'string') problems.push(`${shown(name)}: ${bytes}`);
    else if (!isUtf8(bytes)) problems.push(`${shown(name)}: is not valid UTF-8 (line ${firstInvalidLine(bytes)}); save it as UTF-8`);
    else files.push({ path: shown(name), text: bytes.toString('utf8') });
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return files;
}
