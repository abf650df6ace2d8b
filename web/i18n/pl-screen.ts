import type { nbScreen } from './nb-screen';

export const plScreen: typeof nbScreen = {
  now: 'Teraz',
  next: 'Następnie',
  today: 'Dzisiaj',
  nothingAhead: (days: number) => `Brak wydawania w ciągu najbliższych ${days} dni`,
  offlineSince: 'Brak połączenia od',
  open: 'Otwórz ekran przy drzwiach',
};
