/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, which the planner is held to in Chromium and in jsdom alike. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
