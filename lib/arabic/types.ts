import type { NerModel } from './entities/model';

/** The one shape every layer shares (see DESIGN.md). */
export type Kind = 'person' | 'place' | 'org' | 'date' | 'quote';
export type EntityKind = Extract<Kind, 'person' | 'place' | 'org'>;
export const KINDS: readonly Kind[] = ['person', 'place', 'org', 'date', 'quote'];

export interface Span {
  kind: Kind;
  /** UTF-16 offsets into the analyzed text, end exclusive. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** date: ISO 8601 at the expression's own grain; an interval as "A/B". */
  value?: string;
  /** date: how it was written. */
  calendar?: 'gregorian' | 'hijri';
  /** quote: the speaker's name as written in the text, or null. */
  speaker?: string | null;
}

export interface AnalyzeOptions {
  /** Reference date (YYYY-MM-DD) that relative expressions resolve against. Default: today. */
  ref?: string;
  /** Entity model; undefined: the default set with setDefaultNerModel(); null: the rule-based recognizer. */
  nerModel?: NerModel | null;
}
