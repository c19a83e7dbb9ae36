import { AppError } from '../../../domain/errors.js';
import { problem } from '../../../domain/problems.js';
import {
  addProjectImage,
  imageWordsProblems,
  listProjectImages,
  removeProjectImage,
  updateProjectImageWords,
} from '../../../services/media/project-images.js';
import { renderPage } from '../../render.js';
import { type AdminRoute, idParam, type RouteArgs } from '../routing.js';
import { field, unknownFields } from '../security/form-body.js';
import type { UploadAttempt } from '../views/components/upload-form.js';
import { renderAdminError } from '../views/error-page.js';
import { ImagesPage, type WordsAttempt } from '../views/images-page.js';

function context(args: RouteArgs) {
  if (!args.session || !args.project) throw new AppError('not_found', 'No project');
  return { user: args.session.user, project: args.project };
}

async function renderImages(
  args: RouteArgs,
  attempt: UploadAttempt | null,
  status = 200,
  wordsAttempt: WordsAttempt | null = null,
) {
  const { project } = context(args);
  const [logos, photos] = await Promise.all([
    listProjectImages(args.deps.db, project.id, 'logo'),
    listProjectImages(args.deps.db, project.id, 'photo'),
  ]);
  return renderPage(
    args.reply,
    <ImagesPage
      ctx={args.ctx}
      project={project}
      logo={logos.at(-1) ?? null}
      photos={photos}
      attempt={attempt}
      wordsAttempt={wordsAttempt}
    />,
    status,
  );
}

/**
 * An upload: the file's real type is found from its bytes, it is re-encoded, and the words
 * are required. A refused upload shows the page again with the problems and the words typed.
 */
async function upload(args: RouteArgs) {
  const { reply, ctx, deps, body } = args;
  const { user, project } = context(args);
  if (unknownFields(body, (name) => ['kind', 'file', 'alt', 'credit'].includes(name)).length > 0) {
    return renderAdminError(reply, ctx, 400);
  }
  const kind = field(body, 'kind') === 'logo' ? 'logo' : 'photo';
  const words = { alt: field(body, 'alt'), credit: field(body, 'credit') };
  if (!body.file) {
    const problems = [problem('file', 'file_required', 'Choose a file'), ...imageWordsProblems(words)];
    return renderImages(args, { kind, ...words, problems }, 400);
  }
  try {
    await addProjectImage(
      deps.db,
      deps.mediaFolder,
      project.id,
      { data: body.file, kind, ...words },
      {
        id: user.id,
        email: user.email,
      },
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') {
      return renderImages(args, { kind, ...words, problems: error.problems }, 400);
    }
    throw error;
  }
  return reply.redirect(ctx.paths.withNotice(ctx.paths.projectImages(project.id), 'uploaded'), 303);
}

async function updateWords(args: RouteArgs) {
  const { reply, ctx, deps, body, params } = args;
  const { user, project } = context(args);
  const imageId = idParam(params, 'imageId');
  const altName = `alt-${imageId}`;
  const creditName = `credit-${imageId}`;
  if (unknownFields(body, (name) => name === altName || name === creditName).length > 0) {
    return renderAdminError(reply, ctx, 400);
  }
  const words = { alt: field(body, altName), credit: field(body, creditName) };
  try {
    await updateProjectImageWords(deps.db, project.id, imageId, words, { id: user.id, email: user.email });
  } catch (error) {
    // Refused words are shown again at their photo, as typed, with the problems beside them.
    if (error instanceof AppError && error.code === 'invalid_input') {
      return renderImages(args, null, 400, { imageId, ...words, problems: error.problems });
    }
    throw error;
  }
  return reply.redirect(ctx.paths.withNotice(ctx.paths.projectImages(project.id), 'words'), 303);
}

async function remove(args: RouteArgs) {
  const { reply, ctx, deps, body, params } = args;
  const { user, project } = context(args);
  if (unknownFields(body, () => false).length > 0) return renderAdminError(reply, ctx, 400);
  await removeProjectImage(deps.db, project.id, idParam(params, 'imageId'), { id: user.id, email: user.email });
  return reply.redirect(ctx.paths.withNotice(ctx.paths.projectImages(project.id), 'removed'), 303);
}

export const imageRoutes: readonly AdminRoute[] = [
  {
    name: 'images.list',
    method: 'GET',
    path: (p) => p.projectImages(':id'),
    access: 'canManageProjectImages',
    handle: (args) => renderImages(args, null),
  },
  {
    name: 'images.upload',
    method: 'POST',
    path: (p) => p.projectImages(':id'),
    access: 'canManageProjectImages',
    upload: true,
    handle: upload,
  },
  {
    name: 'images.words',
    method: 'POST',
    path: (p) => p.projectImage(':id', ':imageId'),
    access: 'canManageProjectImages',
    handle: updateWords,
  },
  {
    name: 'images.remove',
    method: 'POST',
    path: (p) => p.projectImageRemove(':id', ':imageId'),
    access: 'canManageProjectImages',
    handle: remove,
  },
];
