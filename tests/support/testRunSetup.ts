import { removeWhatTheRunBuilds } from './leftoverBuilds';

/** Global setup of the Vitest runs and the browser tests: the run's builds go when it ends. */
export default function setup(): () => void {
  return removeWhatTheRunBuilds();
}
