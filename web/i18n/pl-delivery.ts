import type { nbDelivery } from './nb-delivery';

export const plDelivery: typeof nbDelivery = {
  title: 'Kiedy przyjedziemy',
  comeBetween: (start, end) => `Przyjedziemy między ${start} a ${end}`,
  late: (minutes) => `Mamy około ${minutes} minut opóźnienia. Godzina powyżej jest nowa.`,
  status: { planned: 'Zaplanowane', delivered: 'Dostarczone', not_home: 'Nie zastaliśmy cię w domu' },
  slipLabel: 'Dostawa',
  beHome: 'Bądź w domu w tym czasie.',
};
