import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The view named in the address ("#/esi-cycle" → "esi-cycle"), so views can be bookmarked and the back button works. */
export function useHashRoute<T extends string>(views: readonly T[], fallback: T): T {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  const name = hash.replace(/^#\/?/, '');
  return views.find((view) => view === name) ?? fallback;
}
