import { useEffect, type RefObject } from 'react';

/**
 * A card or family header moved by its menu is drawn afresh in its new column, so the button
 * that had focus is gone. The move asks for focus by key; the new element takes it when it mounts.
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
