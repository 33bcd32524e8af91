import { createRequire, Module } from 'node:module';
import type * as ExcelTypes from 'exceljs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * exceljs, with its XML reading fixed: exceljs 4.4.0 (the latest) turns each chunk of a zip
 * entry into text on its own (utils/parse-sax.js), so a character whose UTF-8 bytes straddle
 * two chunks comes out as two U+FFFD ("Göngör" read as "Göng��r" from a 10 MB sheet). Its
 * readers take that function from the module cache; it is replaced there, before exceljs
 * loads, by the same parser fed by one streaming decoder per entry. Every import of exceljs
 * goes through this module (an ESLint rule says so), so none loads it before.
 */
const requireCjs = createRequire(import.meta.url);

type SaxEvent =
  | { eventType: 'opentag'; value: SaxesTagPlain }
  | { eventType: 'text'; value: string }
  | { eventType: 'closetag'; value: SaxesTagPlain };

async function* parseSax(iterable: AsyncIterable<Uint8Array | string>): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let error: Error | undefined;
  let events: SaxEvent[] = [];
  parser.on('error', (problem) => (error = problem));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
  parser.write(decoder.decode());
  if (error) throw error;
  if (events.length > 0) yield events;
}

const parseSaxPath = requireCjs.resolve('exceljs/lib/utils/parse-sax');
if (!requireCjs.cache[parseSaxPath]?.loaded) {
  const module = new Module(parseSaxPath);
  Object.assign(module, { filename: parseSaxPath, loaded: true, exports: parseSax });
  requireCjs.cache[parseSaxPath] = module;
}

const ExcelJS = requireCjs('exceljs') as typeof ExcelTypes;
export default ExcelJS;
export type { CellValue } from 'exceljs';
export type * as Excel from 'exceljs';
