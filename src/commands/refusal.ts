/**
 * An expected, user-caused problem (a stale button, an unknown command, an empty term). The user
 * sees the message privately; it is logged as a refusal, not as an error.
 */
export class PoliteRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoliteRefusal';
  }
}
