/** The public GraphQL API, same origin: one POST per operation, errors surfaced with their message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export type Variables = Record<string, unknown>;

export class Api {
  /** Operations in flight (the status bar shows it, tests wait for 0). */
  pending = 0;
  private listeners: (() => void)[] = [];

  constructor(private readonly endpoint: string) {}

  onActivity(listener: () => void): void {
    this.listeners.push(listener);
  }

  async query<T>(query: string, variables: Variables = {}): Promise<T> {
    this.pending++;
    this.listeners.forEach((l) => l());
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json().catch(() => ({}))) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
      if (!res.ok || !body.data) throw new ApiError(`HTTP ${res.status}`);
      return body.data;
    } finally {
      this.pending--;
      this.listeners.forEach((l) => l());
    }
  }
}
