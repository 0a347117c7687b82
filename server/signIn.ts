/**
 * Who may open the shared workspace. With members in the members file, only they may, each signing
 * in with a name and secret (or, behind an intranet's own sign-in, named by a header the reverse
 * proxy sets); without members, anyone who can reach the server may, as before sign-in existed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { unwatchFile, watchFile } from 'node:fs';
import {
  findMember,
  memberKey,
  MembersFileProblem,
  readMembers,
  secretMatches,
  type Member,
  type Role,
} from './members';

/** Who a connection belongs to, kept in its Hocuspocus context. */
export interface SignedIn {
  name: string;
  role: Role;
}

/** Thrown to refuse a sign-in; `reason` is what the person is told. */
export class SignInRefused extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

export const SIGN_IN_NEEDED =
  'This shared workspace lets in only its members: sign in with your name and the secret you were given.';
export const NOT_A_MEMBER = 'That name and secret do not match a member of this shared workspace.';
export const TOO_MANY_ATTEMPTS = 'Too many failed sign-ins from this address: wait a minute, then try again.';

/** Sign-ins that fail, or are still being checked, from one address within a minute before the rest are refused unchecked. */
const ATTEMPTS_PER_MINUTE = 10;
const MINUTE_MS = 60_000;
const DECOY: Member = {
  name: '',
  role: 'viewer',
  salt: randomBytes(16).toString('base64'),
  hash: randomBytes(64).toString('base64'),
};
/** How often the members file is looked at for changes. */
const WATCH_INTERVAL_MS = 250;

export interface Gatekeeper {
  /** False while the members file names no one (and no header is trusted): the workspace is open to all who reach it. */
  membersOnly(): boolean;
  /** The member a connection's sign-in names, or null in an open workspace; rejects with `SignInRefused`. */
  signIn(attempt: { token: string; headers: Headers; address: string }): Promise<SignedIn | null>;
  /** Whether a connection signed in as `signedIn` may stay: false once the member is removed or their role changed. */
  stillAllowed(signedIn: SignedIn | null): boolean;
  /** Called after the members file has changed and been read. */
  onChange(listener: () => void): void;
  close(): void;
}

export function createGatekeeper({
  membersPath,
  trustHeader,
  log = (message) => console.error(message),
  now = Date.now,
}: {
  membersPath: string;
  /** A header set by a reverse proxy that has signed the person in already, e.g. "X-Remote-User"; off unless given. */
  trustHeader?: string;
  log?: (message: string) => void;
  now?: () => number;
}): Gatekeeper {
  let members = readMembers(membersPath);
  const listeners: (() => void)[] = [];
  /** Checked sign-ins, so that a browser opening ten documents pays for one scrypt, not ten. */
  const verified = new Map<string, string>();
  const attempts = new Map<string, number[]>();

  watchFile(membersPath, { interval: WATCH_INTERVAL_MS }, () => {
    try {
      members = readMembers(membersPath);
    } catch (error) {
      // Half an edit by hand must not lock everyone out: the members as last read stay in force.
      log(
        `${error instanceof MembersFileProblem ? error.message : String(error)} The members as last read still apply.`,
      );
      return;
    }
    verified.clear();
    for (const listener of listeners) listener();
  });

  const membersOnly = () => members.length > 0 || trustHeader !== undefined;

  const recentAttempts = (address: string) => {
    const since = now() - MINUTE_MS;
    const recent = (attempts.get(address) ?? []).filter((at) => at > since);
    attempts.set(address, recent);
    return recent;
  };

  async function checkSecret(address: string, name: string, secret: string): Promise<Member> {
    const member = findMember(members, name);
    const cacheKey = `${memberKey(name)}\n${createHash('sha256').update(secret).digest('base64')}`;
    if (member && verified.get(cacheKey) === member.hash) return member;
    const recent = recentAttempts(address);
    if (recent.length >= ATTEMPTS_PER_MINUTE) throw new SignInRefused(TOO_MANY_ATTEMPTS);
    // Counted before the slow check, so that a hundred at once cannot all be checked.
    const at = now();
    recent.push(at);
    // An unknown name costs the same check as a known one, so the answer's time does not tell who is a member.
    const matches = await secretMatches(member ?? DECOY, secret);
    if (!member || !matches) throw new SignInRefused(NOT_A_MEMBER);
    attempts.set(
      address,
      recentAttempts(address).filter((attempt) => attempt !== at),
    );
    verified.set(cacheKey, member.hash);
    return member;
  }

  return {
    membersOnly,
    async signIn({ token, headers, address }) {
      if (!membersOnly()) return null;
      if (trustHeader !== undefined) {
        const name = headers.get(trustHeader)?.trim();
        if (!name)
          throw new SignInRefused(
            `Your organisation’s sign-in did not name you (no ${trustHeader} header reached the planner), so it cannot let you in.`,
          );
        const member = findMember(members, name);
        if (!member)
          throw new SignInRefused(`${name} is not a member of this shared workspace: ask whoever runs it to add you.`);
        return { name: member.name, role: member.role };
      }
      const credentials = readToken(token);
      if (!credentials) throw new SignInRefused(SIGN_IN_NEEDED);
      const member = await checkSecret(address, credentials.name, credentials.secret);
      return { name: member.name, role: member.role };
    },
    stillAllowed(signedIn) {
      if (signedIn === null) return !membersOnly();
      const member = findMember(members, signedIn.name);
      return member !== undefined && member.role === signedIn.role;
    },
    onChange: (listener) => listeners.push(listener),
    close: () => unwatchFile(membersPath),
  };
}

/** The browser sends `{"name": …, "secret": …}` as the provider's token, inside the WebSocket, never in a URL. */
function readToken(token: string): { name: string; secret: string } | null {
  if (token === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(token);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { name, secret } = parsed as Record<string, unknown>;
  if (typeof name !== 'string' || typeof secret !== 'string' || name.trim() === '' || secret === '') return null;
  return { name, secret };
}
