/**
 * Settings through the real dispatcher and store: defaults, saving, refusals in words, the
 * scheduler reading them live, and a change of desired retention that changes future intervals
 * only — also after the collection is rebuilt from the review log.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppSettings } from '../../src-main/contract';
import { DEFAULT_APP_SETTINGS } from '../../src-main/contract-settings';
import { createMemoryReducer, DEFAULT_SETTINGS } from '../../src-main/domain/scheduling';
import { rebuildCollection } from '../../src-main/store';
import { answerShown, DAY, openStudyApp, readLog, SEED_SCOPE, useTempDirs, withoutIds, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();

function withScheduler(changes: Partial<AppSettings['scheduler']>, appearance: Partial<AppSettings['appearance']> = {}): AppSettings {
  return { scheduler: { ...DEFAULT_APP_SETTINGS.scheduler, ...changes }, appearance: { ...DEFAULT_APP_SETTINGS.appearance, ...appearance } };
}

async function settingsOnDisk(app: StudyApp): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(app.dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
}

describe('getSettings and saveSettings', () => {
  it('starts at the defaults and keeps what the learner saves across a restart', async () => {
    const app = await openStudyApp(await tempDir());
    expect(await app.call('getSettings', undefined)).toEqual(DEFAULT_APP_SETTINGS);
    const chosen = withScheduler({ desiredRetention: 0.85, newPerDay: 5, reviewsPerDay: 50, pinnedMode: 'typed' }, { theme: 'dark', fontScale: 120, reducedMotion: 'on' });
    expect(await app.call('saveSettings', { settings: chosen })).toEqual(chosen);
    await app.restart();
    expect(await app.call('getSettings', undefined)).toEqual(chosen);
    expect(await settingsOnDisk(app)).toMatchObject({ schemaVersion: 2, ...chosen });
    expect(app.unexpected).toEqual([]);
    await app.close();
  });

  it.each([
    [withScheduler({ desiredRetention: 0.5 }), 'Desired retention must be between 70 % and 97 %.'],
    [withScheduler({ desiredRetention: 0.98 }), 'Desired retention must be between 70 % and 97 %.'],
    [withScheduler({ newPerDay: 2.5 }), 'New facts per day must be a whole number from 0 to 9999.'],
    [withScheduler({ reviewsPerDay: -1 }), 'Reviews per day must be a whole number from 0 to 99999.'],
    [withScheduler({}, { fontScale: 200 }), 'Text size must be a whole percentage from 90 % to 140 %.'],
    [withScheduler({}, { fontScale: 95.5 }), 'Text size must be a whole percentage from 90 % to 140 %.'],
  ])('refuses %j in words and changes nothing', async (settings, message) => {
    const app = await openStudyApp(await tempDir());
    expect(await app.fail('saveSettings', { settings })).toEqual({ code: 'invalid-payload', message });
    expect(await app.call('getSettings', undefined)).toEqual(DEFAULT_APP_SETTINGS);
    await app.close();
  });

  it.each([
    [{ settings: { ...DEFAULT_APP_SETTINGS, appearance: { ...DEFAULT_APP_SETTINGS.appearance, theme: 'blue' } } }],
    [{ settings: { ...DEFAULT_APP_SETTINGS, scheduler: { ...DEFAULT_APP_SETTINGS.scheduler, pinnedMode: 'all' } } }],
    [{ settings: { ...DEFAULT_APP_SETTINGS, scheduler: { ...DEFAULT_APP_SETTINGS.scheduler, newPerDay: '5' } } }],
    [{ settings: { ...DEFAULT_APP_SETTINGS, extra: true } }],
    [{ settings: { scheduler: DEFAULT_APP_SETTINGS.scheduler } }],
    [{ settings: { ...DEFAULT_APP_SETTINGS, scheduler: { ...DEFAULT_APP_SETTINGS.scheduler, desiredRetention: Number.NaN } } }],
    [undefined],
  ])('refuses the malformed request %j before the service sees it', async (payload) => {
    const app = await openStudyApp(await tempDir());
    expect(await app.fail('saveSettings', payload)).toMatchObject({ code: 'invalid-payload' });
    await app.close();
  });

  it('reads a value edited by hand out of range as its default', async () => {
    const app = await openStudyApp(await tempDir());
    await app.close();
    const file = await settingsOnDisk(app);
    await writeFile(
      path.join(app.dataDir, 'settings.json'),
      JSON.stringify({ ...file, scheduler: { desiredRetention: 3, newPerDay: 7, reviewsPerDay: -5, pinnedMode: 'flashcards' }, appearance: { theme: 'light', fontScale: 9000, reducedMotion: 'off' } }),
    );
    await app.restart();
    expect(app.store.notices).toEqual([]);
    expect(await app.call('getSettings', undefined)).toEqual(withScheduler({ newPerDay: 7, pinnedMode: 'flashcards' }, { theme: 'light', reducedMotion: 'off' }));
    await app.close();
  });
});

describe('the scheduler reads the settings live', () => {
  it('a lower daily new limit applies to the next session at once', async () => {
    const app = await openStudyApp(await tempDir());
    const before = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect(before.counts.new).toBeGreaterThan(3);
    await app.call('saveSettings', { settings: withScheduler({ newPerDay: 3 }) });
    expect((await app.call('getStudySession', { scope: SEED_SCOPE })).counts.new).toBe(3);
    await answerShown(app, 10);
    const after = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect(after.counts.new).toBe(0);
    await app.close();
  });

  it('a session without a mode of its own asks in the default mode the learner chose', async () => {
    const app = await openStudyApp(await tempDir());
    const mixed = await app.call('getStudySession', { scope: SEED_SCOPE });
    const typedScope = { ...SEED_SCOPE, mode: 'typed' as const };
    const typed = await app.call('getStudySession', { scope: typedScope });
    expect(typed.card?.question.id).not.toBe(mixed.card?.question.id);
    await app.call('saveSettings', { settings: withScheduler({ pinnedMode: 'typed' }) });
    const pinned = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect({ ...pinned, scope: typedScope }).toEqual(typed);
    await app.close();
  });
});

describe('a change of desired retention', () => {
  it('changes future intervals only, and a rebuild from the log gives the same memory as built live', async () => {
    const app = await openStudyApp(await tempDir());
    const early = await answerShown(app, 6);
    const factIds = [...new Set(early.map(({ card }) => card.factId))];
    const memoryBefore = factIds.map((id) => withoutIds(app.store.getMemory(id)));

    await app.call('saveSettings', { settings: withScheduler({ desiredRetention: 0.75 }) });
    // Nothing already scheduled moved.
    expect(factIds.map((id) => withoutIds(app.store.getMemory(id)))).toEqual(memoryBefore);
    expect(await settingsOnDisk(app)).toMatchObject({ retentionHistory: [{ until: app.now(), desiredRetention: 0.9 }] });

    app.advance(2 * DAY);
    await answerShown(app, 12);
    await app.call('saveSettings', { settings: withScheduler({ desiredRetention: 0.95, newPerDay: 30 }) });
    app.advance(3 * DAY);
    await answerShown(app, 12);
    await app.store.flush();
    const saved = JSON.parse(await readFile(path.join(app.dataDir, 'collection.json'), 'utf8')) as { memory: Record<string, unknown> };
    const live = Object.fromEntries(Object.keys(saved.memory).map((id) => [id, app.store.getMemory(id)]));
    expect(Object.keys(live).length).toBeGreaterThan(6);

    // Replaying every answer with today's retention would have rescheduled the past.
    const log = await readLog(app.dataDir);
    const flattened = rebuildCollection(log, createMemoryReducer({ ...DEFAULT_SETTINGS, desiredRetention: 0.95 }));
    expect(Object.keys(live).some((id) => JSON.stringify(flattened.memory[id]) !== JSON.stringify(live[id]))).toBe(true);

    // The collection is lost: the next start rebuilds it from the log with the retention history.
    await app.close();
    await rm(path.join(app.dataDir, 'collection.json'));
    await app.restart();
    expect(app.store.notices).toEqual(['Factdeck could not find your learning progress (collection.json), so it rebuilt it from your answer history.']);
    const rebuilt = Object.fromEntries(Object.keys(live).map((id) => [id, app.store.getMemory(id)]));
    expect(rebuilt).toEqual(live);
    expect(app.unexpected).toEqual([]);
    await app.close();
  });
});
