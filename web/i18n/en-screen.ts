import type { nbScreen } from './nb-screen';

export const enScreen: typeof nbScreen = {
  now: 'Now',
  next: 'Next',
  today: 'Today',
  nothingAhead: (days: number) => `No distribution in the next ${days} days`,
  offlineSince: 'Offline since',
  open: 'Open the door screen',
};
