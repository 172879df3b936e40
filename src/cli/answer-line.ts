import { runCommand } from '../commands/run.js';
import type { Answer } from '../engine/answer.js';
import type { Engine } from '../engine/engine-api.js';
import { CONSOLE_COMMANDS, type ConsoleCommand } from './parse-command.js';

/** The answer to a parsed console line, from the same command specs Discord serves. */
export function answerLine(engine: Engine, line: Extract<ConsoleCommand, { kind: 'run' }>, now: Date): Promise<Answer> {
  return runCommand(line.command, line.values, { engine, now }, CONSOLE_COMMANDS);
}
