import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMembers, secretMatches } from '../../server/members';
import { runMembersCommand } from '../../server/membersCommand';

function commandIn(folder = mkdtempSync(join(tmpdir(), 'planner-members-')), stdin = '') {
  const path = join(folder, 'members.json');
  const said = { out: '', err: '' };
  const run = (...args: string[]) =>
    runMembersCommand(args, {
      defaultPath: () => path,
      readStdin: () => Promise.resolve(stdin),
      stdout: (text) => void (said.out += text),
      stderr: (text) => void (said.err += text),
    });
  return { path, said, run };
}

describe('npm run members', () => {
  it('adds a member with a new secret, printed once and kept only as a hash that matches it', async () => {
    const { path, said, run } = commandIn();
    expect(await run('add', 'Anne Smith', '--role', 'editor')).toBe(0);
    const secret = /shown only now: (\S+)/.exec(said.out)?.[1] ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const [anne] = readMembers(path);
    expect(anne).toMatchObject({ name: 'Anne Smith', role: 'editor' });
    expect(readFileSync(path, 'utf8')).not.toContain(secret);
    expect(anne && (await secretMatches(anne, secret))).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('takes a passphrase from standard input rather than the command line', async () => {
    const { path, said, run } = commandIn(undefined, 'correct horse battery staple\n');
    expect(await run('add', 'Ben Ward', '--role', 'viewer', '--passphrase')).toBe(0);
    expect(said.out).not.toContain('shown only now');
    const [ben] = readMembers(path);
    expect(ben && (await secretMatches(ben, 'correct horse battery staple'))).toBe(true);
  });

  it('changes a role, gives a new secret, lists and removes, naming members without regard to case', async () => {
    const { path, said, run } = commandIn();
    await run('add', 'Anne Smith', '--role', 'editor');
    const first = readMembers(path)[0];
    expect(await run('role', 'anne smith', 'viewer')).toBe(0);
    expect(readMembers(path)[0]?.role).toBe('viewer');
    expect(await run('new-secret', 'Anne Smith')).toBe(0);
    expect(readMembers(path)[0]?.hash).not.toBe(first?.hash);
    said.out = '';
    expect(await run('list')).toBe(0);
    expect(said.out).toBe('Anne Smith\tviewer\n');
    expect(await run('remove', 'ANNE SMITH')).toBe(0);
    expect(readMembers(path)).toEqual([]);
  });

  it('names each misuse and leaves the members file as it was', async () => {
    const { path, said, run } = commandIn();
    await run('add', 'Anne Smith', '--role', 'editor');
    const before = readFileSync(path, 'utf8');
    const cases: [string[], string][] = [
      [['add', 'Anne Smith', '--role', 'editor'], '"Anne Smith" is a member already'],
      [['add', 'Ben', '--role', 'owner'], 'the role must be editor or viewer, not "owner"'],
      [['add', 'Ben'], 'the role must be editor or viewer.'],
      [['add', 'Ben', 'Ward', '--role', 'editor'], 'put a name with spaces in quotes'],
      [['remove', 'Carol'], 'has no member "Carol". The members are: Anne Smith.'],
      [['role', 'Anne Smith'], 'the role must be editor or viewer.'],
      [['add', 'Ben', '--role', 'editor', '--passphrase'], 'at least 12 characters'],
      [['promote', 'Anne Smith'], 'there is no command "promote"'],
      [[], 'a command is needed'],
    ];
    for (const [args, message] of cases) {
      said.err = '';
      expect(await run(...args)).toBe(2);
      expect(said.err).toContain(message);
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
