/** The data licence every export carries where its format has room for it. */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution:
    'Dane: portal Spójnia i beneficjenci projektów, licencja CC BY 4.0 / Data: the Spójnia portal and the projects’ beneficiaries, licensed CC BY 4.0',
} as const;
