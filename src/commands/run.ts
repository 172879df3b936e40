import type { Answer } from '../engine/answer.js';
import { COMMANDS } from './catalog.js';
import { usage, type Command, type CommandContext } from './spec.js';

/** The commands a front end serves, as /help lists them: usage, then what each one does. */
function withCommandList(answer: Answer, served: readonly Command[]): Answer {
  return { ...answer, fields: [...served.map((c) => ({ name: usage(c), value: c.help })), ...answer.fields] };
}

/**
 * Runs a command's handler on parsed values. A help answer, whether asked for by /help or by a
 * question ("what can you do?"), lists the commands the calling front end serves.
 */
export async function runCommand(command: Command, values: Readonly<Record<string, string | undefined>>, ctx: CommandContext, served: readonly Command[] = COMMANDS): Promise<Answer> {
  const answer = await command.run(values, ctx);
  return answer.kind === 'help' ? withCommandList(answer, served) : answer;
}

/** What a call is logged as when the engine could not answer it: the question, or the command and its words. */
export function describeCall(command: Command, values: Readonly<Record<string, string | undefined>>): string | undefined {
  const words = command.options.map((o) => values[o.name]).filter((v): v is string => v !== undefined);
  if (words.length === 0) return undefined;
  return command.asked?.(values) ?? `/${command.name} ${words.join(' ')}`;
}
