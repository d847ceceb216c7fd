import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../../src/core/text/clauses';

describe('splitClauses', () => {
  it.each([
    [
      'a semicolon',
      'The mayor opened the new bridge; the council approved the tolls.',
      ['The mayor opened the new bridge', 'the council approved the tolls.'],
    ],
    [
      '", including"',
      'The council discussed several issues, including tolls and parking for residents.',
      ['The council discussed several issues', 'including tolls and parking for residents.'],
    ],
    [
      '", and" before a past-tense verb',
      'The mayor praised the engineers who built the bridge, and condemned the delays caused by the contractor.',
      ['The mayor praised the engineers who built the bridge', 'condemned the delays caused by the contractor.'],
    ],
    [
      '", while"',
      'The new bridge opened to traffic, while the old ferry stopped running after fifty years.',
      ['The new bridge opened to traffic', 'the old ferry stopped running after fifty years.'],
    ],
  ])('splits at %s', (_joint, sentence, clauses) => {
    expect(splitClauses(sentence)).toEqual(clauses);
  });

  it('does not split at "and" before a noun', () => {
    const sentence = 'The mayor opened the long awaited bridge, and the council and the residents celebrated with fireworks.';
    expect(splitClauses(sentence)).toEqual([sentence]);
  });

  it('keeps a short trailing piece attached to the clause before it', () => {
    expect(splitClauses('The mayor opened the new bridge across the river; crowds cheered.')).toHaveLength(1);
  });

  it('joins a short leading piece to the clause after it', () => {
    expect(splitClauses('Crowds cheered; the mayor opened the new bridge across the river.')).toHaveLength(1);
  });

  it('keeps every word of the sentence', () => {
    const sentence = 'He smiled; the mayor opened the new bridge, including its cycle lane; crowds cheered.';
    const words = (text: string) => text.replace(/[;,]/g, '').split(/\s+/);
    expect(words(splitClauses(sentence).join(' '))).toEqual(words(sentence));
  });

  it('returns a sentence without joints whole', () => {
    expect(splitClauses('The bridge spans the river.')).toEqual(['The bridge spans the river.']);
  });
});
