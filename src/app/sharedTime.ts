/** When something happened in the shared workspace, as the status line says it: "7 Dec, 14:02" in the browser's time. */
const dayAndTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatSharedTime(iso: string): string {
  return dayAndTime.format(new Date(iso));
}
