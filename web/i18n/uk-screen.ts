import type { nbScreen } from './nb-screen';

export const ukScreen: typeof nbScreen = {
  now: 'Зараз',
  next: 'Далі',
  today: 'Сьогодні',
  nothingAhead: (days: number) => `Немає видачі протягом наступних ${days} днів`,
  offlineSince: 'Немає зв’язку з',
  open: 'Відкрити екран біля дверей',
};
