import { ATTACHMENT_MAX_BYTES } from '@vaksam/domain/attachments';

/** Files one report may take from the form; more can be added on the report page afterwards. */
export const MAX_FILES_AT_ONCE = 10;

/** The file picker's filter; the server decides by content, this only spares the user a wasted upload. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.heic,.heif';

const ACCEPTED_TYPES = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
]);
// Some browsers give HEIC files no type at all; the name is the only hint the client has.
const ACCEPTED_EXTENSIONS = /\.(jpe?g|png|webp|heic|heif|pdf)$/i;

export type FileProblem = { name: string; reason: 'type' | 'size' | 'empty' | 'count' | 'duplicate' };

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** What the picker adds of newly chosen files, and why it leaves out the rest; at most `maxFiles` in all. */
export function checkFiles(current: readonly File[], chosen: readonly File[], maxFiles = MAX_FILES_AT_ONCE) {
  const files = [...current];
  const problems: FileProblem[] = [];
  for (const file of chosen) {
    const typeKnown = file.type ? ACCEPTED_TYPES.has(file.type) : ACCEPTED_EXTENSIONS.test(file.name);
    const reason: FileProblem['reason'] | null = !typeKnown
      ? 'type'
      : file.size === 0
        ? 'empty'
        : file.size > ATTACHMENT_MAX_BYTES
          ? 'size'
          : files.some((other) => sameFile(other, file))
            ? 'duplicate'
            : files.length >= maxFiles
              ? 'count'
              : null;
    if (reason) problems.push({ name: file.name, reason });
    else files.push(file);
  }
  return { files, problems };
}

/** Whether the browser can be expected to draw a preview; HEIC mostly cannot outside Safari. */
export const canPreview = (file: Blob) => ['image/jpeg', 'image/png', 'image/webp'].includes(file.type);

/** "2,4 MB" or "640 kB", in the user's language. */
export function formatSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${value.toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
  return bytes >= 1024 * 1024 ? format(bytes / 1024 / 1024, 'MB') : format(Math.max(1, bytes / 1024), 'kB');
}
