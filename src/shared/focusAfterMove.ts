import { useEffect, type RefObject } from 'react';

/**
 * A thing moved by its menu (an ESI card, a YOT inspection) is drawn afresh where it went, so the
 * button that had focus can be gone. The move asks for focus by key; the new element takes it when it mounts.
 */
let requested: string | null = null;

export function requestFocusAfterMove(key: string): void {
  requested = key;
}

export function useFocusAfterMove(key: string, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (requested !== key) return;
    requested = null;
    ref.current?.focus();
  });
}
