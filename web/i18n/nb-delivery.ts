/** What a client reads about a delivery: the stop's page on /t/CODE and its slip. */
export const nbDelivery = {
  title: 'Når vi kommer',
  comeBetween: (start: string, end: string) => `Vi kommer mellom ${start} og ${end}`,
  late: (minutes: number) => `Vi er forsinket, omtrent ${minutes} minutter. Tiden over er den nye.`,
  status: { planned: 'Planlagt', delivered: 'Levert', not_home: 'Vi traff deg ikke hjemme' },
  slipLabel: 'Levering',
  beHome: 'Vær hjemme i dette tidsrommet.',
};
