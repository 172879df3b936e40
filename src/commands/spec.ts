import type { Answer } from '../engine/answer.js';
import type { Choice, Engine } from '../engine/engine-api.js';
import type { ReloadOutcome } from '../engine/engine-holder.js';
import { PoliteRefusal } from './refusal.js';

/** What a command handler may use; front ends build it per call from their own clock and engine. */
export interface CommandContext {
  engine: Engine;
  now: Date;
  /** When the serving process started, for /about; unknown where there is no long-running process. */
  startedAt?: Date;
  /** Reloads the knowledge; a front end serving fixed knowledge leaves it out. */
  reload?(): Promise<ReloadOutcome>;
  /** Log lines the log sink had to drop (disk full, reader gone), for /about. */
  droppedLogLines?(): number;
}

/** A free-text option: a question, a mineral's or agency's name, a term. */
export interface TextOption {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly maxLength: number;
  /** Said when a required option is left empty, with an example of what to give. */
  readonly missing?: string;
  /** Completions for half-typed text, best first. */
  readonly suggest?: (engine: Engine, partial: string) => Choice[];
  /** A fixed list from the knowledge (every agency), offered whole where a front end can. */
  readonly choices?: (engine: Engine) => Choice[];
}

/** Parsed option values by name: trimmed, never empty; required ones always present. */
export type OptionValues<O extends readonly TextOption[]> = {
  readonly [K in O[number] as K['name']]: K extends { required: true } ? string : string | undefined;
};

export type Access = 'everyone' | 'managers';

export interface CommandSpec<O extends readonly TextOption[]> {
  readonly name: string;
  /** One line, at most 100 characters (Discord's limit for command descriptions). */
  readonly description: string;
  /** What /help says about it. */
  readonly help: string;
  readonly options: O;
  /** `managers`: only people who manage the server by default (Discord then lets the server decide). */
  readonly access: Access;
  /** Whether its reply may be posted for the channel (Discord's `public` and `mention` options). */
  readonly shareable: boolean;
  /**
   * Acknowledged privately before `run` and answered when it ends, where a front end must reply
   * in time (Discord's 3 seconds): for work that waits on I/O. The acknowledgement fixes who sees
   * the reply, so a deferred command is never shareable.
   */
  readonly deferred?: true;
  run(values: OptionValues<O>, ctx: CommandContext): Answer | Promise<Answer>;
  /** The user's own words, echoed above a shared answer and logged when it is not answered. */
  asked?(values: OptionValues<O>): string | undefined;
}

/** A command with its option types erased, as front ends hold them in one list. */
export interface Command {
  readonly name: string;
  readonly description: string;
  readonly help: string;
  readonly options: readonly TextOption[];
  readonly access: Access;
  readonly shareable: boolean;
  readonly deferred?: true;
  run(values: Readonly<Record<string, string | undefined>>, ctx: CommandContext): Answer | Promise<Answer>;
  asked?(values: Readonly<Record<string, string | undefined>>): string | undefined;
}

/** Typed where it is written; `parseValues` guarantees the required options before `run` is called. */
export function defineCommand<const O extends readonly TextOption[]>(spec: CommandSpec<O>): Command {
  return spec as unknown as Command;
}

/** "/ask <question>", "/minerals [mineral]". */
export function usage(command: Command): string {
  return [`/${command.name}`, ...command.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))].join(' ');
}

/**
 * Raw values as a front end read them (Discord's options, the rest of a console line) → what the
 * handler gets: trimmed, cut to the option's length, empty as absent. A missing required option is
 * the user's to fix, so it is a polite refusal.
 */
export function parseValues(command: Command, raw: Readonly<Record<string, string | null | undefined>>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const option of command.options) {
    const text = (raw[option.name] ?? '').trim().slice(0, option.maxLength).trim();
    if (text === '' && option.required) throw new PoliteRefusal(option.missing ?? `Please give ${option.description.toLowerCase()}.`);
    values[option.name] = text === '' ? undefined : text;
  }
  return values;
}
