import type { OpenDataMessages } from './open-data-messages.js';

export const openDataEn: OpenDataMessages = {
  ogLocale: 'en_GB',
  feeds: {
    portalTitle: 'Spójnia – project news',
    portalSubtitle: 'The latest news from projects co-funded by the European Union',
    projectTitle: (project) => `News of the project: ${project}`,
    organisationTitle: (organisation) => `News of the projects of ${organisation}`,
    subscribe: 'Atom feed of the news',
    subscribeHint: 'for a news reader, RSS/Atom',
    aboutProject: 'Project:',
    rights: 'Data: CC BY 4.0 – Spójnia. Photos and logos belong to their authors.',
  },
  footerLicenceLink: 'Data licence',
  licence: {
    title: 'Data licence',
    heading: 'Licence of the data and the code',
    lead: 'Everything we publish about projects – on the pages, in the API, in feeds and in exports – you may download, copy, change and use, commercially too, as long as you name the source.',
    sections: [
      {
        heading: 'Data: Creative Commons Attribution 4.0 (CC BY 4.0)',
        paragraphs: [
          'Project descriptions, amounts, dates, places, indicators, news, and the data of organisations and programmes are published under CC BY 4.0 International.',
          'You may copy and redistribute them in any format, and process and combine them with other data for any purpose. You must name the source, link to the licence and say whether you changed the data.',
        ],
      },
      {
        heading: 'How to attribute',
        paragraphs: [
          'One sentence next to the table, chart or article is enough, with a link to the portal (ideally to the project page) and to the licence. If you processed the data, say so.',
        ],
        example: 'Source: Spójnia – an open registry of EU-funded projects, data under CC BY 4.0 (own processing).',
      },
      {
        heading: 'What the licence does not cover',
        paragraphs: [
          'Photos and logos of projects and organisations belong to the authors credited with them; using them outside the portal needs the author’s permission unless the credit says otherwise. The emblems of the European Union and of programmes follow their own rules.',
          'Contact details of people are for contacting them about the project only. Projects marked as demonstration data are invented and describe nothing real.',
        ],
      },
      {
        heading: 'Code: GNU AGPL 3.0 or later',
        paragraphs: [
          'The portal’s software is free: you may run, study, change and share it under the GNU Affero General Public License, version 3 or later. Whoever offers a changed version over a network must offer its code too.',
        ],
      },
    ],
    whereHeading: 'Where to get the data',
    where: {
      api: 'Open JSON API – no key, no row cap',
      apiDocs: 'API documentation (OpenAPI)',
      feed: 'Atom feed of the news of every project',
      sitemap: 'Sitemap (sitemap.xml) – a list of every page',
    },
    ccLink: 'Full text of the CC BY 4.0 licence',
    agplLink: 'Full text of the GNU AGPL 3.0 licence',
  },
};
