export { addDays, daysInMonth, isoDate, isoWeekday, monthDayIn, weekContaining } from './dates.ts';
export { septemberEquinox, septemberEquinoxBeijingDate } from './equinox.ts';
export { foldIcs } from './fold.ts';
export { periodNameFor, ruleFor } from './history.ts';
export { activityIcs, calendarIcs, type IcsOptions } from './ics.ts';
export { anchorIn, occurrenceIn, ruleOccurrence, seasonsIn, type Occurrence, type SeasonOccurrence } from './occurrence.ts';
export { ruleText } from './rule-text.ts';
