import type { nbScreen } from './nb-screen';

export const arScreen: typeof nbScreen = {
  now: 'الآن',
  next: 'التالي',
  today: 'اليوم',
  nothingAhead: (days: number) => `لا توزيع في الأيام الـ${days} القادمة`,
  offlineSince: 'غير متصل منذ',
  open: 'افتح شاشة الباب',
};
