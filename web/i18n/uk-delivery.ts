import type { nbDelivery } from './nb-delivery';

export const ukDelivery: typeof nbDelivery = {
  title: 'Коли ми приїдемо',
  comeBetween: (start, end) => `Ми приїдемо між ${start} і ${end}`,
  late: (minutes) => `Ми запізнюємося приблизно на ${minutes} хвилин. Час вище — новий.`,
  status: { planned: 'Заплановано', delivered: 'Доставлено', not_home: 'Ми не застали вас удома' },
  slipLabel: 'Доставка',
  beHome: 'Будь ласка, будьте вдома в цей час.',
};
