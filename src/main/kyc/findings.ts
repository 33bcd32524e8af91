import type { z } from 'zod';
import { ApiError } from '../../shared/errors';
import type { api } from '../../shared/api';
import type { DocumentReadingService } from '../document-reading/service';

type Decision = z.output<(typeof api)['kyc.decide']['input']>;

/**
 * What the document reading found is for the reviewer to weigh, never a decision: approving a
 * document or selfie check that has findings (a differing field, an expired document, a failed
 * check digit, another face) needs a note saying why, and the findings go into the decision log
 * beside it.
 */
export async function withFindings(reading: DocumentReadingService, decision: Decision): Promise<Decision> {
  if (decision.outcome !== 'approved' || (decision.check !== 'document' && decision.check !== 'selfie'))
    return decision;
  // A file still being read is waited for (seconds): its findings count as much as a finished one's.
  await reading.settled(decision.customerId);
  const comparison = await reading.compare(decision.customerId);
  const { findings } = comparison;
  const ours = findings.filter((finding) => finding.check === decision.check).map((finding) => finding.text);
  if (ours.length === 0) return decision;
  if (!decision.note) {
    const message = `The document reading found ${ours.join('; ')}. Say in the note why you approve anyway`;
    throw new ApiError('VALIDATION', message, { note: message });
  }
  return { ...decision, note: `${decision.note}\nFindings overridden: ${ours.join('; ')}` };
}
