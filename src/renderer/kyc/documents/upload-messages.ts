import type { FileRejection } from '@mantine/dropzone';
import { slotAccepts, slotLabels, type DocumentSlot } from '../../../shared/kyc/fields';
import { formatBytes } from './format';

const typeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
};

/** "JPEG, PNG, WebP, GIF or PDF": what a slot takes, in words. */
export function acceptedTypes(slot: DocumentSlot): string {
  const names = slotAccepts[slot].map((type) => typeNames[type] ?? type);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

/** Why the file picker refused a file, said plainly (before anything is sent to the core). */
export function rejectionMessage(slot: DocumentSlot, rejection: FileRejection, limitMegabytes: number): string {
  const { file, errors } = rejection;
  const codes = errors.map((error) => error.code);
  if (codes.includes('file-too-large')) {
    return `${file.name} is ${formatBytes(file.size)}; files can be at most ${limitMegabytes} MB.`;
  }
  if (codes.includes('file-invalid-type')) {
    return `${file.name} is not a file ${slotLabels[slot]} takes: upload a ${acceptedTypes(slot)} file.`;
  }
  if (codes.includes('too-many-files')) return 'Upload one file at a time.';
  return `${file.name} was not accepted: ${errors[0]?.message ?? 'unknown reason'}.`;
}
