/** When something happened in the shared workspace, in the browser's time: "7 Dec, 14:02" in the status line. */
const TIME_OF_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
const dayAndTime = new Intl.DateTimeFormat('en-GB', TIME_OF_DAY);
/** Beside a figure, which may have been changed long ago, the year too: "7 Dec 2026, 09:14". */
const dateAndTime = new Intl.DateTimeFormat('en-GB', { ...TIME_OF_DAY, year: 'numeric' });

export function formatSharedTime(iso: string): string {
  return dayAndTime.format(new Date(iso));
}

export function formatSharedDate(iso: string): string {
  return dateAndTime.format(new Date(iso));
}
