/** The name colleagues see for this person in a shared workspace, kept in this browser. */
const SHARED_NAME_KEY = 'inspection-hours-planner/shared-name';
export const UNNAMED = 'A colleague';

export function readSharedName(): string {
  try {
    return localStorage.getItem(SHARED_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Saves the name where the browser lets it; where it does not, the name lasts until the tab closes. */
export function saveSharedName(name: string): void {
  try {
    localStorage.setItem(SHARED_NAME_KEY, name);
  } catch {
    // The browser refuses storage (private browsing): the name is still sent for this visit.
  }
}
