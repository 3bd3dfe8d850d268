import { starterArticles } from './articles';
import { starterChecklists } from './checklists';
import type { StarterEntry } from './types';

export type { StarterEntry, StarterText } from './types';

export const starterLibrary: StarterEntry[] = [...starterChecklists, ...starterArticles];
