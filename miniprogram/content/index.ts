import { STAGES } from '../core/content-model';
import type { Lesson, LessonSection, Source, StageId } from '../core/content-model';
import { COMPLETE_LESSONS } from './lessons/complete';
import { DEVELOP_LESSONS } from './lessons/develop';
import { FILING_LESSONS } from './lessons/filing';
import { INTRO_LESSONS } from './lessons/intro';
import { MEMBER_LESSONS } from './lessons/members';
import { REGISTER_LESSONS } from './lessons/register';
import { REGISTER_INFO_LESSONS } from './lessons/register-info';
import { RELEASE_LESSONS } from './lessons/release';
import { SOURCES } from './sources';

export { SOURCES };

function stageRank(stage: StageId): number {
  return STAGES.indexOf(stage);
}

/** Every lesson in course order: by stage (C-05), then by `order` within the stage. */
export const LESSONS: readonly Lesson[] = [
  ...INTRO_LESSONS,
  ...REGISTER_LESSONS,
  ...REGISTER_INFO_LESSONS,
  ...COMPLETE_LESSONS,
  ...FILING_LESSONS,
  ...DEVELOP_LESSONS,
  ...MEMBER_LESSONS,
  ...RELEASE_LESSONS,
].sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || a.order - b.order);

/** A lesson section together with the lesson it belongs to. */
export interface SectionRef {
  readonly lesson: Lesson;
  readonly section: LessonSection;
}

const LESSON_BY_ID: Record<string, Lesson> = {};
const SECTION_BY_ID: Record<string, SectionRef> = {};
const SECTIONS_BY_FACT: Record<string, SectionRef[]> = {};
const SOURCE_BY_ID: Record<string, Source> = {};

for (const lesson of LESSONS) {
  LESSON_BY_ID[lesson.id] = lesson;
  for (const section of lesson.sections) {
    const ref: SectionRef = { lesson, section };
    SECTION_BY_ID[section.id] = ref;
    for (const factId of section.factIds) {
      (SECTIONS_BY_FACT[factId] = SECTIONS_BY_FACT[factId] || []).push(ref);
    }
  }
}
for (const source of SOURCES) SOURCE_BY_ID[source.id] = source;

function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

export function lessonById(id: string): Lesson | undefined {
  return own(LESSON_BY_ID, id);
}

/** The lesson after this one in the course order (LESSONS), or undefined after the last. */
export function nextLessonOf(id: string): Lesson | undefined {
  const i = LESSONS.findIndex((l) => l.id === id);
  return i >= 0 ? LESSONS[i + 1] : undefined;
}

/** The section with this ID and its lesson, e.g. `sectionById('appid-secret.generate')`. */
export function sectionById(id: string): SectionRef | undefined {
  return own(SECTION_BY_ID, id);
}

export function sourceById(id: string): Source | undefined {
  return own(SOURCE_BY_ID, id);
}

/** Lessons of one stage, in order. */
export function lessonsForStage(stage: StageId): Lesson[] {
  return LESSONS.filter((l) => l.stage === stage);
}

/** Every section that teaches a fact, in course order. */
export function sectionsForFact(factId: string): SectionRef[] {
  return (own(SECTIONS_BY_FACT, factId) || []).slice();
}

/**
 * The section that teaches a fact: the first in course order. Console pages use it for the "why?" link next to an
 * error, e.g. `sectionForFact('D-07')` → the server-domain section of the development settings lesson.
 */
export function sectionForFact(factId: string): SectionRef | undefined {
  const refs = own(SECTIONS_BY_FACT, factId);
  return refs ? refs[0] : undefined;
}

/** The lesson page path for a lesson, optionally scrolled to a section: `/pages/lesson/index?id=…&section=…`. */
export function lessonPath(lessonId: string, sectionId?: string): string {
  const base = `/pages/lesson/index?id=${encodeURIComponent(lessonId)}`;
  return sectionId ? `${base}&section=${encodeURIComponent(sectionId)}` : base;
}
