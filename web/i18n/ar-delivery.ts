import type { nbDelivery } from './nb-delivery';

export const arDelivery: typeof nbDelivery = {
  title: 'متى نأتي',
  comeBetween: (start, end) => `نأتي بين ${start} و${end}`,
  late: (minutes) => `نحن متأخرون حوالي ${minutes} دقيقة. الوقت أعلاه هو الوقت الجديد.`,
  status: { planned: 'مخطط', delivered: 'تم التسليم', not_home: 'لم نجدك في البيت' },
  slipLabel: 'توصيل',
  beHome: 'يرجى أن تكون في البيت في هذا الوقت.',
};
