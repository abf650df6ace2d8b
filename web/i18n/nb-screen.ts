/** The door screen's words (web/views/door-screen.tsx); each client language has its file beside this one. */
export const nbScreen = {
  now: 'Nå',
  next: 'Neste',
  today: 'I dag',
  nothingAhead: (days: number) => `Ingen utdeling de neste ${days} dagene`,
  offlineSince: 'Frakoblet siden',
  /** Staff words: the link on /staff. */
  open: 'Åpne dørskjermen',
};
