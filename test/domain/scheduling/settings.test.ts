import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../../src-main/domain/scheduling';

describe('validateSettings', () => {
  it('accepts the defaults as they are', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('fills absent fields with their defaults', () => {
    const result = validateSettings({ newPerDay: 5 });
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, newPerDay: 5 } });
  });

  it.each([0.7, 0.85, 0.97])('accepts a desired retention of %s', (desiredRetention) => {
    const result = validateSettings({ desiredRetention });
    expect(result.ok && result.settings.desiredRetention).toBe(desiredRetention);
  });

  it.each([0.69, 0.971, 1, 90, -0.9, Number.NaN, Number.POSITIVE_INFINITY, '0.9', null])('refuses a desired retention of %s', (desiredRetention) => {
    expect(validateSettings({ desiredRetention })).toEqual({ ok: false, message: 'Desired retention must be between 70 % and 97 %.' });
  });

  it.each([
    [{ newPerDay: -1 }, 'New facts per day'],
    [{ newPerDay: 2.5 }, 'New facts per day'],
    [{ reviewsPerDay: 100000 }, 'Reviews per day'],
    [{ learningSteps: '1m' }, 'Learning steps'],
    [{ learningSteps: ['1m', '1.5h'] }, 'Learning steps'],
    [{ learningSteps: ['0m'] }, 'Learning steps'],
    [{ learningSteps: ['10s'] }, 'Learning steps'],
    [{ learningSteps: Array.from({ length: 11 }, () => '1m') }, 'Learning steps'],
    [{ relearningSteps: [5] }, 'Relearning steps'],
    [{ fuzz: 'yes' }, 'Interval fuzz'],
    [{ leechLapses: 100 }, 'leech threshold'],
    [{ leechLapses: -3 }, 'leech threshold'],
    [{ pinnedMode: 'typing' }, 'question mode'],
  ])('refuses %j with a message about it', (input, subject) => {
    const result = validateSettings(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(subject);
  });

  it.each([undefined, null, 42, 'settings', [], [DEFAULT_SETTINGS]])('refuses garbage input %j', (input) => {
    expect(validateSettings(input)).toEqual({ ok: false, message: 'The scheduling settings could not be read.' });
  });

  it('accepts steps in minutes, hours and days, an empty step list and leech detection off', () => {
    const result = validateSettings({ learningSteps: ['1m', '2h', '1d'], relearningSteps: [], leechLapses: 0, pinnedMode: 'typed' });
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, learningSteps: ['1m', '2h', '1d'], relearningSteps: [], leechLapses: 0, pinnedMode: 'typed' },
    });
  });

  it('copies the step lists, so changing the input later changes nothing', () => {
    const steps = ['1m'];
    const result = validateSettings({ learningSteps: steps });
    steps.push('5m');
    expect(result.ok && result.settings.learningSteps).toEqual(['1m']);
  });
});
