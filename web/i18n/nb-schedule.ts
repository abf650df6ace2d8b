/** Bokmål texts for a schedule in words ("mandager og onsdager, hver uke, 10:00–12:00, fra 30. november"). */
export const nbSchedule = {
  /** Monday first, as the weekday boxes. */
  weekdaysPlural: ['mandager', 'tirsdager', 'onsdager', 'torsdager', 'fredager', 'lørdager', 'søndager'],
  everyDay: 'hver dag',
  and: 'og',
  everyNthWeek: (n: number) => (n === 1 ? 'hver uke' : n === 2 ? 'annenhver uke' : `hver ${n}. uke`),
  /** `weekdays` are singular weekday names from the locale ("mandag og onsdag"). */
  nthInMonth: (nth: number, weekdays: string) => `${nth === -1 ? 'siste' : ['første', 'andre', 'tredje', 'fjerde'][nth - 1]} ${weekdays} i måneden`,
  ownRule: 'etter en egen regel',
  /** A rule saved by an older version that this one cannot read: it is shown nowhere until fixed. */
  unreadable: 'Denne timeplanen kan ikke leses lenger og vises ikke noe sted. Åpne den og velg dagene på nytt.',
  from: (date: string) => `fra ${date}`,
  until: (date: string) => `til og med ${date}`,
  dayMonth: 'd. MMMM',
  dayMonthYear: 'd. MMMM yyyy',
};
