/** The seed article with a hand-written entity index, shared by the question tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf, type EntitySpec } from './fixtures';

export const SEED_TEXT = readFileSync(join(__dirname, '..', '..', '..', 'content', 'seed-article.txt'), 'utf8');

export const SEED_ENTITIES: readonly EntitySpec[] = [
  { name: 'Claudia Sheinbaum', type: 'person', aliases: ['Sheinbaum'], roles: ['Mexican President'] },
  { name: 'Marco Rubio', type: 'person', aliases: ['Rubio'], roles: ['US Secretary of State'] },
  { name: 'Elon Musk', type: 'person', aliases: ['Musk'], roles: ['Tech billionaire'] },
  { name: 'Donald Trump', type: 'person', aliases: ['Trump'] },
  { name: 'United States', type: 'place', aliases: ['US', 'Washington', 'the Trump administration'] },
  { name: 'Mexico', type: 'place', aliases: ['Mexican'] },
  { name: 'Canada', type: 'place' },
];

export const seedContext = () => contextOf(SEED_TEXT, SEED_ENTITIES);
