import type { TabularFormat } from './tabular-format.js';

/**
 * The ministry's "Lista projektów realizowanych z Funduszy Europejskich w Polsce w latach
 * 2014-2020" (from SL2014), as XLSX (header on row 3) or CSV. Headers are bilingual; either
 * half matches.
 */
export const OFFICIAL_2014_2020: TabularFormat = {
  id: 'official-2014-2020',
  label: 'official list of projects 2014-2020',
  fields: [
    { field: 'title', aliases: ['Tytuł projektu', 'Project title'] },
    { field: 'summary', aliases: ['Skrócony opis', 'Skrócony opis projektu', 'Short description', 'Summary'] },
    { field: 'contractNumber', aliases: ['Numer umowy/decyzji', 'Numer umowy', 'Contract/decision number'] },
    { field: 'beneficiary', aliases: ['Nazwa beneficjenta', 'Beneficiary name', 'Beneficiary'] },
    { field: 'fund', aliases: ['Fundusz', 'Fund'] },
    { field: 'programme', aliases: ['Program', 'Program operacyjny', 'Programme', 'Operational programme'] },
    { field: 'priority', aliases: ['Priorytet', 'Oś priorytetowa', 'Priority', 'Priority axis'] },
    { field: 'measure', aliases: ['Działanie', 'Measure'] },
    { field: 'subMeasure', aliases: ['Poddziałanie', 'Submeasure', 'Sub-measure'] },
    { field: 'totalValue', aliases: ['Wartość projektu', 'Total project value', 'Project value'] },
    { field: 'eligibleExpenditure', aliases: ['Wydatki kwalifikowalne', 'Eligible expenditure'] },
    {
      field: 'euAmount',
      aliases: [
        'Wartość unijnego dofinansowania',
        'Wartość dofinansowania UE',
        'EU co-financing',
        'Value of EU co-financing',
      ],
    },
    {
      field: 'cofinancingRate',
      aliases: [
        'Poziom unijnego dofinansowania',
        'Poziom unijnego dofinansowania w procentach',
        'EU co-financing rate',
      ],
    },
    {
      field: 'place',
      aliases: ['Miejsce realizacji projektu', 'Location', 'Project location', 'Place of implementation'],
    },
    {
      field: 'startDate',
      aliases: [
        'Data rozpoczęcia realizacji projektu',
        'Data rozpoczęcia projektu',
        'Project start date',
        'Start date',
      ],
    },
    {
      field: 'endDate',
      aliases: ['Data zakończenia realizacji projektu', 'Data zakończenia projektu', 'Project end date', 'End date'],
    },
    { field: 'finished', aliases: ['Finansowanie zakończone', 'Financing completed', 'Funding completed'] },
  ],
  knownColumns: [
    'Forma finansowania',
    'Typ obszaru, na którym realizowany jest projekt',
    'Projekt konkursowy czy pozakonkursowy',
    'Dziedzina działalności gospodarczej, której dotyczy projekt',
    'Obszar wsparcia projektu',
    'Cel projektu',
    'Cel uzupełniający dla projektów EFS',
    'Projekt realizowany w ramach terytorialnych mechanizmów wdrażania',
  ],
  required: ['title', 'contractNumber', 'beneficiary'],
  conventions: {
    decimalSeparator: ',',
    dateOrder: 'dmy',
    currency: 'PLN',
    period: '2014-2020',
    country: 'PL',
    territorialCooperationInEur: true,
  },
  hints: {},
};
