/**
 * The learner's settings through the contract. The payload schema has checked the kinds; here
 * the ranges are checked (the scheduler's with `validateSettings`) and refused in words. The
 * stored settings are read with the same rules, so a value edited by hand out of range falls
 * back to its default instead of reaching the scheduler.
 */
import { FONT_SCALE_BOUNDS, type AppSettings, type AppearanceChoices, type SchedulerChoices } from '../contract-settings';
import { DEFAULT_APP_SETTINGS } from '../contract-settings';
import { DEFAULT_SETTINGS, validateSettings, type SchedulerSettings } from '../domain/scheduling';
import type { ApiHandlers } from '../ipc-dispatch';
import { ServiceError } from '../service-error';
import type { AppStore } from '../store';

type SettingsHandlers = Pick<ApiHandlers, 'getSettings' | 'saveSettings'>;

export function createSettingsHandlers(store: AppStore, log: (message: string) => void): SettingsHandlers {
  return {
    getSettings: () => readAppSettings(store.getSettings()),

    async saveSettings({ settings }) {
      const checked = checkSettings(settings);
      try {
        await store.saveSettings(checked);
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        log(`Could not save the settings: ${error instanceof Error ? error.message : String(error)}`);
        throw new ServiceError('storage-failed', 'Factdeck could not save your settings. Check that your disk has free space, then try again.');
      }
      return readAppSettings(store.getSettings());
    },
  };
}

/** The settings as sent, or a ServiceError that says what to change. */
export function checkSettings({ scheduler, appearance }: AppSettings): AppSettings {
  const result = validateSettings({ ...DEFAULT_SETTINGS, ...scheduler });
  if (!result.ok) throw new ServiceError('invalid-payload', result.message);
  const problem = appearanceProblem(appearance);
  if (problem !== null) throw new ServiceError('invalid-payload', problem);
  const { desiredRetention, newPerDay, reviewsPerDay, pinnedMode } = result.settings;
  return { scheduler: { desiredRetention, newPerDay, reviewsPerDay, pinnedMode }, appearance: { ...appearance } };
}

function appearanceProblem({ fontScale }: AppearanceChoices): string | null {
  const { min, max } = FONT_SCALE_BOUNDS;
  return Number.isInteger(fontScale) && fontScale >= min && fontScale <= max ? null : `Text size must be a whole percentage from ${min} % to ${max} %.`;
}

/** The stored settings with every value out of range replaced by its default. */
export function readAppSettings({ scheduler, appearance }: AppSettings): AppSettings {
  const fallback = DEFAULT_APP_SETTINGS;
  const keep = <K extends keyof SchedulerChoices>(key: K): SchedulerChoices[K] => (validateSettings({ [key]: scheduler[key] }).ok ? scheduler[key] : fallback.scheduler[key]);
  return {
    scheduler: { desiredRetention: keep('desiredRetention'), newPerDay: keep('newPerDay'), reviewsPerDay: keep('reviewsPerDay'), pinnedMode: keep('pinnedMode') },
    appearance: { ...appearance, fontScale: appearanceProblem(appearance) === null ? appearance.fontScale : fallback.appearance.fontScale },
  };
}

const scheduled = new WeakMap<SchedulerChoices, SchedulerSettings>();

/**
 * What the scheduler works with: the learner's choices over the defaults. One object per stored
 * choice (the store replaces it on save), so the FSRS instance cached per settings object is kept.
 */
export function schedulerSettingsOf(choices: SchedulerChoices): SchedulerSettings {
  let settings = scheduled.get(choices);
  if (settings === undefined) {
    settings = Object.freeze({ ...DEFAULT_SETTINGS, ...readAppSettings({ scheduler: choices, appearance: DEFAULT_APP_SETTINGS.appearance }).scheduler });
    scheduled.set(choices, settings);
  }
  return settings;
}
