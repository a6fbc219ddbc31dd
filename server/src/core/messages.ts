import type { Finding, InputProblem, Language } from './types';
/** The finding's message in the writer's language. */
export function formatFinding(finding: Finding, lang: Language): string { return `${finding.code} ${lang}`; }
/** An input problem's message in the writer's language. */
export function formatProblem(problem: InputProblem, lang: Language): string { return `${problem.kind} ${problem.path} ${lang}`; }
