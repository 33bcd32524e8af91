import { upgradeMessage, type UpgradeStep } from '../main/db/migrate';

/** Prints a database upgrade on stderr: the backup at each tenth, then each step. */
export function logUpgrade(): (step: UpgradeStep) => void {
  let lastTenth = -1;
  return (step) => {
    if (step.step === 'backup') {
      const tenth = Math.floor((step.done / Math.max(1, step.total)) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
    }
    console.error(upgradeMessage(step));
  };
}
