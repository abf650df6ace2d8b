// NEEDS REVIEW by a native Polish speaker before it is shown to clients (machine-assisted draft).
import type { ClientCatalogue } from './catalogue';
import { plDelivery } from './pl-delivery';

/** 1 minutę, 2–4 minuty, 5–21 minut, 22–24 minuty... (the accusative after "poczekaj"). */
function minutes(n: number) {
  if (n === 1) return '1 minutę';
  const ones = n % 10;
  const tens = n % 100;
  return ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? `${n} minuty` : `${n} minut`;
}

/** Polish, for the pages and slips a client reads; the staff pages stay Norwegian and English. */
export const pl: ClientCatalogue = {
  lang: 'pl',
  dir: 'ltr',
  languageName: 'Polski',
  languages: 'Język',
  appName: 'Hentetid',
  // MMMM: the month in the genitive, as after a day number ("7 grudnia").
  dates: { locale: 'pl', long: 'cccc, d MMMM yyyy', medium: 'ccc, d MMM', time: 'HH:mm' },
  skipToContent: 'Przejdź do treści',
  home: {
    title: 'Sprawdź, kiedy odebrać',
    intro: 'Wpisz kod z Twojej karteczki. Zobaczysz, kiedy i gdzie możesz odebrać.',
    codeLabel: 'Kod z karteczki',
    codeHint: 'Osiem znaków, na przykład 7K3M-Q9TX',
    submit: 'Pokaż godzinę odbioru',
    bike: 'Gdzie jest dziś rower?',
    activities: 'Zajęcia',
    notices: 'Ogłoszenia',
    badCode: 'To nie wygląda na kod. Kod ma osiem znaków, na przykład 7K3M-Q9TX.',
  },
  ticket: {
    title: 'Twoja godzina odbioru',
    comeBetween: (start, end) => `Przyjdź między ${start} a ${end}`,
    date: 'Data',
    place: 'Miejsce',
    code: 'Kod',
    what: 'Co',
    status: 'Stan',
    showSlip: 'Weź ze sobą karteczkę albo kod.',
    notFoundTitle: 'Nie znamy tego kodu',
    notFoundText: 'Sprawdź, czy kod jest dobrze wpisany. Jeśli potrzebujesz pomocy, zapytaj pracowników.',
    tryAgain: 'Wpisz inny kod',
  },
  status: {
    booked: 'Gotowe do odbioru',
    picked_up: 'Odebrane',
    no_show: 'Nieodebrane',
    cancelled: 'Odwołane',
  },
  notice: {
    moved: (was) => `Twoja godzina odbioru się zmieniła. Wcześniej było: ${was}.`,
    cancelledCapacity: 'Jest teraz mniej miejsc. Tego dnia nie było już wolnej godziny. Twoja karteczka jest nieważna. Poproś pracowników o nową.',
    closed: (reason) => `Tego dnia jest zamknięte: ${reason}. Twoja karteczka jest nieważna.`,
    cancelled: 'Twoja karteczka jest nieważna.',
    cancelledBecause: (reason) => `Twoja karteczka jest nieważna: ${reason}`,
  },
  errors: {
    forbiddenTitle: 'Brak dostępu',
    forbiddenText: 'Nie masz dostępu do tej strony.',
    notFoundTitle: 'Nie ma takiej strony',
    notFoundText: 'Nie znaleźliśmy tego, czego szukasz.',
    tooManyTitle: 'Za dużo prób',
    tooManyText: (seconds) => `Poczekaj ${minutes(Math.ceil(seconds / 60))}. Potem spróbuj jeszcze raz.`,
    badInputTitle: 'Coś jest nie tak',
    conflictTitle: 'Nie udało się',
    genericTitle: 'Coś poszło nie tak',
    genericText: 'Mamy problem. Spróbuj jeszcze raz za chwilę.',
    back: 'Na stronę główną',
  },
  print: {
    pickupTime: 'Godzina odbioru',
    slipCode: 'Kod',
    qrLabel: (code) => `Kod QR, który otwiera karteczkę ${code}`,
    back: 'Wróć',
  },
  delivery: plDelivery,
  outreach: {
    offers: { food: 'Jedzenie', equipment: 'Sprzęt', naloxone: 'Nalokson', wound_care: 'Opatrywanie ran', testing: 'Testy', vaccination: 'Szczepienie', talk: 'Rozmowa' },
    bike: {
      title: 'Gdzie jest rower?',
      intro: 'Rower pomocy stoi w stałych miejscach o stałych godzinach. Tu widzisz, gdzie jest dziś i w tym tygodniu.',
      today: 'Dziś',
      thisWeek: 'Reszta tygodnia',
      noneToday: 'Dziś roweru nie ma.',
      noneWeek: 'W tym tygodniu nie ma już przystanków.',
      cancelled: (reason) => (reason ? `Odwołane: ${reason}` : 'Odwołane'),
      status: { on_time: 'Zgodnie z planem', late: 'Spóźnia się', moved: 'Przeniesione', cancelled: 'Odwołane' },
      map: 'Pokaż na mapie',
      offers: 'Co dostaniesz',
      poster: 'Plakat do wydruku (A4)',
      calendar: 'Dodaj do kalendarza',
      posterTitle: 'Tu znajdziesz rower',
      posterWeek: (from, to) => `${from} – ${to}`,
      posterFooter: 'Sprawdź, czy coś się zmieniło:',
      printNow: 'Drukuj',
    },
    activities: {
      title: 'Zajęcia',
      intro: 'Zajęcia są w małych, stałych grupach. Jeśli chcesz dołączyć, zapytaj pracowników.',
      none: 'Na razie nie ma zajęć.',
      next: 'Najbliższe spotkania',
      noSessions: 'Brak spotkań w najbliższych czterech tygodniach.',
      group: (name) => `Grupa ${name}`,
      free: (n, size) => (n === 0 ? 'Brak miejsc' : `Wolne miejsca: ${n} z ${size}`),
      waiting: (n) => `Lista oczekujących: ${n}`,
      cancelled: (reason) => `Odwołane: ${reason}`,
      calendar: 'Kalendarz',
      manage: 'Zapisy i obecność',
    },
    membership: {
      title: 'Twoje miejsce',
      activity: 'Zajęcia',
      place: 'Miejsce',
      group: 'Grupa',
      code: 'Kod',
      waiting: (n) => `Jesteś na liście oczekujących. Twój numer: ${n}. Dostaniesz miejsce, gdy ktoś zrezygnuje.`,
      left: 'To miejsce jest już zakończone.',
      movedIn: (group) => `Masz miejsce! Jesteś teraz w grupie ${group}.`,
      next: 'Najbliższe spotkania',
      notFoundTitle: 'Nie znamy tego kodu',
      notFoundText: 'Sprawdź, czy kod jest dobrze wpisany. Jeśli potrzebujesz pomocy, zapytaj pracowników.',
    },
    slip: {
      title: 'Karteczka z miejscem',
      label: 'Twoja grupa',
      waiting: 'Lista oczekujących',
      qrLabel: (code) => `Kod QR, który otwiera miejsce ${code}`,
    },
  },
};
