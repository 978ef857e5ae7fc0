/** What two courses' syllabi (or descriptions) both cover, and what only one does, as matcher concepts. */
import { analyse } from '../match/concepts';
import type { Course } from '../model';

export interface TopicsComparison {
  both: string[];
  onlyCourse: string[];
  onlyOther: string[];
}

function topicConcepts(course: Pick<Course, 'title' | 'topics' | 'description'>): Set<string> {
  const text = [...(course.topics ?? []), course.description ?? ''].join(' . ').slice(0, 6000);
  if (!text.trim()) return new Set();
  return new Set(
    [...analyse(text, { framing: false }).concepts.entries()]
      .filter(([, weight]) => weight >= 0.5)
      .map(([c]) => c),
  );
}

/** What both cover, and what only one covers, from syllabus or description; undefined without either. */
export function compareTopics(
  course: Pick<Course, 'title' | 'topics' | 'description'>,
  other: Pick<Course, 'title' | 'topics' | 'description'>,
  max = 8,
): TopicsComparison | undefined {
  const mine = topicConcepts(course);
  const theirs = topicConcepts(other);
  if (mine.size === 0 || theirs.size === 0) return undefined;
  return {
    both: [...mine].filter((concept) => theirs.has(concept)).slice(0, max),
    onlyCourse: [...mine].filter((concept) => !theirs.has(concept)).slice(0, max),
    onlyOther: [...theirs].filter((concept) => !mine.has(concept)).slice(0, max),
  };
}
