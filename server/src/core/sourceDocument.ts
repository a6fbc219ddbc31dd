// What the engine is given to index. Reading files (encodings, HTML, CSV/JSON) is done outside the
// engine, in server/src/sources, so the engine stays pure and testable without IO.

/** A text source: a .txt/.md/.html file, already decoded and with markup removed. */
export interface SourceDocument {
  /** Path as shown to the user; also the key for re-indexing one file. */
  path: string;
  /** The decoded text. Offsets in facts refer to this text. */
  text: string;
  /** Optional: maps offsets of `text` to a user-facing locator (PDF page, DOCX paragraph). */
  locate?: (offset: number) => string | undefined;
  /** Optional: maps offsets of `text` back to line/character in the original file when they differ
   * (HTML). Defaults to the line/character of `text` itself. */
  position?: (offset: number) => { line: number; character: number };
}

/** One row of a structured dataset (CSV/JSON), already parsed; fields as in the documented schema. */
export interface DatasetRow {
  path: string;
  /** 1-based row line in the dataset file (CSV) or index (JSON), for provenance. */
  line: number;
  region?: string;
  period?: string;
  indicator: string;
  /** value | growth | share | diff | rank; defaults from the unit when absent. */
  measure?: string;
  /** The figure as text ("15.2", "1220.7", "第二") or number. */
  value?: string;
  unit?: string;
  /** Rank as text or number ("2", "第二"). */
  rank?: string;
  /** Rank scope (宁波各县(市、区)). */
  scope?: string;
  /** The document the row was taken from, and where in it. */
  sourceDocument?: string;
  sourceLocation?: string;
  note?: string;
  /** Document date (YYYY-MM-DD), if the dataset gives one. */
  date?: string;
  target?: boolean;
}
