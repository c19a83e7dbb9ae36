import type { OpenDataMessages } from './open-data-messages.js';

export const openDataPl: OpenDataMessages = {
  ogLocale: 'pl_PL',
  feeds: {
    portalTitle: 'Spójnia – aktualności projektów',
    portalSubtitle: 'Najnowsze wiadomości z projektów współfinansowanych przez Unię Europejską',
    projectTitle: (project) => `Aktualności projektu: ${project}`,
    organisationTitle: (organisation) => `Aktualności projektów: ${organisation}`,
    subscribe: 'Kanał Atom z aktualnościami',
    subscribeHint: 'do czytnika wiadomości RSS/Atom',
    aboutProject: 'Projekt:',
    rights: 'Dane: CC BY 4.0 – Spójnia. Zdjęcia i logo należą do ich autorów.',
  },
  footerLicenceLink: 'Licencja danych',
  licence: {
    title: 'Licencja danych',
    heading: 'Licencja danych i kodu',
    lead: 'Wszystko, co publikujemy o projektach – na stronach, w API, w kanałach i w eksportach – możesz pobierać, kopiować, zmieniać i wykorzystywać, także komercyjnie, pod warunkiem podania źródła.',
    sections: [
      {
        heading: 'Dane: Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0)',
        paragraphs: [
          'Opisy projektów, kwoty, daty, miejsca, wskaźniki, aktualności oraz dane organizacji i programów udostępniamy na licencji CC BY 4.0 Międzynarodowe.',
          'Wolno je kopiować i rozpowszechniać w dowolnym formacie oraz przetwarzać i łączyć z innymi danymi w dowolnym celu. Trzeba podać źródło, dołączyć odnośnik do licencji i zaznaczyć, czy dane zostały zmienione.',
        ],
      },
      {
        heading: 'Jak podać źródło',
        paragraphs: [
          'Wystarczy jedno zdanie przy tabeli, wykresie lub artykule, z odnośnikiem do portalu (najlepiej do strony projektu) i do licencji. Jeśli dane zostały przetworzone, napisz to.',
        ],
        example:
          'Źródło: Spójnia – otwarty rejestr projektów z funduszy europejskich, dane na licencji CC BY 4.0 (opracowanie własne).',
      },
      {
        heading: 'Czego licencja nie obejmuje',
        paragraphs: [
          'Zdjęcia i logo projektów oraz organizacji należą do autorów wskazanych przy zdjęciu; wykorzystanie ich poza portalem wymaga zgody autora, chyba że podpis stanowi inaczej. Znaki Unii Europejskiej i programów podlegają ich własnym zasadom.',
          'Dane kontaktowe osób służą wyłącznie kontaktowi w sprawie projektu. Projekty oznaczone jako dane demonstracyjne są wymyślone i nie opisują rzeczywistych działań.',
        ],
      },
      {
        heading: 'Kod: GNU AGPL 3.0 lub nowsza',
        paragraphs: [
          'Oprogramowanie portalu jest wolne: można je uruchamiać, badać, zmieniać i rozpowszechniać na warunkach licencji GNU Affero General Public License w wersji 3 lub nowszej. Kto udostępnia zmienioną wersję w sieci, musi udostępnić też jej kod.',
        ],
      },
    ],
    whereHeading: 'Skąd pobrać dane',
    where: {
      api: 'Otwarte API JSON – bez klucza i bez limitu wierszy',
      apiDocs: 'Dokumentacja API (OpenAPI)',
      feed: 'Kanał Atom z aktualnościami wszystkich projektów',
      sitemap: 'Mapa strony (sitemap.xml) – lista wszystkich stron',
    },
    ccLink: 'Pełny tekst licencji CC BY 4.0',
    agplLink: 'Pełny tekst licencji GNU AGPL 3.0',
  },
};
