/**
 * `npm run members -- add NAME --role editor|viewer`, and remove, role, new-secret and list: the
 * shared workspace's members file, edited on the server machine. A running server sees each change
 * within a second. Written against a small I/O interface so that tests can run it in memory.
 */
import { parseArgs } from 'node:util';
import {
  findMember,
  MAX_MEMBER_NAME,
  memberKey,
  memberWithSecret,
  newSecret,
  readMembers,
  ROLES,
  writeMembers,
  type Member,
  type Role,
} from './members';

export interface MembersCommandIO {
  /** The members file's path, from --members, or beside the --data SQLite file. */
  defaultPath(dataPath: string | undefined): string;
  /** What was piped in, for --passphrase; never read from the command line, which shells keep in their history. */
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const MIN_PASSPHRASE = 12;

export const USAGE = `Usage: npm run members -- COMMAND [--members FILE | --data FILE]

Commands:
  add NAME --role editor|viewer   Add a member and print their new secret, once.
      --passphrase                  Instead, read a passphrase of at least ${MIN_PASSPHRASE} characters from
                                    standard input (e.g. piped from a password manager).
  remove NAME                     Remove a member; their open connections close at once.
  role NAME editor|viewer         Change a member's role; it applies to open connections at once.
  new-secret NAME                 Give a member a new secret, printed once; the old one stops working.
  list                            List the members and their roles (never their secrets).

The members file is members.json beside the shared planner's SQLite file
(planner-data/ unless --data FILE or PLANNER_DATA says otherwise), or --members FILE.
Secrets are kept only as scrypt hashes. While the file names no one, anyone who can reach
the server may edit.
`;

class Misuse extends Error {}

export async function runMembersCommand(args: string[], io: MembersCommandIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    io.stderr(`npm run members: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Misuse) io.stderr(`\n${USAGE}`);
    return 2;
  }
}

async function run(args: string[], io: MembersCommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        passphrase: { type: 'boolean' },
        members: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new Misuse(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const path = values.members ?? io.defaultPath(values.data);
  const [command, name, extra] = positionals;
  const takes = command === 'role' ? 2 : command === 'list' ? 0 : 1;
  if (positionals.length - 1 > takes)
    throw new Misuse(`${command} was given more than it takes; put a name with spaces in quotes ("Anne Smith").`);
  const members = readMembers(path);

  const named = (required: string | undefined): Member => {
    if (!required) throw new Misuse(`${command} needs the member's NAME.`);
    const member = findMember(members, required);
    if (!member)
      throw new Error(`${path} has no member "${required}". The members are: ${listNames(members) || 'none yet'}.`);
    return member;
  };
  const save = (next: Member[], said: string) => {
    writeMembers(path, next);
    io.stdout(`${said}\n`);
  };
  const giveSecret = async (member: Member, role: Role, said: string) => {
    const secret = values.passphrase ? await readPassphrase(io) : newSecret();
    const updated = await memberWithSecret(member.name, role, secret);
    const next = members.some((existing) => existing === member)
      ? members.map((existing) => (existing === member ? updated : existing))
      : [...members, updated];
    save(next, said);
    if (!values.passphrase)
      io.stdout(
        `Their secret, shown only now: ${secret}\nGive it to ${updated.name} in person or by a channel you trust; they sign in with their name and it.\n`,
      );
  };

  switch (command) {
    case 'add': {
      if (!name || name.trim() === '') throw new Misuse('add needs the member’s NAME.');
      if (name.trim().length > MAX_MEMBER_NAME)
        throw new Misuse(`a member's name has at most ${MAX_MEMBER_NAME} characters.`);
      if (findMember(members, name)) throw new Error(`"${name.trim()}" is a member already; see list.`);
      const role = readRole(values.role);
      await giveSecret(
        { name: name.trim(), role, salt: '', hash: '' },
        role,
        `Added ${name.trim()} as ${role} in ${path}.`,
      );
      return 0;
    }
    case 'remove': {
      const member = named(name);
      save(
        members.filter((existing) => memberKey(existing.name) !== memberKey(member.name)),
        `Removed ${member.name} from ${path}.`,
      );
      return 0;
    }
    case 'role': {
      const member = named(name);
      const role = readRole(extra);
      save(
        members.map((existing) => (existing === member ? { ...existing, role } : existing)),
        `${member.name} is now ${role === 'editor' ? 'an editor' : 'a viewer'}.`,
      );
      return 0;
    }
    case 'new-secret': {
      const member = named(name);
      await giveSecret(member, member.role, `${member.name}'s old secret no longer works.`);
      return 0;
    }
    case 'list':
      io.stdout(
        members.length === 0
          ? `${path} names no members: anyone who can reach the server may edit.\n`
          : members.map((member) => `${member.name}\t${member.role}\n`).join(''),
      );
      return 0;
    case undefined:
      throw new Misuse('a command is needed.');
    default:
      throw new Misuse(`there is no command "${command}".`);
  }
}

function readRole(given: string | undefined): Role {
  const role = ROLES.find((candidate) => candidate === given);
  if (!role) throw new Misuse(`the role must be editor or viewer${given === undefined ? '' : `, not "${given}"`}.`);
  return role;
}

async function readPassphrase(io: MembersCommandIO): Promise<string> {
  const passphrase = (await io.readStdin()).replace(/\r?\n$/, '');
  if (passphrase.length < MIN_PASSPHRASE)
    throw new Error(`the passphrase on standard input must have at least ${MIN_PASSPHRASE} characters.`);
  return passphrase;
}

function listNames(members: Member[]): string {
  return members.map((member) => member.name).join(', ');
}
