/**
 * Electron ships a stable major about every 8 weeks and supports the newest three. Offline there
 * is no release list to ask, so the newest major is estimated from one known release and that
 * cadence. The holiday pause makes real releases a little later than the estimate, so a check
 * built on it warns a little early, never late.
 */
const KNOWN_MAJOR = 39;
const KNOWN_STABLE_DATE = Date.UTC(2025, 9, 28); // Electron 39.0.0, 2025-10-28
const CADENCE_MS = 8 * 7 * 24 * 60 * 60 * 1000;

/** Electron majors stay supported while they are one of the newest three. */
export const SUPPORTED_MAJORS = 3;

export function estimatedLatestElectronMajor(today: Date): number {
  const cadences = Math.floor((today.getTime() - KNOWN_STABLE_DATE) / CADENCE_MS);
  return KNOWN_MAJOR + Math.max(0, cadences);
}

export function isSupportedElectronMajor(major: number, today: Date): boolean {
  return major > estimatedLatestElectronMajor(today) - SUPPORTED_MAJORS;
}
