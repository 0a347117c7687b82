import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Persistence, PersistenceStatus } from './persistence';

const PersistenceContext = createContext<Persistence | null>(null);

/** Where nothing is saved (a component test without a provider), saving has nothing to say. */
const nothingSaved = createStore<PersistenceStatus>(() => ({
  saveProblem: null,
  otherTab: null,
  newer: null,
  unreadable: [],
}));

/** Makes the workspace's saving available to the banners and controls below it. */
export function PersistenceProvider({ persistence, children }: { persistence: Persistence; children: ReactNode }) {
  return <PersistenceContext.Provider value={persistence}>{children}</PersistenceContext.Provider>;
}

/** The persistence that saves the workspace, or null where nothing is saved. */
export function usePersistence(): Persistence | null {
  return useContext(PersistenceContext);
}

/** One value of the saving status; the component re-renders only when it changes. */
export function usePersistenceStatus<T>(selector: (status: PersistenceStatus) => T): T {
  return useStore(usePersistence()?.status ?? nothingSaved, selector);
}
