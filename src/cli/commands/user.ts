import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../../domain/user.js';
import { openRegistry } from '../open-registry.js';
import { askHidden, readFirstLine } from '../prompt.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`must be one of: ${ROLES.join(', ')}.`);
  }
  return value as Role;
}

interface AddOptions {
  readonly email: string;
  readonly role: Role;
  readonly name?: string;
  readonly organisation: string[];
  readonly passwordStdin?: boolean;
  readonly generatePassword?: boolean;
}

/** The password of a new account: typed twice at a hidden prompt, read from stdin, or generated. */
async function choosePassword(options: AddOptions): Promise<{ password: string; generated: boolean }> {
  const { generatePassword } = await import('../../services/auth/passwords.js');
  if (options.passwordStdin) return { password: await readFirstLine(process.stdin), generated: false };
  if (options.generatePassword || !process.stdin.isTTY) return { password: generatePassword(), generated: true };
  const first = await askHidden('Password (leave empty to generate one): ');
  if (first === '') return { password: generatePassword(), generated: true };
  const second = await askHidden('Repeat the password: ');
  if (first !== second) throw new Error('The two passwords differ; nothing was created.');
  return { password: first, generated: false };
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage the accounts of the editorial area');
  user
    .command('add')
    .description('create an account (the first administrator, for one); the password is asked for or generated')
    .requiredOption('--email <address>', 'e-mail address, used to sign in')
    .addOption(new Option('--role <role>', `one of: ${ROLES.join(', ')}`).argParser(role).makeOptionMandatory())
    .option('--name <name>', 'the person’s name')
    .option('--organisation <slug>', 'an organisation whose projects an editor may edit (repeatable)', collect, [])
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--generate-password', 'generate a password and print it once')
    .action(async (options: AddOptions) => {
      const { createUser } = await import('../../services/auth/create-user.js');
      const { password, generated } = await choosePassword(options);
      const { db, close } = await openRegistry('spojnia user');
      try {
        await createUser(
          db,
          {
            email: options.email,
            name: options.name ?? '',
            role: options.role,
            password,
            organisationSlugs: options.organisation,
          },
          null,
        );
        console.log(`Created the ${options.role} account ${options.email.trim().toLowerCase()}.`);
        if (generated) console.log(`Password (shown only this once): ${password}`);
      } finally {
        await close();
      }
    });
  user
    .command('list')
    .description('list the accounts with their roles and organisations')
    .action(async () => {
      const { listAllUsers } = await import('../../services/auth/list-users.js');
      const { db, close } = await openRegistry('spojnia user');
      try {
        for (const account of await listAllUsers(db)) {
          const organisations = account.organisationSlugs.join(',') || '-';
          console.log(
            `${account.email}\t${account.role}\t${account.isActive ? 'active' : 'inactive'}\t${organisations}`,
          );
        }
      } finally {
        await close();
      }
    });
}
