/** The loaded, validated content: what every page, data file and check works from. */
import type { Force } from '../../schemas/force.ts';
import type { InspectionData, Recommendation } from '../../schemas/inspection.ts';
import type { ResponseData } from '../../schemas/response.ts';
import type { Section } from '../markdown.ts';
import type { Problem } from '../problems.ts';

export type { Force, Recommendation };

export interface RecommendationWithHtml extends Recommendation {
  /** The recommendation's text rendered from Markdown (it may hold a list of parts). */
  html: string;
}

export interface Inspection extends Omit<InspectionData, 'recommendations'> {
  recommendations: RecommendationWithHtml[];
  /** The file name without `.md`: the inspection's id in URLs and in responses. */
  id: string;
  /** Path of the source file, relative to the project. */
  file: string;
  /** The summary, as HTML. */
  html: string;
}

export interface ResponseDocument extends ResponseData {
  /** `<force>/<inspection>` or `<force>/<inspection>--<kind>`: mirrors the content path and URL. */
  id: string;
  /** Path of the source file, relative to the project. */
  file: string;
  /** The document's text, as HTML. */
  html: string;
  /** The document's text, as plain text. */
  text: string;
  /** Its sections that answer recommendations, in document order. */
  sections: Section[];
}

export interface Corpus {
  /** Forces in the order of `forces.yaml`. */
  forces: Force[];
  /** Inspections, newest first. */
  inspections: Inspection[];
  /** Documents, ordered by force and inspection. */
  responses: ResponseDocument[];
}

export interface LoadResult {
  corpus: Corpus;
  /** Every problem found, errors and warnings; the corpus holds only what passed. */
  problems: Problem[];
}
