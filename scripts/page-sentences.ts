import { sentencesOfPassages } from '../src/core/page/read-page';
import { readPageFile } from './page-reader';

/**
 * A page file's sentences as text, read as the extension reads them (page-reader.ts):
 * for benchmarks and tests that need only the texts.
 */
export function pageSentences(fileName: string, content: string): string[] {
  return sentencesOfPassages(readPageFile(fileName, content).passages).map((sentence) => sentence.text.replace(/\s+/g, ' ').trim());
}

export function textSentences(text: string): string[] {
  return pageSentences('page.txt', text);
}
