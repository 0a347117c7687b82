/**
 * The shared workspace's members: a file on the server machine with each member's name, role and
 * secret, the secret kept only as a scrypt hash. Written by `npm run members`, read by the server.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';

export type Role = 'editor' | 'viewer';
export const ROLES: readonly Role[] = ['editor', 'viewer'];

export interface Member {
  name: string;
  role: Role;
  /** base64 of the salt and of scrypt's key; the secret itself is never kept. */
  salt: string;
  hash: string;
}

export const MAX_MEMBER_NAME = 60;
const KEY_BYTES = 64;

const MemberSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_MEMBER_NAME)),
  role: v.picklist(ROLES),
  salt: v.pipe(v.string(), v.base64()),
  hash: v.pipe(v.string(), v.base64()),
});
const MembersFileSchema = v.object({ version: v.literal(1), members: v.array(MemberSchema) });

export class MembersFileProblem extends Error {}

/** The members in the file; none when there is no file yet. */
export function readMembers(path: string): Member[] {
  if (!existsSync(path)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MembersFileProblem(
      `The members file ${path} cannot be read as JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const result = v.safeParse(MembersFileSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((step) => String(step.key)).join('.') ?? 'the file';
    throw new MembersFileProblem(`The members file ${path} is not valid at ${where}: ${issue.message}.`);
  }
  const seen = new Set<string>();
  for (const member of result.output.members) {
    const key = memberKey(member.name);
    if (seen.has(key)) throw new MembersFileProblem(`The members file ${path} names "${member.name}" twice.`);
    seen.add(key);
  }
  return result.output.members;
}

/** Written whole to a file beside it and renamed over it, so a server never reads half a file; only its owner may read it. */
export function writeMembers(path: string, members: Member[]): void {
  const partial = `${path}.writing`;
  writeFileSync(partial, `${JSON.stringify({ version: 1, members }, null, 2)}\n`, { mode: 0o600 });
  renameSync(partial, path);
}

/** Names are matched as people type them: without regard to case or surrounding spaces. */
export function memberKey(name: string): string {
  return name.trim().toLocaleLowerCase('en-GB');
}

export function findMember(members: readonly Member[], name: string): Member | undefined {
  const key = memberKey(name);
  return members.find((member) => memberKey(member.name) === key);
}

/** A secret of 144 random bits, for a member who is given one rather than choosing a passphrase. */
export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

function deriveKey(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_BYTES, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function memberWithSecret(name: string, role: Role, secret: string): Promise<Member> {
  const salt = randomBytes(16);
  const key = await deriveKey(secret, salt);
  return { name: name.trim(), role, salt: salt.toString('base64'), hash: key.toString('base64') };
}

export async function secretMatches(member: Member, secret: string): Promise<boolean> {
  const expected = Buffer.from(member.hash, 'base64');
  const key = await deriveKey(secret, Buffer.from(member.salt, 'base64'));
  return key.length === expected.length && timingSafeEqual(key, expected);
}
