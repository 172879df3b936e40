import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The bot's Prometheus metrics, in a registry of its own (so several bots in one test process do
 * not collide). Labels are kept to small fixed sets: a button's custom id or a user's text never
 * becomes a label, or every distinct value would be a new time series.
 */

export type InteractionKind = 'command' | 'autocomplete' | 'button' | 'select' | 'other';

export interface InteractionEvent {
  kind: InteractionKind;
  /** The command name for commands and autocomplete; ignored for components, whose ids vary. */
  command: string;
  outcome: string;
  latencyMs: number;
}

export interface KnowledgeState {
  version: string;
  newestSourceDate: string;
  facts: number;
}

export interface BotMetrics {
  recordInteraction(event: InteractionEvent): void;
  recordReload(ok: boolean): void;
  render(): Promise<string>;
  readonly contentType: string;
}

/** Seconds, spread around Discord's 3 s acknowledgement window. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(state: { knowledge: () => KnowledgeState; gatewayReady: () => boolean }): BotMetrics {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const interactions = new Counter({
    name: 'proclamation_bot_interactions_total',
    help: 'Interactions handled, by command (or component kind) and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [register],
  });
  const latency = new Histogram({
    name: 'proclamation_bot_interaction_duration_seconds',
    help: 'Time from receiving an interaction to Discord accepting the reply',
    labelNames: ['kind'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [register],
  });
  const declined = new Counter({
    name: 'proclamation_bot_declined_questions_total',
    help: 'Questions the engine declined to answer (no confident match), by command',
    labelNames: ['command'] as const,
    registers: [register],
  });
  const reloads = new Counter({
    name: 'proclamation_bot_knowledge_reloads_total',
    help: 'Knowledge reloads (/reload or SIGHUP), by result; a failed one keeps the previous knowledge serving',
    labelNames: ['result'] as const,
    registers: [register],
  });
  new Gauge({
    name: 'proclamation_bot_knowledge_info',
    help: 'The knowledge version serving (always 1; the version is in the labels)',
    labelNames: ['version', 'newest_source'] as const,
    registers: [register],
    collect() {
      const { version, newestSourceDate } = state.knowledge();
      this.reset();
      this.set({ version, newest_source: newestSourceDate }, 1);
    },
  });
  new Gauge({
    name: 'proclamation_bot_knowledge_facts',
    help: 'Facts in the knowledge serving',
    registers: [register],
    collect() {
      this.set(state.knowledge().facts);
    },
  });
  new Gauge({
    name: 'proclamation_bot_gateway_ready',
    help: '1 while the Discord gateway session is ready, 0 while connecting or reconnecting',
    registers: [register],
    collect() {
      this.set(state.gatewayReady() ? 1 : 0);
    },
  });
  for (const result of ['ok', 'failed']) reloads.inc({ result }, 0);

  return {
    recordInteraction(event) {
      const command = event.kind === 'command' || event.kind === 'autocomplete' ? event.command : event.kind;
      interactions.inc({ command, outcome: event.outcome });
      latency.observe({ kind: event.kind }, event.latencyMs / 1000);
      if (event.outcome === 'miss') declined.inc({ command });
    },
    recordReload(ok) {
      reloads.inc({ result: ok ? 'ok' : 'failed' });
    },
    render: () => register.metrics(),
    contentType: register.contentType,
  };
}
