/** What `auth HOST` says: the source and user (never the secret), where it looked, and the check. */
import type { AuthResult } from '../commands/auth.ts';
import type { ReportContext } from './context.ts';

export function authLines(result: AuthResult): string[] {
  const lines: string[] = [];
  if (!result.found) lines.push(`no credentials for ${result.host} (looked in: ${result.lookedIn.join(', ') || 'nothing'})`);
  else {
    const who = result.username ? `user ${result.username}` : `an ${result.kind}`;
    lines.push(`${result.host}: ${who} from ${result.source}${result.kind !== 'password' && result.username ? ` (${result.kind})` : ''}`);
  }
  for (const notice of result.notices) lines.push(`warning: ${notice}`);
  if (result.accepted) lines.push(`${result.host} accepted them`);
  return lines;
}

export function reportAuth(session: ReportContext, result: AuthResult): number {
  session.result(result);
  if (!session.json) for (const line of authLines(result)) session.out(line);
  return 0;
}
