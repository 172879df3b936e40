import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway copy of a knowledge folder that tests may break and fix. */
export interface KnowledgeCopy {
  dir: string;
  /** The YAML files, by name. */
  files(): string[];
  read(file: string): string;
  write(file: string, text: string): void;
  remove(): void;
}

export function copyKnowledge(from: string): KnowledgeCopy {
  const dir = mkdtempSync(join(tmpdir(), 'proclamation-bot-knowledge-'));
  cpSync(from, dir, { recursive: true });
  return {
    dir,
    files: () => readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)),
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
