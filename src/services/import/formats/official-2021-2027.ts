import type { TabularFormat } from './tabular-format.js';

/**
 * The list of projects 2021-2027 from CST2021: XLSX, sheet "Lista projektów 2021-2027",
 * a title row "stan na …", header on row 2. Amounts in PLN.
 */
export const OFFICIAL_2021_2027: TabularFormat = {
  id: 'official-2021-2027',
  label: 'official list of projects 2021-2027',
  fields: [
    { field: 'title', aliases: ['Nazwa projektu', 'Tytuł projektu', 'Project name'] },
    { field: 'summary', aliases: ['Opis projektu', 'Skrócony opis', 'Project description'] },
    { field: 'contractNumber', aliases: ['Numer umowy/decyzji', 'Numer umowy', 'Contract number'] },
    { field: 'beneficiary', aliases: ['Nazwa beneficjenta', 'Beneficjent', 'Beneficiary name'] },
    { field: 'fund', aliases: ['Fundusz', 'Fund'] },
    { field: 'programme', aliases: ['Program', 'Programme'] },
    { field: 'priority', aliases: ['Priorytet', 'Priority'] },
    { field: 'measure', aliases: ['Działanie', 'Measure'] },
    { field: 'totalValue', aliases: ['Wartość projektu', 'Total value'] },
    { field: 'eligibleExpenditure', aliases: ['Wydatki kwalifikowalne', 'Eligible expenditure'] },
    {
      field: 'cofinancingRate',
      aliases: [
        'Poziom unijnego dofinansowania w procentach',
        'Poziom unijnego dofinansowania',
        'EU co-financing rate',
      ],
    },
    { field: 'euAmount', aliases: ['Dofinansowanie z UE', 'Dofinansowanie UE', 'EU co-financing'] },
    { field: 'place', aliases: ['Miejsce realizacji projektu', 'Location'] },
    {
      field: 'startDate',
      aliases: ['Data rozpoczęcia projektu', 'Data rozpoczęcia realizacji projektu', 'Start date'],
    },
    { field: 'endDate', aliases: ['Data zakończenia projektu', 'Data zakończenia realizacji projektu', 'End date'] },
  ],
  knownColumns: ['Kategoria wsparcia', 'Kategoria interwencji', 'Cel polityki', 'Cel szczegółowy', 'Lp.'],
  required: ['title', 'contractNumber', 'beneficiary'],
  conventions: {
    decimalSeparator: ',',
    dateOrder: 'dmy',
    currency: 'PLN',
    period: '2021-2027',
    country: 'PL',
  },
  hints: { sheet: 'Lista projektów 2021-2027' },
};
