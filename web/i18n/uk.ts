// NEEDS REVIEW by a native Ukrainian speaker before it is shown to clients (machine-assisted draft).
import type { ClientCatalogue } from './catalogue';
import { ukDelivery } from './uk-delivery';

/** 1 хвилину, 2–4 хвилини, 5–20 хвилин, 21 хвилину... (the accusative after "зачекайте"). */
function minutes(n: number) {
  const ones = n % 10;
  const tens = n % 100;
  if (ones === 1 && tens !== 11) return `${n} хвилину`;
  return ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? `${n} хвилини` : `${n} хвилин`;
}

/** Ukrainian, for the pages and slips a client reads; the staff pages stay Norwegian and English. */
export const uk: ClientCatalogue = {
  lang: 'uk',
  dir: 'ltr',
  languageName: 'Українська',
  languages: 'Мова',
  appName: 'Hentetid',
  // MMMM: the month in the genitive, as after a day number ("7 грудня").
  dates: { locale: 'uk', long: 'cccc, d MMMM yyyy', medium: 'ccc, d MMM', time: 'HH:mm' },
  skipToContent: 'Перейти до змісту',
  home: {
    title: 'Дізнайтеся свій час',
    intro: 'Введіть код з вашого талона. Ви побачите, коли і де можна отримати.',
    codeLabel: 'Код з талона',
    codeHint: 'Вісім знаків, наприклад 7K3M-Q9TX',
    submit: 'Показати мій час',
    bike: 'Де сьогодні велосипед?',
    activities: 'Заняття',
    notices: 'Оголошення',
    badCode: 'Це не схоже на код. Код має вісім знаків, наприклад 7K3M-Q9TX.',
  },
  ticket: {
    title: 'Ваш час отримання',
    comeBetween: (start, end) => `Приходьте з ${start} до ${end}`,
    date: 'Дата',
    place: 'Місце',
    code: 'Код',
    what: 'Що',
    status: 'Стан',
    showSlip: 'Візьміть із собою талон або код.',
    notFoundTitle: 'Ми не знаходимо цей код',
    notFoundText: 'Перевірте, чи правильно введено код. Якщо потрібна допомога, запитайте працівників.',
    tryAgain: 'Ввести інший код',
  },
  status: {
    booked: 'Можна отримати',
    picked_up: 'Отримано',
    no_show: 'Не отримано',
    cancelled: 'Скасовано',
  },
  notice: {
    moved: (was) => `Ваш час змінився. Раніше було: ${was}.`,
    cancelledCapacity: 'Тепер місць менше. Того дня вже не було вільного часу. Ваш талон скасовано. Попросіть у працівників новий.',
    closed: (reason) => `Того дня зачинено: ${reason}. Ваш талон скасовано.`,
    cancelled: 'Ваш талон скасовано.',
    cancelledBecause: (reason) => `Ваш талон скасовано: ${reason}`,
  },
  errors: {
    forbiddenTitle: 'Немає доступу',
    forbiddenText: 'У вас немає доступу до цієї сторінки.',
    notFoundTitle: 'Сторінку не знайдено',
    notFoundText: 'Ми не знайшли те, що ви шукали.',
    tooManyTitle: 'Забагато спроб',
    tooManyText: (seconds) => `Зачекайте ${minutes(Math.ceil(seconds / 60))}. Потім спробуйте ще раз.`,
    badInputTitle: 'Щось не так',
    conflictTitle: 'Не вдалося',
    genericTitle: 'Щось пішло не так',
    genericText: 'У нас проблема. Спробуйте ще раз трохи пізніше.',
    back: 'На головну сторінку',
  },
  print: {
    pickupTime: 'Час отримання',
    slipCode: 'Код',
    qrLabel: (code) => `QR-код, що відкриває талон ${code}`,
    back: 'Назад',
  },
  delivery: ukDelivery,
  outreach: {
    offers: { food: 'Їжа', equipment: 'Засоби', naloxone: 'Налоксон', wound_care: 'Обробка ран', testing: 'Тестування', vaccination: 'Щеплення', talk: 'Розмова' },
    bike: {
      title: 'Де велосипед?',
      intro: 'Велосипед допомоги стоїть у постійних місцях у постійний час. Тут видно, де він сьогодні і до кінця тижня.',
      today: 'Сьогодні',
      thisWeek: 'До кінця тижня',
      noneToday: 'Сьогодні велосипеда немає.',
      noneWeek: 'Цього тижня зупинок більше немає.',
      cancelled: (reason) => (reason ? `Скасовано: ${reason}` : 'Скасовано'),
      status: { on_time: 'За планом', late: 'Запізнюється', moved: 'Перенесено', cancelled: 'Скасовано' },
      map: 'Показати на карті',
      offers: 'Що можна отримати',
      poster: 'Плакат для друку (A4)',
      calendar: 'Додати в календар',
      posterTitle: 'Тут можна знайти велосипед',
      posterWeek: (from, to) => `${from} – ${to}`,
      posterFooter: 'Перевірте, чи щось змінилося:',
      printNow: 'Друкувати',
    },
    activities: {
      title: 'Заняття',
      intro: 'Заняття проходять у малих постійних групах. Якщо хочете приєднатися, запитайте працівників.',
      none: 'Поки що занять немає.',
      next: 'Найближчі зустрічі',
      noSessions: 'У найближчі чотири тижні зустрічей немає.',
      group: (name) => `Група ${name}`,
      free: (n, size) => (n === 0 ? 'Місць немає' : `Вільних місць: ${n} з ${size}`),
      waiting: (n) => `У черзі: ${n}`,
      cancelled: (reason) => `Скасовано: ${reason}`,
      calendar: 'Календар',
      manage: 'Запис і відвідування',
    },
    membership: {
      title: 'Ваше місце',
      activity: 'Заняття',
      place: 'Місце',
      group: 'Група',
      code: 'Код',
      waiting: (n) => `Ви в черзі. Ваш номер: ${n}. Ви отримаєте місце, коли хтось піде.`,
      left: 'Це місце вже закінчилося.',
      movedIn: (group) => `У вас є місце! Тепер ви в групі ${group}.`,
      next: 'Найближчі зустрічі',
      notFoundTitle: 'Ми не знаходимо цей код',
      notFoundText: 'Перевірте, чи правильно введено код. Якщо потрібна допомога, запитайте працівників.',
    },
    slip: {
      title: 'Талон на місце',
      label: 'Ваша група',
      waiting: 'Черга',
      qrLabel: (code) => `QR-код, що відкриває місце ${code}`,
    },
  },
};
