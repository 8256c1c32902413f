/** The shape of an entry of the one table of variables (variables.ts). */
import type { Kind } from './kinds.ts';

export const SECTIONS = {
  registry: 'Registry and image names',
  credentials: 'Credentials',
  python: 'Python versions',
  waiting: 'Waiting',
  images: 'Pulling and pushing',
  verifying: 'Verifying images',
  building: 'Building',
  buildArgs: 'Build arguments',
  transport: 'Transport',
  runner: 'CI runner and files',
  notPorted: 'Variables of the bash not ported',
} as const;
export type Section = keyof typeof SECTIONS;

interface Common {
  readonly section: Section;
  /** The default as users see it (`''`: empty). Also the value used, unless `computed`. */
  readonly default: string;
  readonly help: string;
  /** The bash default or behaviour, when it differs from ours. */
  readonly bash?: string;
}

export interface PortedVariable<T = unknown> extends Common {
  readonly kind: Kind<T>;
  /** Never echoed in an error message; masked in logs. */
  readonly secret?: true;
  /**
   * Where requests (and so credentials) go, or where they are stored: on CI an implicit `.env`
   * (an untrusted checkout's) may not set it. See load.ts.
   */
  readonly url?: true;
  /** Read from the real environment only, never from a `.env` file. */
  readonly envOnly?: true;
  /** The default is worked out in load.ts; `default` describes it. */
  readonly computed?: true;
  /** Command-line flags that override this variable and share its rules. */
  readonly flags?: readonly string[];
  /** Read and validated (a typo still fails), but nothing in the port acts on it: why. */
  readonly noEffect?: string;
  readonly ported?: true;
}

export interface NotPortedVariable extends Common {
  readonly ported: false;
  readonly reason: string;
}

export type Variable = PortedVariable | NotPortedVariable;
