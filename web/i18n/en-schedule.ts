import type { nbSchedule } from './nb-schedule';

const ORDINALS = ['first', 'second', 'third', 'fourth'];

export const enSchedule: typeof nbSchedule = {
  weekdaysPlural: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
  everyDay: 'every day',
  and: 'and',
  everyNthWeek: (n) => (n === 1 ? 'every week' : `every ${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} week`),
  nthInMonth: (nth, weekdays) => `the ${nth === -1 ? 'last' : ORDINALS[nth - 1]} ${weekdays} of each month`,
  ownRule: 'on a schedule of its own',
  unreadable: 'This schedule can no longer be read and is shown nowhere. Open it and choose the days again.',
  from: (date) => `from ${date}`,
  until: (date) => `until ${date}`,
  dayMonth: 'd MMMM',
  dayMonthYear: 'd MMMM yyyy',
};
