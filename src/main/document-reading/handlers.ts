import type { HandlerTable } from '../api';
import type { DocumentReadingService } from './service';

export function documentReadingHandlers(
  reading: DocumentReadingService,
): HandlerTable<'documents.compare' | 'documents.readAgain'> {
  return {
    'documents.compare': ({ customerId }) => reading.compare(customerId),
    'documents.readAgain': ({ documentId }) => reading.start(documentId),
  };
}
