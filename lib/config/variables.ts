/**
 * THE table of variables: every variable the toolkit reads, and the bash variables it deliberately
 * does not. One entry drives loading and validation (load.ts reads nothing that is not here), the
 * scripts' `--help` (`describeVariables`), `.env.example` and the README's variable table
 * (docs.ts, `npm run gen:docs`; a unit test fails when they drift).
 *
 * Defaults are applied as `${X:=default}` did: unset and empty both mean the default. A default
 * may name other variables (`${DEFAULT_BRANCH}`), expanded after their own defaults; a `computed`
 * default is worked out in load.ts and the text here only describes it.
 */
import type { Kind, SecondsBounds } from './kinds.ts';
import { parseSecondsWithin, DEFAULT_SECONDS_BOUNDS, type SecondsKind } from './kinds.ts';
import { VARIABLES } from './variable-table.ts';
import type { PortedVariable, Variable } from './variable-types.ts';
export { SECTIONS, type NotPortedVariable, type PortedVariable, type Section, type Variable } from './variable-types.ts';
export {
  API_INTERVAL_BOUNDS,
  GRACE_BOUNDS,
  PATH_COMPONENT,
  POLL_INTERVAL_BOUNDS,
  REQUEST_TIMEOUT_BOUNDS,
  TIMEOUT_BOUNDS,
} from './shared-kinds.ts';
export {
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS,
  DOCKER_CACHE_MODES,
  FALLBACK_LOGIN_USER,
  VARIABLES,
  type DockerCache,
} from './variable-table.ts';

export type VariableName = keyof typeof VARIABLES;
export type PortedName = { [N in VariableName]: (typeof VARIABLES)[N] extends { kind: Kind<unknown> } ? N : never }[VariableName];
export type ValueOf<N extends PortedName> = (typeof VARIABLES)[N] extends { kind: Kind<infer T> } ? T : never;

export interface NamedVariable {
  readonly name: string;
  readonly variable: Variable;
}

export const VARIABLE_LIST: readonly NamedVariable[] = Object.freeze(
  Object.entries(VARIABLES as Readonly<Record<string, Variable>>).map(([name, variable]) => Object.freeze({ name, variable })),
);

export function isPorted(variable: Variable): variable is PortedVariable {
  return variable.ported !== false;
}

/** Every variable load.ts reads. */
export const PORTED_NAMES: readonly string[] = Object.freeze(VARIABLE_LIST.filter((v) => isPorted(v.variable)).map((v) => v.name));
export const SECRET_NAMES: readonly string[] = Object.freeze(
  VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.secret).map((v) => v.name),
);
/** Variables an implicit `.env` may not set on CI. */
export const URL_NAMES: readonly string[] = Object.freeze(
  VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.url).map((v) => v.name),
);

export function variable(name: string): Variable | undefined {
  return Object.hasOwn(VARIABLES, name) ? (VARIABLES as Readonly<Record<string, Variable>>)[name] : undefined;
}

// ---- seconds, for variables and flags alike ---------------------------------------------------

/** The bounds of a variable or of a flag that overrides one (`--poll-interval`). */
export function secondsBounds(name: string): SecondsBounds {
  for (const { name: variableName, variable: v } of VARIABLE_LIST) {
    if (!isPorted(v) || !('bounds' in v.kind)) continue;
    if (variableName === name || v.flags?.includes(name)) return (v.kind as SecondsKind).bounds;
  }
  return DEFAULT_SECONDS_BOUNDS;
}

/**
 * A number of seconds (decimals allowed), for variables and flags alike. Without `bounds`, those
 * of the variable `name` is or overrides (`--timeout`: WAIT_FOR_IMAGE_TIMEOUT, `--poll-interval`:
 * WAIT_FOR_IMAGE_POLL_INTERVAL), else 0.1 s to 7 days: never above Node's timer limit, which
 * would silently turn the delay into 1 ms.
 */
export function parseSeconds(name: string, value: string, bounds: SecondsBounds = secondsBounds(name)): number {
  return parseSecondsWithin(name, value, bounds);
}

// ---- help text ----------------------------------------------------------------------------------

function shownDefault(v: Variable): string {
  return v.default === '' ? '(empty)' : v.default;
}

/**
 * Aligned `NAME  default  help` lines for a script's `--help`. Unknown names throw (a typo in a
 * script's list should fail its tests, not print nothing).
 */
export function describeVariables(names: readonly string[]): string {
  const rows = names.map((name) => {
    const v = variable(name);
    if (!v) throw new Error(`describeVariables: ${name} is not in lib/config/variables.ts`);
    const help = isPorted(v) ? v.help : `not ported: ${v.reason}`;
    return [name, shownDefault(v), help.replace(/`/g, '')] as const;
  });
  const nameWidth = Math.max(0, ...rows.map((r) => r[0].length));
  const defaultWidth = Math.max(0, ...rows.map((r) => r[1].length));
  return rows.map(([n, d, h]) => `  ${n.padEnd(nameWidth)}  ${d.padEnd(defaultWidth)}  ${h}`.trimEnd()).join('\n');
}
