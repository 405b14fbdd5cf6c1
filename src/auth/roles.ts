/** The three roles, each including the rights of the ones before it. */
export enum Role {
  reader = 'reader',
  editor = 'editor',
  admin = 'admin',
}

const RANK: Record<Role, number> = { [Role.reader]: 1, [Role.editor]: 2, [Role.admin]: 3 };

export function hasRole(actual: Role | null, required: Role): boolean {
  return actual !== null && RANK[actual] >= RANK[required];
}

/** A role name as found in a JWT claim or on a key; case-insensitive, undefined when unknown. */
export function parseRole(value: unknown): Role | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return (Object.values(Role) as string[]).includes(lower) ? (lower as Role) : undefined;
}

/** The strongest of several roles (a JWT may carry a list), or null. */
export function highestRole(values: readonly unknown[]): Role | null {
  let best: Role | null = null;
  for (const role of values.map(parseRole)) {
    if (role && (best === null || RANK[role] > RANK[best])) best = role;
  }
  return best;
}
