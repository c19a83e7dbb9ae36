/** Words of the open-data parts of the public pages: feeds, the licence page, link previews. */
export interface OpenDataMessages {
  /** Open Graph locale of the pages, e.g. pl_PL. */
  readonly ogLocale: string;
  readonly feeds: {
    readonly portalTitle: string;
    readonly portalSubtitle: string;
    readonly projectTitle: (project: string) => string;
    readonly organisationTitle: (organisation: string) => string;
    /** The visible link to a page's feed. */
    readonly subscribe: string;
    /** What a feed is, for people who have not used one. */
    readonly subscribeHint: string;
    /** In an entry's content: the project the news is about. */
    readonly aboutProject: string;
    /** The `<rights>` of every feed. */
    readonly rights: string;
  };
  readonly footerLicenceLink: string;
  readonly licence: {
    readonly title: string;
    readonly heading: string;
    readonly lead: string;
    readonly sections: readonly {
      readonly heading: string;
      readonly paragraphs: readonly string[];
      /** An example to copy, shown as a quotation. */
      readonly example?: string;
    }[];
    readonly whereHeading: string;
    readonly where: {
      readonly api: string;
      readonly apiDocs: string;
      readonly feed: string;
      readonly sitemap: string;
    };
    readonly ccLink: string;
    readonly agplLink: string;
  };
}
