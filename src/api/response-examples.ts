// Written by scripts/write-api-examples.ts from the demo registry; run it again rather than editing by hand.

/** One whole answer of each JSON endpoint, by operation id, shown in the OpenAPI document. */
export const RESPONSE_EXAMPLES: Readonly<Record<string, unknown>> = {
  listProjects: {
    data: [],
    meta: {
      query: 'rewitalizacja',
      sort: 'relevance',
      total: 0,
      totalIsExact: true,
      pageSize: 2,
      nextCursor: null,
      ignored: [],
    },
    facets: {
      programme: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      fund: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      period: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      topic: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      status: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      category: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      voivodeship: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      municipality: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      beneficiary: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      partnerCountry: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      startYear: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      valueRange: {
        values: [],
        distinct: 0,
        approximate: false,
      },
      cofinancingRange: {
        values: [],
        distinct: 0,
        approximate: false,
      },
    },
    totals: {
      count: 0,
      byCurrency: [],
    },
    links: {
      self: '/api/v1/projects?q=rewitalizacja&pageSize=2',
      first: '/api/v1/projects?q=rewitalizacja&pageSize=2',
      next: null,
    },
  },
  getProject: {
    slug: 'hajnowka-odnowa',
    title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
    summary:
      'Ośrodek Wspierania Organizacji Pozarządowych z Gminą Miejską Hajnówka i włoskim partnerem La Polveriera wypracowuje kooperacyjny model zarządzania usługami społecznymi w obszarze rewitalizacji Hajnówki.',
    programme: {
      slug: 'power-2014-2020',
      code: '2014PL05M9OP001',
      name: 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
      shortName: 'POWER',
      period: '2014-2020',
      url: '/programy/power-2014-2020',
      apiUrl: '/api/v1/programmes/power-2014-2020',
    },
    beneficiary: {
      slug: 'owop-bialystok',
      name: 'Ośrodek Wspierania Organizacji Pozarządowych',
      shortName: 'OWOP',
      country: 'PL',
      city: 'Białystok',
      url: '/organizacje/owop-bialystok',
      apiUrl: '/api/v1/organisations/owop-bialystok',
    },
    status: 'in_progress',
    period: '2014-2020',
    startDate: '2018-07-01',
    endDate: '2021-09-28',
    totalValue: {
      amount: '1015798.80',
      minorUnits: 101579880,
      currency: 'PLN',
    },
    cofinancing: {
      amount: '979798.80',
      minorUnits: 97979880,
      currency: 'PLN',
    },
    isDemo: false,
    translations: {
      en: {
        title: 'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
        summary:
          'The Centre for Supporting Non-Governmental Organisations, with the Municipality of Hajnówka and the Italian partner La Polveriera, develops a cooperative model of managing social services in the revitalisation area of Hajnówka.',
        description: null,
        goal: 'The goal of the project is to develop the social and economic functions of the town of Hajnówka by introducing an innovative cooperative model of managing social services in the revitalisation area of Hajnówka, in cooperation with the Italian partner from Reggio Emilia, by 28 September 2021.',
        results:
          '<p>The strength of the project’s results will be combining many services into one package and setting up a consortium of social-economy entities, which lets them join forces and bring even small non-governmental organisations and social cooperatives into the task, and – following the practice of Reggio Emilia – cooperation with the academic community: Białystok University of Technology, Faculty of Industrial Design.</p>',
      },
    },
    url: '/projekty/hajnowka-odnowa',
    apiUrl: '/api/v1/projects/hajnowka-odnowa',
    description:
      '<p>Ośrodek Wspierania Organizacji Pozarządowych w Białymstoku w partnerstwie z Gminą Miejską Hajnówka oraz partnerem ponadnarodowym z Włoch „La Polveriera” od 1 lipca 2018 roku realizuje projekt „Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia”, w ramach Programu Operacyjnego Wiedza Edukacja Rozwój, Oś Priorytetowa IV Innowacje społeczne i współpraca ponadnarodowa, Działanie 4.3 Współpraca ponadnarodowa.</p>\n<p>Rozwiązanie wypracowywane w ramach projektu, przez międzysektorową Grupę Inicjatywną, będzie wdrażane przy szerokiej współpracy partnerów lokalnych. Wypracowywane wspólnie z partnerem ponadnarodowym innowacyjne rozwiązanie będzie składać się z trzech komponentów:</p>\n<ol>\n<li>Modelu zlecania usług konsorcjom PES,</li>\n<li>Modelu zarządzania Konsorcjum PES oraz</li>\n<li>Modelu usług społecznych świadczonych przez konsorcjum PES.</li>\n</ol>\n<p>W szczególności realizatorom projektu zależy na wypracowaniu rozwiązań, które:</p>\n<ul>\n<li>pozwolą na wypracowanie trwałych rozwiązań dotychczas nie wprowadzanych na terenie miasta Hajnówka,</li>\n<li>oprą się na systemowym animowaniu, inkubowaniu i wspierania podmiotów sektora ekonomii społecznej,</li>\n<li>będą bazowały na trwałej systematycznej współpracy sektora publicznego, społecznego, gospodarczego i naukowego,</li>\n<li>będą dążyły do realizacji usług publicznych dostosowanych do potrzeb społeczności lokalnej w zrewitalizowanym budynku,</li>\n<li>uwzględnią lokalny potencjał oraz zasoby (plebiscyt/konkurs na lokalny motyw wykorzystywany w projekcie, wypracowanie społecznej koncepcji miejsca i otoczenia świadczenia usług społecznych, wykorzystanie na wzór La Polveriery rewitalizacji w skali mikro i makro, np. na poziomie mikro to techniki upcyclingu stosowane w pracy z grupami zagrożonymi wykluczeniem społecznym).</li>\n</ul>',
    goal: 'Celem projektu jest rozwój funkcji społeczno-gospodarczych Miasta Hajnówka poprzez wdrożenie innowacyjnego modelu kooperacyjnego zarządzania usługami społecznymi w obszarze rewitalizacji Miasta Hajnówka we współpracy z partnerem włoskim z Reggio Emilia do 28 września 2021.',
    results:
      '<p>Mocną stroną efektów projektu będzie połączenie wielu usług w jeden pakiet oraz powstanie konsorcjum podmiotów ekonomii społecznej, które pozwoli połączyć siły, włączyć nawet małe organizacje pozarządowe i spółdzielnie socjalne do realizacji zadania oraz – na wzór praktyki z Reggio Emilia – współpraca ze środowiskiem naukowym – Politechniką Białostocką, Wydziałem Wzornictwa Przemysłowego.</p>',
    contractNumber: null,
    externalIds: {
      kohesio: null,
      officialList: null,
      keepEu: null,
    },
    priorityAxis: {
      code: 'IV',
      name: 'Innowacje społeczne i współpraca ponadnarodowa',
    },
    measure: {
      code: '4.3',
      name: 'Współpraca ponadnarodowa',
    },
    subMeasure: null,
    funds: ['ESF'],
    category: 'non_investment',
    topics: [
      {
        slug: 'ekonomia-spoleczna',
        namePl: 'Ekonomia społeczna',
        nameEn: 'Social economy',
      },
      {
        slug: 'rewitalizacja',
        namePl: 'Rewitalizacja',
        nameEn: 'Urban regeneration',
      },
    ],
    currency: 'PLN',
    eligibleExpenditure: null,
    funding: [
      {
        source: 'eu',
        amount: {
          amount: '957796.69',
          minorUnits: 95779669,
          currency: 'PLN',
        },
      },
      {
        source: 'state_budget',
        amount: {
          amount: '22002.11',
          minorUnits: 2200211,
          currency: 'PLN',
        },
      },
    ],
    places: [
      {
        label: 'Hajnówka, obszar rewitalizacji',
        country: 'PL',
        voivodeship: 'podlaskie',
        county: 'hajnowski',
        municipality: 'Hajnówka',
        teryt: '2005011',
        city: 'Hajnówka',
        areaName: 'obszar rewitalizacji Miasta Hajnówka',
        latitude: 52.7433,
        longitude: 23.5811,
      },
    ],
    partners: [
      {
        organisation: {
          slug: 'gmina-miejska-hajnowka',
          name: 'Gmina Miejska Hajnówka',
          shortName: 'Hajnówka',
          country: 'PL',
          city: 'Hajnówka',
          url: '/organizacje/gmina-miejska-hajnowka',
          apiUrl: '/api/v1/organisations/gmina-miejska-hajnowka',
        },
        role: 'partner',
        note: null,
      },
      {
        organisation: {
          slug: 'la-polveriera',
          name: 'La Polveriera',
          shortName: null,
          country: 'IT',
          city: 'Reggio Emilia',
          url: '/organizacje/la-polveriera',
          apiUrl: '/api/v1/organisations/la-polveriera',
        },
        role: 'transnational_partner',
        note: 'partner ponadnarodowy z Reggio Emilia',
      },
    ],
    phases: [],
    updates: [
      {
        date: '2018-07-01',
        datePrecision: 'day',
        title: 'Start projektu',
        body: 'Od 1 lipca 2018 roku Ośrodek Wspierania Organizacji Pozarządowych w partnerstwie z Gminą Miejską Hajnówka i partnerem ponadnarodowym z Włoch „La Polveriera” realizuje projekt.',
        translations: {
          en: {
            title: 'The project starts',
            body: 'From 1 July 2018 the Centre for Supporting Non-Governmental Organisations, in partnership with the Municipality of Hajnówka and the transnational partner from Italy, La Polveriera, carries out the project.',
          },
        },
      },
    ],
    indicators: [],
    links: [],
    relations: [],
    groups: [
      {
        name: 'Grupa Inicjatywna',
        description:
          'Międzysektorowa grupa, która wypracowuje rozwiązanie wdrażane przy szerokiej współpracy partnerów lokalnych.',
        members: [],
      },
    ],
    contact: {
      name: 'Ośrodek Wspierania Organizacji Pozarządowych',
      email: null,
      phone: null,
      note: 'Jeśli jesteś zainteresowany informacjami o projekcie prosimy o kontakt.',
    },
    website: null,
    logoUrl: null,
    editorialState: 'published',
    provenance: {
      source: 'manual',
      file: null,
      row: null,
    },
    createdAt: '2026-11-30T05:28:51.161Z',
    updatedAt: '2026-11-30T05:28:51.161Z',
    cofinancingRate: 96.46,
    ownContribution: {
      amount: '36000.00',
      minorUnits: 3600000,
      currency: 'PLN',
    },
    statusHint: 'end_date_passed',
    breakdownWarnings: [],
  },
  listOrganisations: {
    data: [
      {
        slug: 'citta-di-torino',
        name: 'Città di Torino',
        shortName: null,
        country: 'IT',
        city: 'Turyn',
        url: '/organizacje/citta-di-torino',
        apiUrl: '/api/v1/organisations/citta-di-torino',
        kind: 'foreign_city',
        website: null,
        identifiers: {},
        isDemo: false,
        projectCount: 1,
      },
      {
        slug: 'comune-di-bologna',
        name: 'Comune di Bologna',
        shortName: null,
        country: 'IT',
        city: 'Bolonia',
        url: '/organizacje/comune-di-bologna',
        apiUrl: '/api/v1/organisations/comune-di-bologna',
        kind: 'foreign_city',
        website: null,
        identifiers: {},
        isDemo: true,
        projectCount: 0,
      },
    ],
    meta: {
      page: 1,
      pageSize: 2,
      total: 4,
      totalPages: 2,
    },
    links: {
      self: '/api/v1/organisations?country=IT&page=1&pageSize=2',
      next: '/api/v1/organisations?country=IT&page=2&pageSize=2',
      prev: null,
    },
  },
  getOrganisation: {
    organisation: {
      slug: 'owop-bialystok',
      name: 'Ośrodek Wspierania Organizacji Pozarządowych',
      shortName: 'OWOP',
      country: 'PL',
      city: 'Białystok',
      url: '/organizacje/owop-bialystok',
      apiUrl: '/api/v1/organisations/owop-bialystok',
      kind: 'ngo',
      website: null,
      identifiers: {},
      isDemo: false,
    },
    asBeneficiary: {
      data: [
        {
          slug: 'hajnowka-odnowa',
          title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
          summary:
            'Ośrodek Wspierania Organizacji Pozarządowych z Gminą Miejską Hajnówka i włoskim partnerem La Polveriera wypracowuje kooperacyjny model zarządzania usługami społecznymi w obszarze rewitalizacji Hajnówki.',
          programme: {
            slug: 'power-2014-2020',
            code: '2014PL05M9OP001',
            name: 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
            shortName: 'POWER',
            period: '2014-2020',
            url: '/programy/power-2014-2020',
            apiUrl: '/api/v1/programmes/power-2014-2020',
          },
          beneficiary: {
            slug: 'owop-bialystok',
            name: 'Ośrodek Wspierania Organizacji Pozarządowych',
            shortName: 'OWOP',
            country: 'PL',
            city: 'Białystok',
            url: '/organizacje/owop-bialystok',
            apiUrl: '/api/v1/organisations/owop-bialystok',
          },
          status: 'in_progress',
          period: '2014-2020',
          startDate: '2018-07-01',
          endDate: '2021-09-28',
          totalValue: {
            amount: '1015798.80',
            minorUnits: 101579880,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '979798.80',
            minorUnits: 97979880,
            currency: 'PLN',
          },
          isDemo: false,
          translations: {
            en: {
              title: 'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
              summary:
                'The Centre for Supporting Non-Governmental Organisations, with the Municipality of Hajnówka and the Italian partner La Polveriera, develops a cooperative model of managing social services in the revitalisation area of Hajnówka.',
            },
          },
          url: '/projekty/hajnowka-odnowa',
          apiUrl: '/api/v1/projects/hajnowka-odnowa',
        },
      ],
      meta: {
        page: 1,
        pageSize: 50,
        total: 1,
        totalPages: 1,
      },
    },
    asPartner: {
      data: [],
      meta: {
        page: 1,
        pageSize: 50,
        total: 0,
        totalPages: 0,
      },
    },
    beneficiaryTotals: {
      count: 1,
      byCurrency: [
        {
          currency: 'PLN',
          count: 1,
          totalValue: {
            amount: '1015798.80',
            minorUnits: 101579880,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '979798.80',
            minorUnits: 97979880,
            currency: 'PLN',
          },
        },
      ],
    },
    partnerTotals: {
      count: 0,
      byCurrency: [],
    },
  },
  listProgrammes: {
    data: [
      {
        slug: 'feng-2021-2027',
        code: '2021PL16RFPR001',
        name: 'Fundusze Europejskie dla Nowoczesnej Gospodarki 2021-2027',
        shortName: 'FENG',
        period: '2021-2027',
        url: '/programy/feng-2021-2027',
        apiUrl: '/api/v1/programmes/feng-2021-2027',
        nameEn: 'European Funds for a Modern Economy 2021-2027',
        funds: ['ERDF'],
        managingAuthority: 'Ministerstwo Funduszy i Polityki Regionalnej',
        website: 'https://www.nowoczesnagospodarka.gov.pl',
        projectCount: 0,
      },
      {
        slug: 'fers-2021-2027',
        code: '2021PL05SFPR001',
        name: 'Fundusze Europejskie dla Rozwoju Społecznego 2021-2027',
        shortName: 'FERS',
        period: '2021-2027',
        url: '/programy/fers-2021-2027',
        apiUrl: '/api/v1/programmes/fers-2021-2027',
        nameEn: 'European Funds for Social Development 2021-2027',
        funds: ['ESF+'],
        managingAuthority: 'Ministerstwo Funduszy i Polityki Regionalnej',
        website: 'https://www.funduszeeuropejskie.gov.pl',
        projectCount: 1,
      },
    ],
  },
  getProgramme: {
    programme: {
      slug: 'power-2014-2020',
      code: '2014PL05M9OP001',
      name: 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
      shortName: 'POWER',
      period: '2014-2020',
      url: '/programy/power-2014-2020',
      apiUrl: '/api/v1/programmes/power-2014-2020',
      nameEn: 'Knowledge Education Development Operational Programme 2014-2020',
      funds: ['ESF', 'YEI'],
      managingAuthority: 'Ministerstwo Funduszy i Polityki Regionalnej',
      website: 'https://www.power.gov.pl',
    },
    projects: {
      data: [
        {
          slug: 'praca-na-start-kompleksowe-wsparcie-osob-mlodych-pozostajacych-bez-7',
          title: 'Praca na start – kompleksowe wsparcie osób młodych pozostających bez pracy w Lublinie',
          summary:
            'Celem projektu jest zwiększenie zatrudnienia osób młodych pozostających bez pracy w Lublinie. Wsparcie obejmuje także pośrednictwo pracy i dotacje na założenie działalności gospodarczej.',
          programme: {
            slug: 'power-2014-2020',
            code: '2014PL05M9OP001',
            name: 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
            shortName: 'POWER',
            period: '2014-2020',
            url: '/programy/power-2014-2020',
            apiUrl: '/api/v1/programmes/power-2014-2020',
          },
          beneficiary: {
            slug: 'polinet-sp-z-o-o',
            name: 'Polinet sp. z o.o.',
            shortName: 'Polinet',
            country: 'PL',
            city: 'Lublin',
            url: '/organizacje/polinet-sp-z-o-o',
            apiUrl: '/api/v1/organisations/polinet-sp-z-o-o',
          },
          status: 'completed',
          period: '2014-2020',
          startDate: '2019-02-01',
          endDate: '2021-06-30',
          totalValue: {
            amount: '2995540.04',
            minorUnits: 299554004,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '1497770.02',
            minorUnits: 149777002,
            currency: 'PLN',
          },
          isDemo: true,
          translations: {
            en: {
              title: null,
              summary: null,
            },
          },
          url: '/projekty/praca-na-start-kompleksowe-wsparcie-osob-mlodych-pozostajacych-bez-7',
          apiUrl: '/api/v1/projects/praca-na-start-kompleksowe-wsparcie-osob-mlodych-pozostajacych-bez-7',
        },
        {
          slug: 'hajnowka-odnowa',
          title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
          summary:
            'Ośrodek Wspierania Organizacji Pozarządowych z Gminą Miejską Hajnówka i włoskim partnerem La Polveriera wypracowuje kooperacyjny model zarządzania usługami społecznymi w obszarze rewitalizacji Hajnówki.',
          programme: {
            slug: 'power-2014-2020',
            code: '2014PL05M9OP001',
            name: 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
            shortName: 'POWER',
            period: '2014-2020',
            url: '/programy/power-2014-2020',
            apiUrl: '/api/v1/programmes/power-2014-2020',
          },
          beneficiary: {
            slug: 'owop-bialystok',
            name: 'Ośrodek Wspierania Organizacji Pozarządowych',
            shortName: 'OWOP',
            country: 'PL',
            city: 'Białystok',
            url: '/organizacje/owop-bialystok',
            apiUrl: '/api/v1/organisations/owop-bialystok',
          },
          status: 'in_progress',
          period: '2014-2020',
          startDate: '2018-07-01',
          endDate: '2021-09-28',
          totalValue: {
            amount: '1015798.80',
            minorUnits: 101579880,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '979798.80',
            minorUnits: 97979880,
            currency: 'PLN',
          },
          isDemo: false,
          translations: {
            en: {
              title: 'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
              summary:
                'The Centre for Supporting Non-Governmental Organisations, with the Municipality of Hajnówka and the Italian partner La Polveriera, develops a cooperative model of managing social services in the revitalisation area of Hajnówka.',
            },
          },
          url: '/projekty/hajnowka-odnowa',
          apiUrl: '/api/v1/projects/hajnowka-odnowa',
        },
      ],
      meta: {
        page: 1,
        pageSize: 20,
        total: 2,
        totalPages: 1,
      },
    },
    projectsUrl: '/api/v1/projects?programme=power-2014-2020',
    totals: {
      count: 2,
      byCurrency: [
        {
          currency: 'PLN',
          count: 2,
          totalValue: {
            amount: '4011338.84',
            minorUnits: 401133884,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '2477568.82',
            minorUnits: 247756882,
            currency: 'PLN',
          },
        },
      ],
    },
  },
  listTopics: {
    data: [
      {
        slug: 'cyfryzacja',
        namePl: 'Cyfryzacja',
        nameEn: 'Digitalisation',
      },
      {
        slug: 'edukacja',
        namePl: 'Edukacja',
        nameEn: 'Education',
      },
    ],
  },
  getTopic: {
    topic: {
      slug: 'rewitalizacja',
      namePl: 'Rewitalizacja',
      nameEn: 'Urban regeneration',
    },
    projects: {
      data: [
        {
          slug: 'adaptacja-zabytkowej-kamienicy-na-centrum-aktywnosci-lokalnej-w-nowym-11',
          title: 'Adaptacja zabytkowej kamienicy na centrum aktywności lokalnej w Nowym Sączu',
          summary:
            'Celem projektu jest stworzenie miejsca aktywności społecznej i kulturalnej dla mieszkańców obszaru rewitalizacji w Nowym Sączu. Odnowiony budynek zostanie przeznaczony na działalność społeczną, kulturalną i edukacyjną.',
          programme: {
            slug: 'rpo-malopolska-2014-2020',
            code: '2014PL16M2OP006',
            name: 'Regionalny Program Operacyjny Województwa Małopolskiego 2014-2020',
            shortName: 'RPO WM',
            period: '2014-2020',
            url: '/programy/rpo-malopolska-2014-2020',
            apiUrl: '/api/v1/programmes/rpo-malopolska-2014-2020',
          },
          beneficiary: {
            slug: 'gmina-miejska-nowy-sacz',
            name: 'Gmina Miejska Nowy Sącz',
            shortName: 'Nowy Sącz',
            country: 'PL',
            city: 'Nowy Sącz',
            url: '/organizacje/gmina-miejska-nowy-sacz',
            apiUrl: '/api/v1/organisations/gmina-miejska-nowy-sacz',
          },
          status: 'completed',
          period: '2014-2020',
          startDate: '2019-08-01',
          endDate: '2020-09-29',
          totalValue: {
            amount: '1405926.92',
            minorUnits: 140592692,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '986968.26',
            minorUnits: 98696826,
            currency: 'PLN',
          },
          isDemo: true,
          translations: {
            en: {
              title: null,
              summary: null,
            },
          },
          url: '/projekty/adaptacja-zabytkowej-kamienicy-na-centrum-aktywnosci-lokalnej-w-nowym-11',
          apiUrl: '/api/v1/projects/adaptacja-zabytkowej-kamienicy-na-centrum-aktywnosci-lokalnej-w-nowym-11',
        },
        {
          slug: 'hajnowka-odnowa',
          title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
          summary:
            'Ośrodek Wspierania Organizacji Pozarządowych z Gminą Miejską Hajnówka i włoskim partnerem La Polveriera wypracowuje kooperacyjny model zarządzania usługami społecznymi w obszarze rewitalizacji Hajnówki.',
          programme: {
            slug: 'power-2014-2020',
            code: '2014PL05M9OP001',
            name: 'Program Operacyjny Wiedza Edukacja Rozwój 2014-2020',
            shortName: 'POWER',
            period: '2014-2020',
            url: '/programy/power-2014-2020',
            apiUrl: '/api/v1/programmes/power-2014-2020',
          },
          beneficiary: {
            slug: 'owop-bialystok',
            name: 'Ośrodek Wspierania Organizacji Pozarządowych',
            shortName: 'OWOP',
            country: 'PL',
            city: 'Białystok',
            url: '/organizacje/owop-bialystok',
            apiUrl: '/api/v1/organisations/owop-bialystok',
          },
          status: 'in_progress',
          period: '2014-2020',
          startDate: '2018-07-01',
          endDate: '2021-09-28',
          totalValue: {
            amount: '1015798.80',
            minorUnits: 101579880,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '979798.80',
            minorUnits: 97979880,
            currency: 'PLN',
          },
          isDemo: false,
          translations: {
            en: {
              title: 'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
              summary:
                'The Centre for Supporting Non-Governmental Organisations, with the Municipality of Hajnówka and the Italian partner La Polveriera, develops a cooperative model of managing social services in the revitalisation area of Hajnówka.',
            },
          },
          url: '/projekty/hajnowka-odnowa',
          apiUrl: '/api/v1/projects/hajnowka-odnowa',
        },
      ],
      meta: {
        page: 1,
        pageSize: 2,
        total: 4,
        totalPages: 2,
      },
    },
    projectsUrl: '/api/v1/projects?topic=rewitalizacja',
    url: '/projekty?temat=rewitalizacja',
    totals: {
      count: 4,
      byCurrency: [
        {
          currency: 'PLN',
          count: 4,
          totalValue: {
            amount: '5559188.39',
            minorUnits: 555918839,
            currency: 'PLN',
          },
          cofinancing: {
            amount: '4521355.16',
            minorUnits: 452135516,
            currency: 'PLN',
          },
        },
      ],
    },
  },
  getStats: {
    meta: {
      query: '',
      filters: {
        voivodeship: ['podlaskie'],
      },
      ignored: [],
    },
    count: 2,
    byCurrency: [
      {
        currency: 'PLN',
        count: 2,
        totalValue: {
          amount: '9836049.25',
          minorUnits: 983604925,
          currency: 'PLN',
        },
        cofinancing: {
          amount: '5945788.57',
          minorUnits: 594578857,
          currency: 'PLN',
        },
        euContribution: {
          amount: '5923786.46',
          minorUnits: 592378646,
          currency: 'PLN',
        },
      },
    ],
    byFacet: {
      programme: {
        distinct: 2,
        groups: [
          {
            value: 'power-2014-2020',
            name: 'POWER',
            count: 1,
            byCurrency: [
              {
                currency: 'PLN',
                count: 1,
                totalValue: {
                  amount: '1015798.80',
                  minorUnits: 101579880,
                  currency: 'PLN',
                },
                cofinancing: {
                  amount: '979798.80',
                  minorUnits: 97979880,
                  currency: 'PLN',
                },
                euContribution: {
                  amount: '957796.69',
                  minorUnits: 95779669,
                  currency: 'PLN',
                },
              },
            ],
          },
          {
            value: 'rpo-podlaskie-2014-2020',
            name: 'RPOWP',
            count: 1,
            byCurrency: [
              {
                currency: 'PLN',
                count: 1,
                totalValue: {
                  amount: '8820250.45',
                  minorUnits: 882025045,
                  currency: 'PLN',
                },
                cofinancing: {
                  amount: '4965989.77',
                  minorUnits: 496598977,
                  currency: 'PLN',
                },
                euContribution: {
                  amount: '4965989.77',
                  minorUnits: 496598977,
                  currency: 'PLN',
                },
              },
            ],
          },
        ],
      },
      fund: {
        distinct: 2,
        groups: [
          {
            value: 'ERDF',
            name: null,
            count: 1,
            byCurrency: [
              {
                currency: 'PLN',
                count: 1,
                totalValue: {
                  amount: '8820250.45',
                  minorUnits: 882025045,
                  currency: 'PLN',
                },
                cofinancing: {
                  amount: '4965989.77',
                  minorUnits: 496598977,
                  currency: 'PLN',
                },
                euContribution: {
                  amount: '4965989.77',
                  minorUnits: 496598977,
                  currency: 'PLN',
                },
              },
            ],
          },
          {
            value: 'ESF',
            name: null,
            count: 1,
            byCurrency: [
              {
                currency: 'PLN',
                count: 1,
                totalValue: {
                  amount: '1015798.80',
                  minorUnits: 101579880,
                  currency: 'PLN',
                },
                cofinancing: {
                  amount: '979798.80',
                  minorUnits: 97979880,
                  currency: 'PLN',
                },
                euContribution: {
                  amount: '957796.69',
                  minorUnits: 95779669,
                  currency: 'PLN',
                },
              },
            ],
          },
        ],
      },
    },
  },
};
