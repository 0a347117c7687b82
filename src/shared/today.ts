import { formatISO } from 'date-fns';

/** Today in this browser as "yyyy-MM-dd", the form a date in a scenario takes. */
export const today = () => formatISO(new Date(), { representation: 'date' });
