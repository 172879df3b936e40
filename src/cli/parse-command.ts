import { COMMANDS } from '../commands/catalog.js';
import { PoliteRefusal } from '../commands/refusal.js';
import { parseValues, usage, type Command } from '../commands/spec.js';

/** What one console line asks for. Parsing is pure so every odd input can be tested without I/O. */
export type ConsoleCommand =
  | { kind: 'run'; command: Command; values: Record<string, string | undefined> }
  | { kind: 'quit' }
  | { kind: 'empty' }
  /** Something the user typed wrong; `message` is shown as is. */
  | { kind: 'invalid'; message: string };

/** The console serves every command anyone may use; server managers' ones belong to Discord. */
export const CONSOLE_COMMANDS: readonly Command[] = COMMANDS.filter((c) => c.access === 'everyone');

export const COMMAND_LIST = [...CONSOLE_COMMANDS.map(usage), '/quit'].join(', ');

const ASK = CONSOLE_COMMANDS.find((c) => c.name === 'ask');

/** Echoing a whole mistyped line would flood the screen; the first characters identify it. */
const MAX_ECHOED_NAME = 30;

function unknown(name: string): ConsoleCommand {
  const shown = name.length > MAX_ECHOED_NAME ? `${name.slice(0, MAX_ECHOED_NAME)}…` : name;
  const what = shown === '' ? 'A command needs a name after the slash.' : `Sorry, there is no command "/${shown}".`;
  return { kind: 'invalid', message: `${what} Type a question without a slash, or use one of: ${COMMAND_LIST}` };
}

/** The rest of the line is the command's first option ("/minerals gallium"); a command without options ignores it. */
function withText(command: Command, text: string): ConsoleCommand {
  const first = command.options[0];
  try {
    return { kind: 'run', command, values: parseValues(command, first === undefined ? {} : { [first.name]: text }) };
  } catch (err) {
    if (!(err instanceof PoliteRefusal)) throw err;
    return { kind: 'invalid', message: `Usage: ${usage(command)}. ${err.message}` };
  }
}

export function parseCommand(line: string): ConsoleCommand {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith('/')) return ASK ? withText(ASK, text) : unknown('ask');

  const space = text.indexOf(' ');
  const name = (space === -1 ? text.slice(1) : text.slice(1, space)).toLowerCase();
  const rest = space === -1 ? '' : text.slice(space + 1).trim();
  if (name === 'quit' || name === 'exit') return { kind: 'quit' };
  const command = CONSOLE_COMMANDS.find((c) => c.name === name);
  return command ? withText(command, rest) : unknown(name);
}
