import { useId, useState, type FormEvent } from 'react';
import type { Credentials } from '../sync/connection';

/**
 * A member's sign-in to the shared workspace: their name and the secret they were given. The
 * secret goes to the server inside the WebSocket and is kept only in this page's memory; the
 * browser's own password manager may offer to remember it, as for any sign-in form.
 */
export function SignInForm({
  problem,
  onSignIn,
  headingLevel = 2,
  initialName = '',
}: {
  /** The name last signed in with, when signing in again. */
  initialName?: string;
  /** What the server said when it did not let this person in. */
  problem: string;
  onSignIn: (credentials: Credentials) => void;
  headingLevel?: 1 | 2;
}) {
  const [name, setName] = useState(initialName);
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const id = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      ...(name.trim() === '' ? ['Enter your name as the workspace knows it.'] : []),
      ...(secret === '' ? ['Enter the secret you were given.'] : []),
    ];
    setMissing(problems);
    if (problems.length === 0) onSignIn({ name: name.trim(), secret });
  };

  return (
    <form className="sign-in" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <Heading id={`${id}-title`}>Sign in to the shared workspace</Heading>
      <p role="alert">{missing.length > 0 ? missing.join(' ') : problem}</p>
      <label>
        Your name{' '}
        <input
          name="username"
          autoComplete="username"
          value={name}
          maxLength={60}
          aria-invalid={name.trim() === '' && missing.length > 0}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label>
        Your secret{' '}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={secret}
          aria-invalid={secret === '' && missing.length > 0}
          onChange={(event) => setSecret(event.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Sign in
      </button>
    </form>
  );
}

/** The page shown before a members-only workspace opens. */
export function SignInPage({ problem, onSignIn }: { problem: string; onSignIn: (credentials: Credentials) => void }) {
  const [signingIn, setSigningIn] = useState(false);
  return (
    <main id="main" className="layout sign-in-page">
      <p className="sign-in-page__product">Inspection Hours Planner</p>
      {signingIn ? (
        <p role="status">Signing in…</p>
      ) : (
        <SignInForm
          headingLevel={1}
          problem={problem}
          onSignIn={(credentials) => {
            setSigningIn(true);
            onSignIn(credentials);
          }}
        />
      )}
    </main>
  );
}
