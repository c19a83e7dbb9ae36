/** Every URL of the editorial area, per language; views and routes never spell a path themselves. */
export interface AdminPaths {
  readonly root: string;
  readonly signIn: string;
  readonly signOut: string;
  readonly password: string;
  readonly projects: string;
  projectList(query: Readonly<Record<string, string | number | undefined>>): string;
  readonly newProject: string;
  project(id: Id): string;
  projectState(id: Id): string;
  projectDelete(id: Id): string;
  projectPreview(id: Id): string;
  projectHistory(id: Id): string;
  projectRevision(id: Id, number: Id): string;
  projectRestore(id: Id, number: Id): string;
  projectImages(id: Id): string;
  projectImage(id: Id, imageId: Id): string;
  projectImageRemove(id: Id, imageId: Id): string;
  readonly organisations: string;
  readonly newOrganisation: string;
  organisation(id: Id): string;
  organisationLogo(id: Id): string;
  readonly programmes: string;
  readonly newProgramme: string;
  programme(id: Id): string;
  readonly topics: string;
  readonly newTopic: string;
  topic(id: Id): string;
  readonly users: string;
  readonly newUser: string;
  user(id: Id): string;
  userPassword(id: Id): string;
  auditLog(query?: Readonly<Record<string, string | number | undefined>>): string;
  /** The import upload form; each import's progress or report, its status (JSON), its rejected rows. */
  readonly imports: string;
  importRun(id: Id): string;
  importRunStatus(id: Id): string;
  importRunRejected(id: Id): string;
  /** A static file of the editorial area (stylesheet). */
  asset(name: string): string;
  /** Adds a one-time notice to a URL (after a redirect). */
  withNotice(path: string, notice: string): string;
}

/** A number, or a route pattern's parameter such as ":id". */
export type Id = number | string;

export type AdminLanguage = 'pl' | 'en';

interface Words {
  readonly root: string;
  readonly signIn: string;
  readonly signOut: string;
  readonly password: string;
  readonly projects: string;
  readonly newMasculine: string;
  readonly newFeminine: string;
  readonly state: string;
  readonly delete: string;
  readonly preview: string;
  readonly history: string;
  readonly restore: string;
  readonly images: string;
  readonly remove: string;
  readonly organisations: string;
  readonly logo: string;
  readonly programmes: string;
  readonly topics: string;
  readonly users: string;
  readonly audit: string;
  readonly imports: string;
  readonly status: string;
  readonly rejected: string;
}

const WORDS: Record<AdminLanguage, Words> = {
  pl: {
    root: '/admin',
    signIn: 'logowanie',
    signOut: 'wyloguj',
    password: 'haslo',
    projects: 'projekty',
    newMasculine: 'nowy',
    newFeminine: 'nowa',
    state: 'stan',
    delete: 'usun',
    preview: 'podglad',
    history: 'historia',
    restore: 'przywroc',
    images: 'zdjecia',
    remove: 'usun',
    organisations: 'organizacje',
    logo: 'logo',
    programmes: 'programy',
    topics: 'tematy',
    users: 'uzytkownicy',
    audit: 'dziennik',
    imports: 'import',
    status: 'stan',
    rejected: 'odrzucone',
  },
  en: {
    root: '/en/admin',
    signIn: 'sign-in',
    signOut: 'sign-out',
    password: 'password',
    projects: 'projects',
    newMasculine: 'new',
    newFeminine: 'new',
    state: 'state',
    delete: 'delete',
    preview: 'preview',
    history: 'history',
    restore: 'restore',
    images: 'images',
    remove: 'remove',
    organisations: 'organisations',
    logo: 'logo',
    programmes: 'programmes',
    topics: 'topics',
    users: 'users',
    audit: 'audit-log',
    imports: 'import',
    status: 'status',
    rejected: 'rejected',
  },
};

function withQuery(path: string, query: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

function buildPaths(w: Words): AdminPaths {
  const root = w.root;
  const projects = `${root}/${w.projects}`;
  const project = (id: Id) => `${projects}/${id}`;
  const organisations = `${root}/${w.organisations}`;
  const programmes = `${root}/${w.programmes}`;
  const topics = `${root}/${w.topics}`;
  const users = `${root}/${w.users}`;
  return {
    root,
    signIn: `${root}/${w.signIn}`,
    signOut: `${root}/${w.signOut}`,
    password: `${root}/${w.password}`,
    projects,
    projectList: (query) => withQuery(projects, query),
    newProject: `${projects}/${w.newMasculine}`,
    project,
    projectState: (id) => `${project(id)}/${w.state}`,
    projectDelete: (id) => `${project(id)}/${w.delete}`,
    projectPreview: (id) => `${project(id)}/${w.preview}`,
    projectHistory: (id) => `${project(id)}/${w.history}`,
    projectRevision: (id, number) => `${project(id)}/${w.history}/${number}`,
    projectRestore: (id, number) => `${project(id)}/${w.history}/${number}/${w.restore}`,
    projectImages: (id) => `${project(id)}/${w.images}`,
    projectImage: (id, imageId) => `${project(id)}/${w.images}/${imageId}`,
    projectImageRemove: (id, imageId) => `${project(id)}/${w.images}/${imageId}/${w.remove}`,
    organisations,
    newOrganisation: `${organisations}/${w.newFeminine}`,
    organisation: (id) => `${organisations}/${id}`,
    organisationLogo: (id) => `${organisations}/${id}/${w.logo}`,
    programmes,
    newProgramme: `${programmes}/${w.newMasculine}`,
    programme: (id) => `${programmes}/${id}`,
    topics,
    newTopic: `${topics}/${w.newMasculine}`,
    topic: (id) => `${topics}/${id}`,
    users,
    newUser: `${users}/${w.newMasculine}`,
    user: (id) => `${users}/${id}`,
    userPassword: (id) => `${users}/${id}/${w.password}`,
    auditLog: (query = {}) => withQuery(`${root}/${w.audit}`, query),
    imports: `${root}/${w.imports}`,
    importRun: (id) => `${root}/${w.imports}/${id}`,
    importRunStatus: (id) => `${root}/${w.imports}/${id}/${w.status}`,
    importRunRejected: (id) => `${root}/${w.imports}/${id}/${w.rejected}`,
    asset: (name) => `/admin-static/${name}`,
    withNotice: (path, notice) => `${path}${path.includes('?') ? '&' : '?'}ok=${encodeURIComponent(notice)}`,
  };
}

export const ADMIN_PATHS: Record<AdminLanguage, AdminPaths> = { pl: buildPaths(WORDS.pl), en: buildPaths(WORDS.en) };
