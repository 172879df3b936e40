import { createInterface } from 'node:readline';
import { PoliteRefusal } from '../commands/refusal.js';
import type { Engine } from '../engine/engine-api.js';
import { formatDate, isoDateOf } from '../knowledge/dates.js';
import { answerLine } from './answer-line.js';
import { COMMAND_LIST, parseCommand } from './parse-command.js';
import { renderAnswer, sanitize } from './render-text.js';

export interface ConsoleOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  now: () => Date;
  /** Prompt, line editing and colour only make sense on a terminal; pipes get plain text. */
  isTTY: boolean;
  /** Told about engine failures the user only sees an apology for. */
  onError?: (error: unknown) => void;
}

/** The engine's help lists the shared commands; only the console has plain-line questions and /quit. */
const CONSOLE_HELP = 'In this console, a line without a slash is a question too, and /quit or /exit (or end of input) ends the session.';

const APOLOGY =
  'Sorry, something went wrong while answering that. Please try again or rephrase; the console is still running.';

export function consoleBanner(engine: Engine, now: Date): string {
  const { hash, newestSourceDate } = engine.kb.version;
  return [
    'proclamation-bot console: questions about Proclamation 11001 (Section 232, processed critical minerals).',
    'No DISCORD_TOKEN is set, so the bot answers here instead of on Discord.',
    'To connect it to Discord, copy .env.example to .env, fill in DISCORD_TOKEN and DISCORD_CLIENT_ID (see README), and start again.',
    `Knowledge ${hash}, newest source ${newestSourceDate}. Days are counted from today, ${formatDate(isoDateOf(now))} (UTC).`,
    `Type a question, or one of: ${COMMAND_LIST}`,
  ].join('\n');
}

/**
 * Answers console lines until the input ends or the user quits. Never rejects because of what the
 * user typed or what the engine threw, so `echo "/deadline" | npm start` prints and exits cleanly.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { engine, input, output, now, isTTY, onError } = options;
  const print = (text: string): void => {
    output.write(`${text}\n`);
  };
  const rl = createInterface({
    input,
    output: isTTY ? output : undefined,
    terminal: isTTY,
    crlfDelay: Infinity,
    prompt: '> ',
  });

  // A reader that went away (`npm start < questions.txt | head`) ends the session instead of crashing it.
  const stop = (): void => rl.close();
  output.on('error', stop);

  print(`${consoleBanner(engine, now())}\n`);
  if (isTTY) rl.prompt();
  try {
    for await (const line of rl) {
      const command = parseCommand(line);
      if (command.kind === 'quit') {
        print('Goodbye.');
        break;
      }
      if (command.kind === 'invalid') {
        // The message quotes what was typed, which may hold escape sequences for the terminal.
        print(`${sanitize(command.message)}\n`);
      } else if (command.kind !== 'empty') {
        const at = now();
        try {
          const answer = await answerLine(engine, command, at);
          const rendered = renderAnswer(answer, { now: at, color: isTTY });
          print(answer.kind === 'help' ? `${rendered}\n\n${CONSOLE_HELP}\n` : `${rendered}\n`);
        } catch (error) {
          // An out-of-date pick is the user's to retype, not a failure to report.
          if (error instanceof PoliteRefusal) print(`${error.message}\n`);
          else {
            onError?.(error);
            print(`${APOLOGY}\n`);
          }
        }
      }
      if (isTTY) rl.prompt();
    }
  } finally {
    output.off('error', stop);
    rl.close();
  }
}
