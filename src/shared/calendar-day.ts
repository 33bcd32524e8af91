import { isRealDate } from './customers/fields';
import { text } from './text';

/** A day a person picks for a period (YYYY-MM-DD, a real date): the filters and statements take it. */
export const calendarDay = text().trim().refine(isRealDate, { error: 'Enter a real date as YYYY-MM-DD' });
