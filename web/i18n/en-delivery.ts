import type { nbDelivery } from './nb-delivery';

export const enDelivery: typeof nbDelivery = {
  title: 'When we come',
  comeBetween: (start, end) => `We come between ${start} and ${end}`,
  late: (minutes) => `We are running about ${minutes} minutes late. The time above is the new one.`,
  status: { planned: 'Planned', delivered: 'Delivered', not_home: 'We did not find you at home' },
  slipLabel: 'Delivery',
  beHome: 'Please be at home in this window.',
};
